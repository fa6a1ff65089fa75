/**
 * The monthly report as CSV, built in the browser from the `kpis` answer:
 * the total row, then one row per category and per channel. UTF-8 with a
 * byte-order mark and CRLF line ends so that Excel opens the Chinese text
 * correctly; the header is Chinese whatever the console's language (the
 * file goes to people who file Chinese reports).
 */
import { formatNumber, formatPercent } from '../dashboard/kpi';

export const BOM = '\uFEFF';

export interface CsvKpiRow {
  label: string;
  volume: number;
  responseTimelinessRate?: number | null;
  stepTimeoutRate?: number | null;
  firstContactResolutionRate?: number | null;
  timelyCompletionRate?: number | null;
  satisfactionAverage?: number | null;
  callbackRate?: number | null;
  repeatRate?: number | null;
  reopenRate?: number | null;
  averageHandlingHours?: number | null;
  majorCount: number;
}

export const CSV_HEADER = [
  '维度',
  '名称',
  '投诉量',
  '首次响应及时率',
  '环节超时率',
  '一次解决率',
  '按时办结率',
  '平均满意度',
  '回访率',
  '重复投诉率',
  '重开率',
  '平均处理时长(小时)',
  '重大投诉',
] as const;

/** One CSV field: quoted when it holds a comma, quote or line break; a leading formula sign is neutralised. */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(fields: ReadonlyArray<string | number>): string {
  return fields.map(csvField).join(',');
}

function rowFields(dimension: string, r: CsvKpiRow): Array<string | number> {
  const pct = (v: number | null | undefined) => formatPercent(v ?? null);
  return [
    dimension,
    r.label,
    r.volume,
    pct(r.responseTimelinessRate),
    pct(r.stepTimeoutRate),
    pct(r.firstContactResolutionRate),
    pct(r.timelyCompletionRate),
    formatNumber(r.satisfactionAverage, 2),
    pct(r.callbackRate),
    pct(r.repeatRate),
    pct(r.reopenRate),
    formatNumber(r.averageHandlingHours, 1),
    r.majorCount,
  ];
}

/** The whole file, BOM first. */
export function buildMonthlyCsv(report: {
  total: CsvKpiRow;
  categories: readonly CsvKpiRow[];
  channels: readonly CsvKpiRow[];
}): string {
  const lines = [
    csvLine(CSV_HEADER),
    csvLine(rowFields('合计', report.total)),
    ...report.categories.map((r) => csvLine(rowFields('类别', r))),
    ...report.channels.map((r) => csvLine(rowFields('渠道', r))),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** `客诉月报-2026-11.csv` */
export function monthlyCsvName(month: string): string {
  return `客诉月报-${month}.csv`;
}

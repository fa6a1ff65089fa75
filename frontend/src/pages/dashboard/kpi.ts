/**
 * The KPI section's arithmetic (考核指标, from the `kpis` query), kept out of
 * the components so it can be tested: which figures there are and their
 * targets, verdict → tag, the period ↔ URL ↔ [from, to) in Beijing time, and
 * the zero-filled day series.
 */
import dayjs from 'dayjs';
import type { KpiGroupBy, KpiVerdict } from '../../gql/graphql';
import { DATE_FORMAT, DISPLAY_TZ, isIsoDay, shanghaiDayStart } from '../../lib/time';
import { formatPercent } from './stats';

export { formatPercent };

// ---- figures and targets ----

/** The rate figures of a KpiRow (fractions 0..1, or null when there is nothing to count). */
export type RateMetric =
  | 'responseTimelinessRate'
  | 'stepTimeoutRate'
  | 'firstContactResolutionRate'
  | 'timelyCompletionRate'
  | 'callbackRate'
  | 'repeatRate'
  | 'reopenRate';

export interface KpiTarget {
  /** `≥` (at least) or `≤` (at most). */
  op: '≥' | '≤';
  /** Fraction 0..1. */
  value: number;
}

/** The targets of DOMAIN.md (the server's `checks` carry the verdicts). */
export const KPI_TARGETS: Partial<Record<RateMetric, KpiTarget>> = {
  responseTimelinessRate: { op: '≥', value: 0.95 },
  stepTimeoutRate: { op: '≤', value: 0.03 },
  firstContactResolutionRate: { op: '≥', value: 0.8 },
  timelyCompletionRate: { op: '≥', value: 0.75 },
};

/** The targeted figures first, in the order the cards show them. */
export const TARGETED_METRICS = [
  'responseTimelinessRate',
  'stepTimeoutRate',
  'firstContactResolutionRate',
  'timelyCompletionRate',
] as const satisfies readonly RateMetric[];

export const OTHER_RATES = ['callbackRate', 'repeatRate', 'reopenRate'] as const satisfies readonly RateMetric[];

/** `≥ 95%` */
export function formatTarget(target: KpiTarget): string {
  return `${target.op} ${formatPercent(target.value)}`;
}

/** `37.3`; `—` for null. */
export function formatNumber(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return v.toFixed(digits);
}

// ---- verdicts ----

export interface VerdictTag {
  color: 'success' | 'warning' | 'error' | 'default';
  /** Message key suffix: `kpi.verdict.MET` … */
  key: `kpi.verdict.${KpiVerdict}`;
}

const VERDICT_COLORS: Record<KpiVerdict, VerdictTag['color']> = {
  MET: 'success',
  MISSED: 'warning',
  RECTIFY: 'error',
  NO_DATA: 'default',
};

export function verdictTag(verdict: KpiVerdict): VerdictTag {
  return { color: VERDICT_COLORS[verdict], key: `kpi.verdict.${verdict}` };
}

/** The server's verdict on `metric`; NO_DATA when it gave none. */
export function verdictOf(
  checks: ReadonlyArray<{ metric: string; verdict: KpiVerdict }>,
  metric: string,
): KpiVerdict {
  return checks.find((c) => c.metric === metric)?.verdict ?? 'NO_DATA';
}

// ---- period ----

export const KPI_PERIODS = ['thisMonth', 'lastMonth', 'last30'] as const;
export type KpiPreset = (typeof KPI_PERIODS)[number];
export type KpiPeriod =
  | { kind: KpiPreset }
  /** Beijing calendar days, both inclusive. */
  | { kind: 'custom'; from: string; to: string };

export const DEFAULT_KPI_PERIOD: KpiPreset = 'thisMonth';

/** `?period=lastMonth` / `?period=custom&from=2026-11-01&to=2026-11-24`; else this month. */
export function parseKpiPeriod(params: URLSearchParams): KpiPeriod {
  const period = params.get('period');
  const from = params.get('from');
  const to = params.get('to');
  if (period === 'custom' && from && to && isIsoDay(from) && isIsoDay(to)) {
    return from <= to ? { kind: 'custom', from, to } : { kind: 'custom', from: to, to: from };
  }
  const preset = KPI_PERIODS.find((p) => p === period);
  return { kind: preset ?? DEFAULT_KPI_PERIOD };
}

/** Writes the period into `params` (other parameters kept). */
export function withKpiPeriod(params: URLSearchParams, period: KpiPeriod): URLSearchParams {
  const out = new URLSearchParams(params);
  out.delete('from');
  out.delete('to');
  out.set('period', period.kind);
  if (period.kind === 'custom') {
    out.set('from', period.from);
    out.set('to', period.to);
  }
  return out;
}

/** `2026-11` for the Beijing month of `now`, shifted by `offset` months. */
export function beijingMonth(now: Date = new Date(), offset = 0): string {
  return dayjs(now).tz(DISPLAY_TZ).startOf('month').add(offset, 'month').format('YYYY-MM');
}

export function isMonth(month: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
}

/** A Beijing month as [from, to): `2026-11` → 2026-10-31T16:00:00Z … 2026-11-30T16:00:00Z. */
export function monthRange(month: string): { from: string; to: string } {
  if (!isMonth(month)) throw new Error(`not a month: ${month}`);
  const start = dayjs.tz(`${month}-01`, DISPLAY_TZ);
  const next = start.add(1, 'month').format(DATE_FORMAT);
  return { from: toIso(`${month}-01`), to: toIso(next) };
}

function toIso(day: string): string {
  const iso = shanghaiDayStart(day);
  if (!iso) throw new Error(`not a day: ${day}`);
  return iso;
}

/** The period's first and last Beijing day (inclusive). */
export function kpiPeriodDays(period: KpiPeriod, now: Date = new Date()): { from: string; to: string } {
  const today = dayjs(now).tz(DISPLAY_TZ);
  switch (period.kind) {
    case 'custom':
      return { from: period.from, to: period.to };
    case 'last30':
      return { from: today.subtract(29, 'day').format(DATE_FORMAT), to: today.format(DATE_FORMAT) };
    case 'thisMonth':
      return { from: today.startOf('month').format(DATE_FORMAT), to: today.endOf('month').format(DATE_FORMAT) };
    case 'lastMonth': {
      const m = today.startOf('month').subtract(1, 'month');
      return { from: m.format(DATE_FORMAT), to: m.endOf('month').format(DATE_FORMAT) };
    }
  }
}

/** The API arguments: the first day's start to the start of the day after the last. */
export function kpiPeriodRange(period: KpiPeriod, now: Date = new Date()): { from: string; to: string } {
  const { from, to } = kpiPeriodDays(period, now);
  const after = dayjs.tz(to, DISPLAY_TZ).add(1, 'day').format(DATE_FORMAT);
  return { from: toIso(from), to: toIso(after) };
}

// ---- day series ----

export interface DayPoint {
  day: string;
  volume: number;
  /** null on days without a counted first response (a gap in the line). */
  timeliness: number | null;
}

/**
 * One point per Beijing day in [from, to) (RFC 3339 instants), zero volume on
 * days without complaints.
 */
export function fillDays(
  from: string,
  to: string,
  rows: ReadonlyArray<{ key: string; volume: number; responseTimelinessRate?: number | null }>,
): DayPoint[] {
  const byDay = new Map(rows.map((r) => [r.key, r]));
  const out: DayPoint[] = [];
  const end = dayjs(to).tz(DISPLAY_TZ);
  let d = dayjs(from).tz(DISPLAY_TZ).startOf('day');
  // guard against a runaway loop on bad input (the API allows at most 366 days)
  for (let i = 0; d.isBefore(end) && i < 400; i++, d = d.add(1, 'day')) {
    const day = d.format(DATE_FORMAT);
    const row = byDay.get(day);
    out.push({ day, volume: row?.volume ?? 0, timeliness: row?.responseTimelinessRate ?? null });
  }
  return out;
}

// ---- breakdowns ----

export const BREAKDOWNS = ['CATEGORY', 'CHANNEL', 'TEAM', 'AGENT'] as const satisfies readonly KpiGroupBy[];
export type Breakdown = (typeof BREAKDOWNS)[number];

export function parseBreakdown(value: string | null): Breakdown {
  return BREAKDOWNS.find((b) => b === value) ?? 'CATEGORY';
}

/** The rows of one group, largest volume first (ties by label). */
export function groupRows<R extends { volume: number; label: string }>(
  groups: ReadonlyArray<{ by: KpiGroupBy; rows: readonly R[] }>,
  by: KpiGroupBy,
): R[] {
  const rows = groups.find((g) => g.by === by)?.rows ?? [];
  return [...rows].sort((a, b) => b.volume - a.volume || a.label.localeCompare(b.label, 'zh-CN'));
}

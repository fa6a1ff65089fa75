/**
 * The monthly report's arithmetic: the month from the URL, the figures table
 * rows and the top categories with their share of the month's volume.
 */
import type { KpiVerdict } from '../../gql/graphql';
import { beijingMonth, isMonth, KPI_TARGETS, TARGETED_METRICS, verdictOf, type RateMetric } from '../dashboard/kpi';

/** `?month=2026-11`; anything else → last month (the usual month to report on). */
export function parseReportMonth(params: URLSearchParams, now: Date = new Date()): string {
  const m = params.get('month');
  return m && isMonth(m) ? m : beijingMonth(now, -1);
}

export interface FigureLine {
  metric: RateMetric;
  value: number | null;
  verdict: KpiVerdict;
}

/** The targeted figures of the month with their verdicts, in the cards' order. */
export function figureLines(row: {
  checks: ReadonlyArray<{ metric: string; verdict: KpiVerdict }>;
  [k: string]: unknown;
}): FigureLine[] {
  return TARGETED_METRICS.filter((m) => KPI_TARGETS[m]).map((metric) => {
    const v = row[metric];
    return { metric, value: typeof v === 'number' ? v : null, verdict: verdictOf(row.checks, metric) };
  });
}

export interface TopCategory<R> {
  rank: number;
  row: R;
  /** Share of the month's volume, 0..1; null when the month is empty. */
  share: number | null;
}

/** The `limit` largest categories (ties by label), with their share of `total`. */
export function topCategories<R extends { label: string; volume: number }>(
  rows: readonly R[],
  total: number,
  limit = 10,
): Array<TopCategory<R>> {
  return [...rows]
    .filter((r) => r.volume > 0)
    .sort((a, b) => b.volume - a.volume || a.label.localeCompare(b.label, 'zh-CN'))
    .slice(0, limit)
    .map((row, i) => ({ rank: i + 1, row, share: total > 0 ? row.volume / total : null }));
}

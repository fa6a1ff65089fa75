/**
 * The supervisor dashboard's arithmetic, kept out of the components so it can
 * be tested: KPI rates (never dividing by zero), the Pareto series, the
 * moving average of daily volume, and the date range ↔ URL ↔ API filter.
 */
import dayjs from 'dayjs';
import type { ComplaintStatsFilter } from '../../gql/graphql';
import { DATE_FORMAT, DISPLAY_TZ, isIsoDay, shanghaiDayStart } from '../../lib/time';

// ---- KPIs ----

export interface StatsCounts {
  total: number;
  open: number;
  resolved: number;
  repeats: number;
  reopened: number;
  major: number;
  satisfactionCount: number;
  satisfactionAverage?: number | null;
  satisfiedRate?: number | null;
}

export interface Kpis {
  total: number;
  open: number;
  resolved: number;
  major: number;
  reopened: number;
  repeats: number;
  /** Shares of the total, 0..1; null when there is nothing to divide. */
  resolvedRate: number | null;
  repeatRate: number | null;
  reopenRate: number | null;
  majorRate: number | null;
  /** 1..5, null without scored callbacks. */
  satisfactionAverage: number | null;
  /** Share of scored callbacks at 4 or 5; null without any. */
  satisfiedRate: number | null;
  satisfactionCount: number;
}

/** `part / whole`, or null when the whole is zero (or not a number). */
export function ratio(part: number, whole: number): number | null {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0) return null;
  return part / whole;
}

export function computeKpis(s: StatsCounts): Kpis {
  const scored = s.satisfactionCount > 0;
  return {
    total: s.total,
    open: s.open,
    resolved: s.resolved,
    major: s.major,
    reopened: s.reopened,
    repeats: s.repeats,
    resolvedRate: ratio(s.resolved, s.total),
    repeatRate: ratio(s.repeats, s.total),
    reopenRate: ratio(s.reopened, s.total),
    majorRate: ratio(s.major, s.total),
    satisfactionAverage: scored ? (s.satisfactionAverage ?? null) : null,
    satisfiedRate: scored ? (s.satisfiedRate ?? null) : null,
    satisfactionCount: s.satisfactionCount,
  };
}

/** `12.5%` (one decimal, trailing .0 dropped); `—` for null. */
export function formatPercent(v: number | null, digits = 1): string {
  if (v === null || !Number.isFinite(v)) return '—';
  const s = (v * 100).toFixed(digits);
  return `${s.replace(/\.0+$/, '')}%`;
}

// ---- Pareto ----

export interface ParetoInput {
  label: string;
  count: number;
}

export interface ParetoSeries {
  labels: string[];
  counts: number[];
  /** Cumulative share of the total after each bar, in percent (0..100, last is 100). */
  cumulative: number[];
  /** How many of the largest categories make up 80% (the "vital few"). */
  vitalFew: number;
}

/** Bars largest first (ties keep their order), with the cumulative percentage line. */
export function pareto(items: readonly ParetoInput[]): ParetoSeries {
  const sorted = items
    .map((item, i) => ({ ...item, i }))
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count || a.i - b.i);
  const total = sorted.reduce((sum, x) => sum + x.count, 0);
  let running = 0;
  let vitalFew = 0;
  const cumulative = sorted.map((x) => {
    running += x.count;
    const pct = total > 0 ? Math.round((running / total) * 10000) / 100 : 0;
    return pct;
  });
  for (let i = 0; i < cumulative.length; i++) {
    vitalFew = i + 1;
    if ((cumulative[i] ?? 0) >= 80) break;
  }
  // rounding must not leave the last point short of (or beyond) 100
  if (cumulative.length > 0 && total > 0) cumulative[cumulative.length - 1] = 100;
  return { labels: sorted.map((x) => x.label), counts: sorted.map((x) => x.count), cumulative, vitalFew };
}

// ---- daily volume ----

/** Trailing moving average over `window` days (fewer at the start), one decimal. */
export function movingAverage(values: readonly number[], window = 7): number[] {
  const out: number[] = [];
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i] ?? 0;
    if (i >= window) sum -= values[i - window] ?? 0;
    const n = Math.min(i + 1, window);
    out.push(Math.round((sum / n) * 10) / 10);
  }
  return out;
}

// ---- date range ----

export const RANGE_PRESETS = [7, 30, 90] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const DEFAULT_PRESET: RangePreset = 30;
/** The server refuses longer ranges. */
export const MAX_RANGE_DAYS = 366;

export type DateRange =
  | { kind: 'preset'; days: RangePreset }
  /** Beijing calendar days, both inclusive. */
  | { kind: 'custom'; from: string; to: string };

/** `?range=7` / `?from=2026-11-01&to=2026-11-24`; anything else → the default preset. */
export function parseRangeParams(params: URLSearchParams): DateRange {
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && isIsoDay(from) && isIsoDay(to)) {
    return from <= to ? { kind: 'custom', from, to } : { kind: 'custom', from: to, to: from };
  }
  const days = Number(params.get('range'));
  const preset = RANGE_PRESETS.find((p) => p === days);
  return { kind: 'preset', days: preset ?? DEFAULT_PRESET };
}

export function toRangeParams(range: DateRange): URLSearchParams {
  const out = new URLSearchParams();
  if (range.kind === 'custom') {
    out.set('from', range.from);
    out.set('to', range.to);
  } else if (range.days !== DEFAULT_PRESET) {
    out.set('range', String(range.days));
  }
  return out;
}

/** The range's first and last Beijing day; a preset ends today. */
export function rangeDays(range: DateRange, now: Date = new Date()): { from: string; to: string } {
  if (range.kind === 'custom') return { from: range.from, to: range.to };
  const today = dayjs(now).tz(DISPLAY_TZ);
  return { from: today.subtract(range.days - 1, 'day').format(DATE_FORMAT), to: today.format(DATE_FORMAT) };
}

/** The API filter: from the first day's start to the start of the day after the last (exclusive). */
export function toStatsFilter(range: DateRange, now: Date = new Date()): ComplaintStatsFilter {
  const { from, to } = rangeDays(range, now);
  const after = dayjs.tz(to, DISPLAY_TZ).add(1, 'day').format(DATE_FORMAT);
  return { from: shanghaiDayStart(from) ?? undefined, to: shanghaiDayStart(after) ?? undefined };
}

/** Inclusive length in days of a range. */
export function rangeLength(range: DateRange, now: Date = new Date()): number {
  const { from, to } = rangeDays(range, now);
  return dayjs(to).diff(dayjs(from), 'day') + 1;
}

/**
 * The search-analytics page's pure parts: the period presets, the tabs and
 * how a rate is shown.
 */
import dayjs, { type Dayjs } from 'dayjs';
import type { KbQueryStatKind } from '../../gql/graphql';

/** Days a period preset covers, ending now. */
export const PERIOD_DAYS = [7, 30, 90] as const;
export type PeriodDays = (typeof PERIOD_DAYS)[number];
export const DEFAULT_PERIOD: PeriodDays = 30;

/** Rows per page of a statistics table. */
export const ANALYTICS_PAGE_SIZE = 20;

/** The tabs: three lists of queries and the articles no search found. */
export type AnalyticsTab = KbQueryStatKind | 'NEVER_FOUND';
export const ANALYTICS_TABS: readonly AnalyticsTab[] = ['TOP', 'ZERO_RESULT', 'UNOPENED', 'NEVER_FOUND'];

export function isAnalyticsTab(v: string | null): v is AnalyticsTab {
  return v !== null && (ANALYTICS_TABS as readonly string[]).includes(v);
}

export function isPeriodDays(v: number): v is PeriodDays {
  return (PERIOD_DAYS as readonly number[]).includes(v);
}

/**
 * The start of a period of `days` days: midnight (local) `days - 1` days
 * before today, so "7 days" is today and the six before it, and the value
 * stays the same all day (one cache key, one answer).
 */
export function periodStart(days: PeriodDays, now: Dayjs = dayjs()): string {
  return now
    .startOf('day')
    .subtract(days - 1, 'day')
    .toISOString();
}

/** A share as a percentage with one decimal; "—" when there is nothing to divide. */
export function percent(rate: number, whole: number): string {
  if (whole <= 0) return '—';
  return `${(rate * 100).toFixed(1)}%`;
}

/** Average result counts with at most one decimal. */
export function average(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

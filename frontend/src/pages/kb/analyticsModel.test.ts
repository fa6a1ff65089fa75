import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { average, isAnalyticsTab, isPeriodDays, percent, periodStart } from './analyticsModel';

describe('search analytics model', () => {
  it('starts a period at midnight, counting today as its last day', () => {
    const now = dayjs('2026-12-05T15:30:00');
    expect(dayjs(periodStart(7, now)).format('YYYY-MM-DD HH:mm')).toBe('2026-11-29 00:00');
    expect(periodStart(30, now)).toBe(periodStart(30, dayjs('2026-12-05T00:00:01')));
  });

  it('shows a rate only when there is something to divide', () => {
    expect(percent(0.1234, 10)).toBe('12.3%');
    expect(percent(0, 0)).toBe('—');
    expect(percent(1, 3)).toBe('100.0%');
  });

  it('shows averages with at most one decimal', () => {
    expect(average(3)).toBe('3');
    expect(average(2.666)).toBe('2.7');
  });

  it('accepts only known tabs and periods from the URL', () => {
    expect(isAnalyticsTab('ZERO_RESULT')).toBe(true);
    expect(isAnalyticsTab('NEVER_FOUND')).toBe(true);
    expect(isAnalyticsTab('zero')).toBe(false);
    expect(isAnalyticsTab(null)).toBe(false);
    expect(isPeriodDays(30)).toBe(true);
    expect(isPeriodDays(31)).toBe(false);
  });
});

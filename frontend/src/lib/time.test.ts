import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatRelative, isIsoDay, shanghaiDayEnd, shanghaiDayStart } from './time';

describe('time display (Asia/Shanghai)', () => {
  it('shows UTC instants in Beijing time', () => {
    expect(formatDateTime('2026-11-16T00:37:00+00:00')).toBe('2026-11-16 08:37');
    expect(formatDateTime('2026-11-16T20:10:00Z')).toBe('2026-11-17 04:10');
    expect(formatDate('2026-11-16T20:10:00Z')).toBe('2026-11-17');
  });

  it('shows a dash for missing or invalid values', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('')).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });

  it('says how long ago, in the chosen language', () => {
    const now = '2026-11-24T03:00:00Z';
    expect(formatRelative('2026-11-24T00:00:00Z', 'zh-CN', now)).toBe('3 小时前');
    expect(formatRelative('2026-11-24T00:00:00Z', 'en-US', now)).toBe('3 hours ago');
    expect(formatRelative('2026-11-21T03:00:00Z', 'zh-CN', now)).toBe('3 天前');
  });

  it('turns Beijing calendar days into UTC bounds', () => {
    expect(shanghaiDayStart('2026-11-01')).toBe('2026-10-31T16:00:00.000Z');
    expect(shanghaiDayEnd('2026-11-01')).toBe('2026-11-01T15:59:59.999Z');
    expect(shanghaiDayStart('2026-02-30')).toBeNull();
  });

  it('validates YYYY-MM-DD days', () => {
    expect(isIsoDay('2026-11-24')).toBe(true);
    expect(isIsoDay('2026-2-4')).toBe(false);
    expect(isIsoDay('2026-02-30')).toBe(false);
    expect(isIsoDay('yesterday')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  computeKpis,
  formatPercent,
  movingAverage,
  pareto,
  parseRangeParams,
  rangeDays,
  rangeLength,
  ratio,
  toRangeParams,
  toStatsFilter,
} from './stats';

describe('KPI rates', () => {
  const base = {
    total: 100,
    open: 41,
    resolved: 59,
    repeats: 3,
    reopened: 11,
    major: 5,
    satisfactionCount: 52,
    satisfactionAverage: 2.88,
    satisfiedRate: 0.365,
  };

  it('divides by the total', () => {
    const k = computeKpis(base);
    expect(k.repeatRate).toBeCloseTo(0.03);
    expect(k.resolvedRate).toBeCloseTo(0.59);
    expect(k.reopenRate).toBeCloseTo(0.11);
    expect(k.majorRate).toBeCloseTo(0.05);
    expect(k.satisfiedRate).toBe(0.365);
  });

  it('never divides by zero: an empty range has no rates', () => {
    const k = computeKpis({ ...base, total: 0, open: 0, resolved: 0, repeats: 0, reopened: 0, major: 0 });
    expect(k.repeatRate).toBeNull();
    expect(k.resolvedRate).toBeNull();
    expect(formatPercent(k.repeatRate)).toBe('—');
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(0, 5)).toBe(0);
    expect(ratio(Number.NaN, 5)).toBeNull();
  });

  it('has no satisfaction figures without scored callbacks, whatever the server sends', () => {
    const k = computeKpis({ ...base, satisfactionCount: 0, satisfactionAverage: 0, satisfiedRate: 0 });
    expect(k.satisfactionAverage).toBeNull();
    expect(k.satisfiedRate).toBeNull();
  });

  it('formats percentages', () => {
    expect(formatPercent(0.365)).toBe('36.5%');
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1 / 3, 2)).toBe('33.33%');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('pareto', () => {
  it('sorts the bars largest first and accumulates to 100%', () => {
    const p = pareto([
      { label: '态度恶劣', count: 9 },
      { label: '误导宣传', count: 10 },
      { label: '丢件', count: 1 },
      { label: '安全隐患', count: 5 },
      { label: '空', count: 0 },
    ]);
    expect(p.labels).toEqual(['误导宣传', '态度恶劣', '安全隐患', '丢件']);
    expect(p.counts).toEqual([10, 9, 5, 1]);
    expect(p.cumulative).toEqual([40, 76, 96, 100]);
    expect(p.vitalFew).toBe(3);
  });

  it('keeps the server order for ties and ends exactly at 100 despite rounding', () => {
    const p = pareto([
      { label: 'a', count: 1 },
      { label: 'b', count: 1 },
      { label: 'c', count: 1 },
    ]);
    expect(p.labels).toEqual(['a', 'b', 'c']);
    expect(p.cumulative).toEqual([33.33, 66.67, 100]);
    expect(p.vitalFew).toBe(3);
  });

  it('is empty without complaints', () => {
    expect(pareto([])).toEqual({ labels: [], counts: [], cumulative: [], vitalFew: 0 });
    expect(pareto([{ label: 'x', count: 0 }]).labels).toEqual([]);
  });
});

describe('movingAverage', () => {
  it('averages over the trailing window, shorter at the start', () => {
    expect(movingAverage([2, 4, 6, 8], 2)).toEqual([2, 3, 5, 7]);
    expect(movingAverage([1, 2, 3, 4, 5, 6, 7, 8], 7)).toEqual([1, 1.5, 2, 2.5, 3, 3.5, 4, 5]);
    expect(movingAverage([])).toEqual([]);
  });
});

describe('date range', () => {
  // 2026-11-24 01:30 in Beijing is still 2026-11-23 in UTC
  const now = new Date('2026-11-23T17:30:00Z');

  it('ends presets today in Beijing time', () => {
    expect(rangeDays({ kind: 'preset', days: 7 }, now)).toEqual({ from: '2026-11-18', to: '2026-11-24' });
    expect(rangeLength({ kind: 'preset', days: 30 }, now)).toBe(30);
  });

  it('asks the API for whole Beijing days, the end exclusive', () => {
    expect(toStatsFilter({ kind: 'preset', days: 7 }, now)).toEqual({
      from: '2026-11-17T16:00:00.000Z',
      to: '2026-11-24T16:00:00.000Z',
    });
    expect(toStatsFilter({ kind: 'custom', from: '2026-11-01', to: '2026-11-01' }, now)).toEqual({
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-01T16:00:00.000Z',
    });
  });

  it('round-trips through the URL and falls back to 30 days', () => {
    expect(parseRangeParams(new URLSearchParams('range=90'))).toEqual({ kind: 'preset', days: 90 });
    expect(parseRangeParams(new URLSearchParams('range=45'))).toEqual({ kind: 'preset', days: 30 });
    expect(parseRangeParams(new URLSearchParams('from=2026-11-20&to=2026-11-01'))).toEqual({
      kind: 'custom',
      from: '2026-11-01',
      to: '2026-11-20',
    });
    expect(parseRangeParams(new URLSearchParams('from=2026-02-30&to=2026-03-01'))).toEqual({
      kind: 'preset',
      days: 30,
    });
    expect(toRangeParams({ kind: 'preset', days: 30 }).toString()).toBe('');
    expect(toRangeParams({ kind: 'preset', days: 7 }).toString()).toBe('range=7');
    expect(toRangeParams({ kind: 'custom', from: '2026-11-01', to: '2026-11-20' }).toString()).toBe(
      'from=2026-11-01&to=2026-11-20',
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  beijingMonth,
  fillDays,
  formatNumber,
  formatPercent,
  formatTarget,
  groupRows,
  KPI_TARGETS,
  kpiPeriodDays,
  kpiPeriodRange,
  monthRange,
  parseBreakdown,
  parseKpiPeriod,
  verdictOf,
  verdictTag,
  withKpiPeriod,
} from './kpi';

// 2026-12-07 00:30 in Beijing is still 2026-12-06 in UTC
const NOW = new Date('2026-12-06T16:30:00Z');

describe('formatting', () => {
  it('shows a rate as a percentage and null as —, never 0%', () => {
    expect(formatPercent(0.9512)).toBe('95.1%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(null)).toBe('—');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(2.98077, 2)).toBe('2.98');
  });

  it('writes targets with their direction', () => {
    expect(formatTarget(KPI_TARGETS.responseTimelinessRate!)).toBe('≥ 95%');
    expect(formatTarget(KPI_TARGETS.stepTimeoutRate!)).toBe('≤ 3%');
  });
});

describe('verdicts', () => {
  it('map to coloured tags', () => {
    expect(verdictTag('MET')).toEqual({ color: 'success', key: 'kpi.verdict.MET' });
    expect(verdictTag('MISSED')).toEqual({ color: 'warning', key: 'kpi.verdict.MISSED' });
    expect(verdictTag('RECTIFY')).toEqual({ color: 'error', key: 'kpi.verdict.RECTIFY' });
    expect(verdictTag('NO_DATA')).toEqual({ color: 'default', key: 'kpi.verdict.NO_DATA' });
  });

  it('are read from the checks, NO_DATA when missing', () => {
    const checks = [{ metric: 'timelyCompletionRate', verdict: 'RECTIFY' as const }];
    expect(verdictOf(checks, 'timelyCompletionRate')).toBe('RECTIFY');
    expect(verdictOf(checks, 'stepTimeoutRate')).toBe('NO_DATA');
  });
});

describe('months in Beijing time', () => {
  it('turn into [from, to) instants', () => {
    expect(monthRange('2026-11')).toEqual({ from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-11-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' });
    expect(() => monthRange('2026-13')).toThrow();
  });

  it('follow the Beijing calendar for "this" and "last" month', () => {
    expect(beijingMonth(NOW)).toBe('2026-12');
    expect(beijingMonth(NOW, -1)).toBe('2026-11');
    expect(beijingMonth(new Date('2026-01-15T00:00:00Z'), -1)).toBe('2025-12');
  });
});

describe('periods', () => {
  it('parse from the URL, defaulting to this month', () => {
    expect(parseKpiPeriod(new URLSearchParams(''))).toEqual({ kind: 'thisMonth' });
    expect(parseKpiPeriod(new URLSearchParams('period=last30'))).toEqual({ kind: 'last30' });
    expect(parseKpiPeriod(new URLSearchParams('period=custom&from=2026-11-20&to=2026-11-01'))).toEqual({
      kind: 'custom',
      from: '2026-11-01',
      to: '2026-11-20',
    });
    expect(parseKpiPeriod(new URLSearchParams('period=custom&from=x&to=y'))).toEqual({ kind: 'thisMonth' });
  });

  it('write to the URL keeping other parameters', () => {
    const p = withKpiPeriod(new URLSearchParams('tab=kpi&from=a'), { kind: 'lastMonth' });
    expect(p.toString()).toBe('tab=kpi&period=lastMonth');
    const c = withKpiPeriod(p, { kind: 'custom', from: '2026-11-01', to: '2026-11-05' });
    expect(c.get('from')).toBe('2026-11-01');
    expect(c.get('to')).toBe('2026-11-05');
  });

  it('cover whole Beijing days', () => {
    expect(kpiPeriodDays({ kind: 'thisMonth' }, NOW)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(kpiPeriodDays({ kind: 'lastMonth' }, NOW)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(kpiPeriodDays({ kind: 'last30' }, NOW)).toEqual({ from: '2026-11-08', to: '2026-12-07' });
    expect(kpiPeriodRange({ kind: 'lastMonth' }, NOW)).toEqual(monthRange('2026-11'));
    expect(kpiPeriodRange({ kind: 'custom', from: '2026-11-01', to: '2026-11-01' }, NOW)).toEqual({
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-01T16:00:00.000Z',
    });
  });
});

describe('fillDays', () => {
  it('zero-fills the days without complaints', () => {
    const { from, to } = kpiPeriodRange({ kind: 'custom', from: '2026-11-01', to: '2026-11-04' }, NOW);
    const days = fillDays(from, to, [
      { key: '2026-11-02', volume: 3, responseTimelinessRate: 0.5 },
      { key: '2026-11-04', volume: 1, responseTimelinessRate: null },
    ]);
    expect(days).toEqual([
      { day: '2026-11-01', volume: 0, timeliness: null },
      { day: '2026-11-02', volume: 3, timeliness: 0.5 },
      { day: '2026-11-03', volume: 0, timeliness: null },
      { day: '2026-11-04', volume: 1, timeliness: null },
    ]);
  });

  it('has one point per day of a month', () => {
    const { from, to } = monthRange('2026-11');
    expect(fillDays(from, to, [])).toHaveLength(30);
  });
});

describe('breakdowns', () => {
  it('default to categories', () => {
    expect(parseBreakdown('AGENT')).toBe('AGENT');
    expect(parseBreakdown('DAY')).toBe('CATEGORY');
    expect(parseBreakdown(null)).toBe('CATEGORY');
  });

  it('list the rows of one group, largest first', () => {
    const groups = [
      { by: 'DAY' as const, rows: [{ label: 'x', volume: 99 }] },
      {
        by: 'CHANNEL' as const,
        rows: [
          { label: '电子邮件', volume: 2 },
          { label: '热线电话', volume: 66 },
        ],
      },
    ];
    expect(groupRows(groups, 'CHANNEL').map((r) => r.label)).toEqual(['热线电话', '电子邮件']);
    expect(groupRows(groups, 'TEAM')).toEqual([]);
  });
});

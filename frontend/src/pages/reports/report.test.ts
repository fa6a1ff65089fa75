import { describe, expect, it } from 'vitest';
import { figureLines, parseReportMonth, topCategories } from './report';

describe('parseReportMonth', () => {
  const now = new Date('2026-12-06T16:30:00Z'); // 2026-12-07 in Beijing
  it('reads the month from the URL', () => {
    expect(parseReportMonth(new URLSearchParams('month=2026-10'), now)).toBe('2026-10');
  });
  it('defaults to last month in Beijing', () => {
    expect(parseReportMonth(new URLSearchParams(''), now)).toBe('2026-11');
    expect(parseReportMonth(new URLSearchParams('month=2026-13'), now)).toBe('2026-11');
  });
});

describe('figureLines', () => {
  it('lists the targeted figures with their verdicts, null when nothing was counted', () => {
    const lines = figureLines({
      responseTimelinessRate: 0.5,
      stepTimeoutRate: null,
      firstContactResolutionRate: 0.9,
      timelyCompletionRate: 0.6,
      checks: [
        { metric: 'responseTimelinessRate', verdict: 'MISSED' },
        { metric: 'firstContactResolutionRate', verdict: 'MET' },
        { metric: 'timelyCompletionRate', verdict: 'RECTIFY' },
      ],
    });
    expect(lines).toEqual([
      { metric: 'responseTimelinessRate', value: 0.5, verdict: 'MISSED' },
      { metric: 'stepTimeoutRate', value: null, verdict: 'NO_DATA' },
      { metric: 'firstContactResolutionRate', value: 0.9, verdict: 'MET' },
      { metric: 'timelyCompletionRate', value: 0.6, verdict: 'RECTIFY' },
    ]);
  });
});

describe('topCategories', () => {
  it('ranks by volume with shares, skipping empty ones', () => {
    const top = topCategories(
      [
        { label: '安装延误', volume: 6 },
        { label: '处理拖延', volume: 2 },
        { label: '空', volume: 0 },
        { label: '长时间未答复', volume: 12 },
      ],
      20,
      2,
    );
    expect(top.map((x) => [x.rank, x.row.label, x.share])).toEqual([
      [1, '长时间未答复', 0.6],
      [2, '安装延误', 0.3],
    ]);
    expect(topCategories([{ label: 'a', volume: 1 }], 0)[0]?.share).toBeNull();
  });
});

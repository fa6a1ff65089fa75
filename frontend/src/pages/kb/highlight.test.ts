import { describe, expect, it } from 'vitest';
import { highlightSegments, splitSteps } from './highlight';

const render = (snippet: string, ranges: Array<[number, number]>) =>
  highlightSegments(
    snippet,
    ranges.map(([start, end]) => ({ start, end })),
  )
    .map((s) => (s.mark ? `[${s.text}]` : s.text))
    .join('');

describe('highlightSegments', () => {
  it('marks the given character ranges', () => {
    expect(render('插上原装充电线后没有反应', [[4, 6]])).toBe('插上原装[充电]线后没有反应');
    expect(
      render('充电充电', [
        [0, 2],
        [2, 4],
      ]),
    ).toBe('[充电充电]');
    expect(render('abc', [])).toBe('abc');
  });

  it('counts characters, not UTF-16 units (emoji and rare CJK before the match)', () => {
    // 😀 and 𠮷 are two UTF-16 units each but one character for the server
    expect(render('😀𠮷彩铃扣费', [[2, 4]])).toBe('😀𠮷[彩铃]扣费');
  });

  it('sorts, merges overlaps and clamps ranges outside the snippet', () => {
    expect(
      render('0123456789', [
        [6, 8],
        [1, 3],
        [2, 5],
      ]),
    ).toBe('0[1234]5[67]89');
    expect(render('短文本', [[1, 99]])).toBe('短[文本]');
    expect(render('短文本', [[-5, 1]])).toBe('[短]文本');
    expect(
      render('短文本', [
        [2, 2],
        [3, 1],
      ]),
    ).toBe('短文本');
  });

  it('never loses or repeats text', () => {
    const s = '客户反映账单中出现视频彩铃功能费';
    const segs = highlightSegments(s, [
      { start: 9, end: 13 },
      { start: 10, end: 12 },
      { start: 0, end: 2 },
    ]);
    expect(segs.map((x) => x.text).join('')).toBe(s);
    expect(segs.filter((x) => x.mark).map((x) => x.text)).toEqual(['客户', '视频彩铃']);
  });
});

describe('splitSteps', () => {
  it('splits numbered lines and drops their numbers', () => {
    expect(splitSteps('1. 检查滤网是否堵塞。\n2. 检查冷媒压力。\n\n3、三包期内免费维修。')).toEqual([
      '检查滤网是否堵塞。',
      '检查冷媒压力。',
      '三包期内免费维修。',
    ]);
    expect(splitSteps('（1）遠程檢測線路。\r\n(2) 預約工程師上門')).toEqual(['遠程檢測線路。', '預約工程師上門']);
  });

  it('keeps unnumbered lines and does not eat numbers that are content', () => {
    expect(splitSteps('告知退款将在 3 个工作日内到账')).toEqual(['告知退款将在 3 个工作日内到账']);
    expect(splitSteps('12345 是工单尾号')).toEqual(['12345 是工单尾号']);
  });
});

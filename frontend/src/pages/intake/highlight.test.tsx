import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { normalizeRanges, splitHighlights } from './highlight';
import { Highlighted } from './Highlighted';

describe('snippet highlights', () => {
  const snippet = '户发现每月话费里多了视频彩铃、来电提醒等增值业务费用';

  it('marks exactly the server’s character ranges (end exclusive)', () => {
    const segs = splitHighlights(snippet, [
      { start: 10, end: 14 },
      { start: 20, end: 24 },
    ]);
    expect(segs.filter((s) => s.marked).map((s) => s.text)).toEqual(['视频彩铃', '增值业务']);
    expect(segs.map((s) => s.text).join('')).toBe(snippet);
  });

  it('counts code points, so a character outside the BMP does not shift the marks', () => {
    // '𠮷' is one character but two UTF-16 units
    const segs = splitHighlights('𠮷野家退款', [{ start: 3, end: 5 }]);
    expect(segs).toEqual([
      { text: '𠮷野家', marked: false },
      { text: '退款', marked: true },
    ]);
  });

  it('merges overlapping or touching ranges, sorts them and clamps to the text', () => {
    expect(
      normalizeRanges(
        [
          { start: 8, end: 12 },
          { start: 2, end: 4 },
          { start: 3, end: 6 },
          { start: 6, end: 7 },
          { start: 5, end: 5 },
          { start: 11, end: 99 },
        ],
        15,
      ),
    ).toEqual([
      { start: 2, end: 7 },
      { start: 8, end: 15 },
    ]);
    expect(splitHighlights('abc', [{ start: -3, end: 1 }])).toEqual([
      { text: 'a', marked: true },
      { text: 'bc', marked: false },
    ]);
    expect(splitHighlights('abc', [])).toEqual([{ text: 'abc', marked: false }]);
    expect(splitHighlights('', [{ start: 0, end: 2 }])).toEqual([]);
  });

  it('renders <mark> elements and never injects HTML from the snippet', () => {
    const { container } = render(<Highlighted text="<b>退款</b>流程" ranges={[{ start: 3, end: 5 }]} />);
    const marks = container.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.textContent).toBe('退款');
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('<b>退款</b>流程');
  });
});

/**
 * Search snippets with highlighted parts. The server gives the ranges in
 * characters (Unicode code points), not UTF-16 units, so a snippet is split
 * with `Array.from` before the ranges are applied.
 */

export interface HighlightRange {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * The snippet cut into plain and highlighted segments, in order. Ranges are
 * clamped to the snippet, empty ones dropped, overlapping or touching ones
 * merged, so a bad range never loses or repeats text.
 */
export function highlightSegments(snippet: string, ranges: readonly HighlightRange[]): Segment[] {
  const chars = Array.from(snippet);
  const n = chars.length;
  const clean = ranges
    .map((r) => ({ start: clamp(Math.floor(r.start), 0, n), end: clamp(Math.floor(r.end), 0, n) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: HighlightRange[] = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const out: Segment[] = [];
  let pos = 0;
  for (const r of merged) {
    if (r.start > pos) out.push({ text: chars.slice(pos, r.start).join(''), mark: false });
    out.push({ text: chars.slice(r.start, r.end).join(''), mark: true });
    pos = r.end;
  }
  if (pos < n) out.push({ text: chars.slice(pos).join(''), mark: false });
  return out;
}

function clamp(v: number, lo: number, hi: number): number {
  if (Number.isNaN(v)) return lo;
  return Math.min(hi, Math.max(lo, v));
}

/**
 * Solution steps as written by editors ("1. …\n2. …", "1、…", "（1）…"): one
 * step per non-empty line, with the leading number removed.
 */
export function splitSteps(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) =>
      line.replace(/^(?:\(?（?\d{1,2}[)）]|\d{1,2}\s*[.、．:：)]|[①-⑳]|第[一二三四五六七八九十]+步[:：、]?)\s*/, ''),
    )
    .filter((line) => line !== '');
}

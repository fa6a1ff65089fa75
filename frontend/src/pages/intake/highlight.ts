/**
 * Search snippets with the matched parts marked. The server gives the
 * snippet and `highlights { start end }` as character offsets (Unicode code
 * points, end exclusive); ranges may overlap, touch, come unsorted or run
 * past the end — they are normalised before rendering.
 */
export interface HighlightRange {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  marked: boolean;
}

/** Sorted, merged, clamped ranges within `[0, length)`; empty ones dropped. */
export function normalizeRanges(ranges: readonly HighlightRange[], length: number): HighlightRange[] {
  const clamped = ranges
    .map((r) => ({ start: Math.max(0, Math.min(r.start, length)), end: Math.max(0, Math.min(r.end, length)) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: HighlightRange[] = [];
  for (const r of clamped) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Splits `text` into plain and marked segments, counting code points (not UTF-16 units). */
export function splitHighlights(text: string, ranges: readonly HighlightRange[]): Segment[] {
  const chars = Array.from(text);
  const segments: Segment[] = [];
  let at = 0;
  for (const r of normalizeRanges(ranges, chars.length)) {
    if (r.start > at) segments.push({ text: chars.slice(at, r.start).join(''), marked: false });
    segments.push({ text: chars.slice(r.start, r.end).join(''), marked: true });
    at = r.end;
  }
  if (at < chars.length) segments.push({ text: chars.slice(at).join(''), marked: false });
  return segments;
}

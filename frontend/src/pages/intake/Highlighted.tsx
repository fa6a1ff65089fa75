import type { ReactNode } from 'react';
import { splitHighlights, type HighlightRange } from './highlight';

/** The snippet with `<mark>` around each highlighted range. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly HighlightRange[] }): ReactNode {
  return (
    <>
      {splitHighlights(text, ranges).map((s, i) =>
        s.marked ? (
          <mark key={i} className="kesu-hl">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

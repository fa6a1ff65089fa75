import type { IntakeSuggestionsQuery, Priority } from '../../gql/graphql';

export type IntakeSuggestions = IntakeSuggestionsQuery['intakeSuggestions'];

/** A suggested priority is taken along with the category only when most of the vote agrees. */
export const PRIORITY_MIN_SHARE = 0.5;

/** A vote's share (0–1) as a whole percentage. */
export function sharePercent(share: number): number {
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}

/** What "use suggestion" (Alt+A) fills in: the top category, and the priority when most agree. */
export interface Accepted {
  categoryId: string;
  categoryName: string;
  priority: Priority | null;
}

export function acceptable(s: IntakeSuggestions | undefined | null): Accepted | null {
  const top = s?.categories[0]?.category;
  if (!s || !top) return null;
  const priority = s.priority && s.priority.share >= PRIORITY_MIN_SHARE ? s.priority.priority : null;
  return { categoryId: top.id, categoryName: top.name, priority };
}

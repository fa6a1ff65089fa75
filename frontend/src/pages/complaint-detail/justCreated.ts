/**
 * What the intake page hands to the detail page it navigates to (router
 * location state): the new number and the complaints it may repeat.
 */
import type { ComplaintStatus } from '../../gql/graphql';

export interface RepeatCandidateRow {
  id: string;
  number: string;
  status: ComplaintStatus;
  title: string;
  createdAt: string;
}

export interface JustCreatedState {
  justCreated: { number: string; possibleRepeats: RepeatCandidateRow[] };
}

/** The intake hand-over from an unknown `location.state`, or null. */
export function readJustCreated(state: unknown): JustCreatedState['justCreated'] | null {
  if (typeof state !== 'object' || state === null || !('justCreated' in state)) return null;
  const j = state.justCreated;
  if (typeof j !== 'object' || j === null) return null;
  const { number, possibleRepeats } = j as { number?: unknown; possibleRepeats?: unknown };
  if (typeof number !== 'string' || !Array.isArray(possibleRepeats)) return null;
  return { number, possibleRepeats: possibleRepeats as RepeatCandidateRow[] };
}

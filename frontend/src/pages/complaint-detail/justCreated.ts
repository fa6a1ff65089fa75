/**
 * What the intake page hands to the detail page it navigates to (router
 * location state): the new number, what to tell the customer, and the
 * complaints it may repeat.
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
  justCreated: {
    number: string;
    /** The server's `customerMessage`: the number and the status link, to read out or send. */
    customerMessage: string | null;
    possibleRepeats: RepeatCandidateRow[];
  };
}

/** The intake hand-over from an unknown `location.state`, or null. */
export function readJustCreated(state: unknown): JustCreatedState['justCreated'] | null {
  if (typeof state !== 'object' || state === null || !('justCreated' in state)) return null;
  const j = state.justCreated;
  if (typeof j !== 'object' || j === null) return null;
  const { number, customerMessage, possibleRepeats } = j as {
    number?: unknown;
    customerMessage?: unknown;
    possibleRepeats?: unknown;
  };
  if (typeof number !== 'string' || !Array.isArray(possibleRepeats)) return null;
  return {
    number,
    customerMessage: typeof customerMessage === 'string' && customerMessage.trim() !== '' ? customerMessage : null,
    possibleRepeats: possibleRepeats as RepeatCandidateRow[],
  };
}

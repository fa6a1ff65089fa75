/**
 * The satisfaction callback (回访) as the server runs it: a score of 3–5
 * closes the complaint, 1–2 reopens it with the expert team (unless a
 * supervisor closes it anyway, giving a reason), and the third unanswered
 * attempt closes it as unreachable. What the forms warn about and what the
 * console says afterwards follow from these rules.
 */
import type { ComplaintAction, ComplaintStatus, EventKind } from '../../gql/graphql';
import type { MessageKey } from '../../i18n';

/** Unanswered attempts after which the server closes the complaint as unreachable. */
export const CALLBACK_MAX_ATTEMPTS = 3;

/** The highest score that reopens the complaint. */
export const LOW_SCORE_MAX = 2;

/** The two steps of the callback dialog. */
export type CallbackAction = Extract<ComplaintAction, 'RECORD_CALLBACK' | 'CALLBACK_ATTEMPT'>;

export function isCallbackAction(action: ComplaintAction): action is CallbackAction {
  return action === 'RECORD_CALLBACK' || action === 'CALLBACK_ATTEMPT';
}

/** A score of 1 or 2: the customer is not satisfied. */
export function isLowScore(score: number | null | undefined): boolean {
  return typeof score === 'number' && score >= 1 && score <= LOW_SCORE_MAX;
}

/** What recording the callback will do to the complaint. */
export type CallbackEffect = 'close' | 'reopen' | 'closeDespite';

/**
 * The effect of submitting `score`: nothing yet without a score; closing
 * anyway only for a low score, by someone who may (`complaint.callback.override`).
 */
export function callbackEffect(
  score: number | null | undefined,
  closeDespite: boolean | undefined,
  canOverride: boolean,
): CallbackEffect | null {
  if (typeof score !== 'number' || score < 1 || score > 5) return null;
  if (!isLowScore(score)) return 'close';
  return closeDespite && canOverride ? 'closeDespite' : 'reopen';
}

/** Whether one more unanswered attempt closes the complaint as unreachable. */
export function isLastAttempt(attemptsSoFar: number): boolean {
  return attemptsSoFar + 1 >= CALLBACK_MAX_ATTEMPTS;
}

/**
 * What to tell the user after a callback step, from where the complaint
 * ended up; null for a state these rules do not lead to (the caller says
 * the step is done).
 */
export function callbackOutcome(
  action: CallbackAction,
  outcome: { status: ComplaintStatus },
  sent: { attemptsBefore: number; closeDespite?: boolean },
): { key: MessageKey; params: Record<string, number> } | null {
  const max = CALLBACK_MAX_ATTEMPTS;
  if (action === 'CALLBACK_ATTEMPT') {
    return outcome.status === 'CLOSED'
      ? { key: 'callbacks.done.unreachable', params: { max } }
      : { key: 'callbacks.done.attempt', params: { attempt: sent.attemptsBefore + 1, max } };
  }
  if (outcome.status === 'CLOSED') {
    return { key: sent.closeDespite ? 'callbacks.done.closedDespite' : 'callbacks.done.closed', params: {} };
  }
  return outcome.status === 'ESCALATED' ? { key: 'callbacks.done.reopened', params: {} } : null;
}

/** What the timeline shows of a callback's entries (data written by the server). */
export type CallbackDetail =
  /** CALLBACK_ATTEMPTED: the n-th of the allowed unanswered attempts. */
  | { kind: 'callbackAttempt'; attempt: number; of: number }
  /** The system's CLOSED after the last unanswered attempt. */
  | { kind: 'closedUnreachable'; attempts: number }
  /** The system's CLOSED after a score of 3–5. */
  | { kind: 'closedAfterCallback'; satisfaction: number }
  /** CLOSED although the score was 1–2 (the reason is the entry's body). */
  | { kind: 'closedDespiteLowScore'; satisfaction: number | null }
  /** The system's REOPENED after a score of 1–2. */
  | { kind: 'reopenedByCallback'; satisfaction: number | null };

const positiveInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;
const score = (v: unknown): number | null => (positiveInt(v) && v <= 5 ? v : null);

/**
 * The callback details of an entry, or null when it is not a callback's
 * entry (a CLOSED or REOPENED by hand): then the ordinary details apply.
 */
export function callbackDetails(d: Record<string, unknown>, kind: EventKind | undefined): CallbackDetail[] | null {
  switch (kind) {
    case 'CALLBACK_ATTEMPTED':
      return positiveInt(d.attempt) && positiveInt(d.of)
        ? [{ kind: 'callbackAttempt', attempt: d.attempt, of: d.of }]
        : [];
    case 'CLOSED': {
      if (d.unreachable === true) {
        return [{ kind: 'closedUnreachable', attempts: positiveInt(d.attempts) ? d.attempts : CALLBACK_MAX_ATTEMPTS }];
      }
      if (d.lowScoreConfirmed === true) return [{ kind: 'closedDespiteLowScore', satisfaction: score(d.satisfaction) }];
      const s = score(d.satisfaction);
      return s === null ? null : [{ kind: 'closedAfterCallback', satisfaction: s }];
    }
    case 'REOPENED':
      return d.byCallback === true ? [{ kind: 'reopenedByCallback', satisfaction: score(d.satisfaction) }] : null;
    default:
      return null;
  }
}

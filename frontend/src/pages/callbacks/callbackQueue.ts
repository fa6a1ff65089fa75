/**
 * The 回访队列's rules: when each complaint's callback is due (the clock the
 * server runs on the callback step), whether it is overdue, and which of the
 * two steps the row offers.
 */
import type { ComplaintAction, SlaState, SlaStep } from '../../gql/graphql';

/** Rows per page (the server allows 1 to 100). */
export const CALLBACK_PAGE_SIZE = 20;

export interface CallbackSla {
  state: SlaState;
  nextDueAt?: string | null;
  currentStep?: SlaStep | null;
  stepDueAt?: string | null;
}

/**
 * When the callback is due: the callback step's deadline, else the first
 * running clock's; overdue once the server says BREACHED or the time has
 * passed (the list may be older than the clock).
 */
export function callbackDue(
  sla: CallbackSla | null | undefined,
  now: Date = new Date(),
): { dueAt: string | null; overdue: boolean } {
  if (!sla) return { dueAt: null, overdue: false };
  const dueAt = (sla.currentStep === 'CALLBACK' ? sla.stepDueAt : null) ?? sla.nextDueAt ?? null;
  const passed = dueAt !== null && new Date(dueAt).getTime() < now.getTime();
  return { dueAt, overdue: sla.state === 'BREACHED' || (passed && sla.state !== 'PAUSED') };
}

/** The row's buttons: record the callback, or an unanswered attempt, as the server allows this user. */
export function rowSteps(availableActions: readonly ComplaintAction[]): { record: boolean; attempt: boolean } {
  return {
    record: availableActions.includes('RECORD_CALLBACK'),
    attempt: availableActions.includes('CALLBACK_ATTEMPT'),
  };
}

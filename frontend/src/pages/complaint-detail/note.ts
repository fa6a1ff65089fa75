/**
 * A note's input (pure, tested): internal by default; a customer-visible
 * progress note only for those holding `complaint.note.customer`, and only
 * it carries a promised next reply time (which must be in the future).
 */
import type { AddComplaintNoteInput, Visibility } from '../../gql/graphql';

export interface NoteDraft {
  body: string;
  visibility: Visibility;
  /** ISO instant, or null. */
  promisedReplyAt: string | null;
}

export function toNoteInput(complaintId: string, draft: NoteDraft, canWriteToCustomer: boolean): AddComplaintNoteInput {
  const visibility: Visibility = canWriteToCustomer ? draft.visibility : 'INTERNAL';
  const input: AddComplaintNoteInput = { id: complaintId, body: draft.body.trim(), visibility };
  if (visibility === 'CUSTOMER' && draft.promisedReplyAt) input.promisedReplyAt = draft.promisedReplyAt;
  return input;
}

/** Whether a promised reply time is acceptable: absent, or later than `now`. */
export function isFuturePromise(promisedReplyAt: string | null, now: Date): boolean {
  return promisedReplyAt === null || new Date(promisedReplyAt).getTime() > now.getTime();
}

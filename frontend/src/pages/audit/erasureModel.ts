/**
 * Pure helpers of personal-data erasure and retention (PIPL): the status
 * filter and colours of the erasure requests, who may decide a request, the
 * decision's input, the wording of the server's refusals on these screens,
 * and the limits of the retention periods.
 */
import type { ReasonWording } from '../../api/errorMessage';
import { describeError, type GraphQLErrorItem } from '../../api/errors';
import type { DecideCustomerErasureInput, ErasureStatus, RecordClass } from '../../gql/graphql';
import { ERASURE_STATUSES, RECORD_CLASSES } from '../../lib/enums';

// ---- the requests ----

/** Waiting is gold, carried out green, refused red (as approvals are). */
export const ERASURE_STATUS_COLOR: Record<ErasureStatus, string> = {
  PENDING: 'gold',
  DONE: 'green',
  REJECTED: 'red',
};

/** One status, or every request. */
export type ErasureFilter = ErasureStatus | 'ALL';
/** 待审批 / 已删除 / 已驳回 / 全部. */
export const ERASURE_FILTERS: readonly ErasureFilter[] = [...ERASURE_STATUSES, 'ALL'];
/** What the card shows first: the requests waiting for a decision. */
export const DEFAULT_ERASURE_FILTER: ErasureFilter = 'PENDING';

/** The `status` variable of `customerErasures` (null: all of them). */
export function erasureStatusVariable(filter: ErasureFilter): ErasureStatus | null {
  return filter === 'ALL' ? null : filter;
}

/**
 * What the viewer may do with a request: decide it (they hold
 * `customer.erase` and it is someone else's pending request), see that it is
 * their own (the server refuses with SELF_REVIEW), or nothing.
 */
export function erasureDecideRight(
  r: { status: ErasureStatus; requestedBy?: { id: string } | null },
  viewer: { id: string; canDecide: boolean },
): 'decide' | 'own' | 'none' {
  if (!viewer.canDecide || r.status !== 'PENDING') return 'none';
  return r.requestedBy?.id === viewer.id ? 'own' : 'decide';
}

/** The `decideCustomerErasure` input; the reason is required (trimmed). Throws when it is blank. */
export function erasureDecision(id: string, approve: boolean, reason: string | undefined): DecideCustomerErasureInput {
  const text = reason?.trim() ?? '';
  if (text === '') throw new Error('reason is required');
  return { id, approve, reason: text };
}

/** How the decision dialog words the server's refusals. */
export const DECIDE_WORDING: ReasonWording = {
  SELF_REVIEW: 'erasure.decide.selfReview',
  ALREADY_DECIDED: 'erasure.decide.alreadyDecided',
};

/**
 * How the request dialog words the server's refusals: a pending request for
 * the customer (ALREADY_EXISTS), or a customer already erased (the input
 * `customerId` refused).
 */
export function requestWording(err: unknown): ReasonWording {
  const erased = describeError(err).items.some((i) => i.reason === 'INVALID_INPUT' && lastSegment(i) === 'customerId');
  return erased
    ? { ALREADY_EXISTS: 'erasure.request.pending', INVALID_INPUT: 'erasure.request.erased' }
    : { ALREADY_EXISTS: 'erasure.request.pending' };
}

// ---- retention ----

/** The longest period the server accepts: 10,980 days (30 years). */
export const RETENTION_MAX_DAYS = 10_980;

/** The range of a class's period: from its own minimum (365 days for customers, 7 otherwise). */
export function retentionLimits(rule: { minDays: number }): { min: number; max: number } {
  return { min: rule.minDays, max: RETENTION_MAX_DAYS };
}

/** The rules in the console's (the server's) order of classes. */
export function sortRetentionRules<T extends { recordClass: RecordClass }>(rules: readonly T[]): T[] {
  return [...rules].sort((a, b) => RECORD_CLASSES.indexOf(a.recordClass) - RECORD_CLASSES.indexOf(b.recordClass));
}

/** Whether a server error is about the number of days (`days`, `input.days`). */
export function isDaysError(item: Pick<GraphQLErrorItem, 'field'>): boolean {
  return lastSegment(item) === 'days';
}

function lastSegment(item: Pick<GraphQLErrorItem, 'field'>): string | undefined {
  return item.field?.split('.').pop();
}

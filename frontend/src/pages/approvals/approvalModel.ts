/**
 * Pure helpers of approvals above authority (审批): the page's status filter
 * in the URL, who may decide a row, the decision's input, and the money
 * rules the console mirrors to warn before the server refuses (a person's
 * authority, 错收双倍返还, an approval covering a resolution). The server
 * still decides; these only word what it will do.
 */
import type { ApprovalStatus, DecideApprovalInput } from '../../gql/graphql';
import type { TFunction } from '../../i18n';
import { APPROVAL_STATUSES, isOneOf } from '../../lib/enums';
import { formatCents, yuanToCents } from '../../lib/money';

/** What a role nobody has configured may grant: 1,000 元 (the server's default). */
export const DEFAULT_AUTHORITY_CENTS = 100_000;

/** The largest authority limit the server accepts: 100,000,000 元. */
export const MAX_AUTHORITY_CENTS = 10_000_000_000;

// ---- the page's filter ----

/** One status, or every approval. */
export type StatusFilter = ApprovalStatus | 'ALL';
export const STATUS_FILTERS: readonly StatusFilter[] = [...APPROVAL_STATUSES, 'ALL'];
/** The queue's work: what the page shows without a `status` parameter. */
export const DEFAULT_STATUS_FILTER: StatusFilter = 'PENDING';

/** The filter a URL asks for (`?status=APPROVED`, `?status=ALL`); anything else is the default. */
export function parseStatusFilter(params: URLSearchParams): StatusFilter {
  const v = params.get('status');
  return v === 'ALL' || isOneOf(APPROVAL_STATUSES, v) ? v : DEFAULT_STATUS_FILTER;
}

/** The URL parameters of a filter (none for the default). */
export function statusFilterParams(filter: StatusFilter): URLSearchParams {
  return new URLSearchParams(filter === DEFAULT_STATUS_FILTER ? {} : { status: filter });
}

/** The `status` variable of the approvals query (null: all of them). */
export function statusVariable(filter: StatusFilter): ApprovalStatus | null {
  return filter === 'ALL' ? null : filter;
}

// ---- a row ----

interface ApprovalLike {
  status: ApprovalStatus;
  amountCents: number;
  wronglyChargedCents?: number | null;
  approvedCents?: number | null;
  requestedBy?: { id: string } | null;
}

/** Whether the amount is the double refund of a fee charged by mistake (错收双倍返还). */
export function isDoubleRefund(a: Pick<ApprovalLike, 'wronglyChargedCents'>): boolean {
  return a.wronglyChargedCents !== null && a.wronglyChargedCents !== undefined;
}

/** Whether the approver granted another amount than the one requested. */
export function approvedChanged(a: Pick<ApprovalLike, 'amountCents' | 'approvedCents'>): boolean {
  return a.approvedCents !== null && a.approvedCents !== undefined && a.approvedCents !== a.amountCents;
}

/**
 * What the viewer may do with a row: decide it (an approver, on a pending
 * request of someone else), see that it is their own (an approver never
 * decides their own request: the server refuses with SELF_REVIEW), or nothing.
 */
export function decideRight(
  a: Pick<ApprovalLike, 'status' | 'requestedBy'>,
  viewer: { id: string; canDecide: boolean },
): 'decide' | 'own' | 'none' {
  if (!viewer.canDecide || a.status !== 'PENDING') return 'none';
  return a.requestedBy?.id === viewer.id ? 'own' : 'decide';
}

/** What the approve/reject dialog holds: an optional changed amount in 元 and the reason. */
export interface DecisionValues {
  amountYuan?: number | string | null;
  reason?: string;
}

/**
 * The `decideApproval` input. The reason is required (trimmed); an amount is
 * sent only when approving a different amount than the one requested.
 * Throws when the reason is blank or the amount negative (the form checks first).
 */
export function decisionInput(
  id: string,
  approve: boolean,
  v: DecisionValues,
  requestedCents: number,
): DecideApprovalInput {
  const reason = v.reason?.trim() ?? '';
  if (reason === '') throw new Error('reason is required');
  if (!approve) return { id, approve, reason };
  const cents = yuanToCents(v.amountYuan ?? null);
  if (cents !== null && cents < 0) throw new Error('amount must not be negative');
  return cents === null || cents === requestedCents ? { id, approve, reason } : { id, approve, amountCents: cents, reason };
}

// ---- authority ----

/** Whether granting `amount` needs an approver: it exceeds the person's authority (both known). */
export function exceedsAuthority(
  amountCents: number | null | undefined,
  limitCents: number | null | undefined,
): boolean {
  if (amountCents === null || amountCents === undefined) return false;
  if (limitCents === null || limitCents === undefined) return false;
  return amountCents > limitCents;
}

/** 「超出您的审批权限（1,000.00 元），提交后需审批人批准」 when the proposal exceeds it, else null. */
export function authorityHint(
  t: TFunction,
  amountCents: number | null | undefined,
  limitCents: number | null | undefined,
): string | null {
  return exceedsAuthority(amountCents, limitCents)
    ? t('approvals.hint.authority', { limit: formatCents(limitCents, 'suffix', t) })
    : null;
}

/** The amount the complaint's latest approved approval grants (approvals newest first), or null. */
export function latestApprovedCents(
  approvals: ReadonlyArray<Pick<ApprovalLike, 'status' | 'approvedCents'>>,
): number | null {
  return approvals.find((a) => a.status === 'APPROVED')?.approvedCents ?? null;
}

/**
 * Whether resolving with `amount` would be refused (APPROVAL_REQUIRED): it
 * exceeds the resolver's authority and no approved amount covers it.
 */
export function resolveNeedsApproval(
  amountCents: number | null | undefined,
  limitCents: number | null | undefined,
  approvedCents: number | null,
): boolean {
  if (!exceedsAuthority(amountCents, limitCents)) return false;
  return approvedCents === null || (amountCents ?? 0) > approvedCents;
}

/**
 * The refund a proposal will carry, as the server works it out: for a fee
 * charged by mistake, double the fee (the amount the customer claimed when
 * no fee is given); otherwise the amount entered, else the one already granted.
 */
export function proposedRefundCents(p: {
  wrongCharge: boolean;
  wronglyChargedCents: number | null;
  refundCents: number | null;
  claimedCents: number | null;
  currentCents: number | null;
}): number | null {
  if (p.wrongCharge) {
    const fee = p.wronglyChargedCents ?? p.claimedCents;
    return fee === null ? null : fee * 2;
  }
  return p.refundCents ?? p.currentCents;
}

// ---- roles ----

/** A role's limit as the roles page shows it: 「默认 1,000.00 元」 when left at the default. */
export function authorityLimitText(t: TFunction, limitCents: number | null | undefined): string {
  return limitCents === null || limitCents === undefined
    ? t('admin.roles.authority.default', { amount: formatCents(DEFAULT_AUTHORITY_CENTS, 'suffix', t) })
    : formatCents(limitCents, 'suffix', t);
}

/** The limit to send for what the dialog holds (元); empty restores the default (null). */
export function authorityLimitFromForm(yuan: number | string | null | undefined): number | null {
  const cents = yuanToCents(yuan ?? null);
  if (cents === null) return null;
  if (cents < 0 || cents > MAX_AUTHORITY_CENTS) throw new Error('limit out of range');
  return cents;
}

/**
 * The complaint timeline: which entries a filter keeps, and the structured
 * details (`ComplaintEvent.data`, free-form JSON) worth showing next to an
 * entry. Unknown or malformed data is ignored, never shown raw.
 */
import type {
  Channel,
  ComplaintDetailQuery,
  EventKind,
  PublicStatus,
  Responsibility,
  RoutingMiss,
  Visibility,
} from '../../gql/graphql';
import { CHANNELS, PUBLIC_STATUSES, RESPONSIBILITIES, ROUTING_MISSES, isOneOf } from '../../lib/enums';
import { callbackDetails, type CallbackDetail } from './callback';

export type TimelineEvent = ComplaintDetailQuery['complaint']['timeline'][number];

export const TIMELINE_FILTERS = ['all', 'internal', 'customer'] as const;
export type TimelineFilter = (typeof TIMELINE_FILTERS)[number];

const VISIBILITY_OF: Record<Exclude<TimelineFilter, 'all'>, Visibility> = {
  internal: 'INTERNAL',
  customer: 'CUSTOMER',
};

export function filterTimeline<E extends { visibility: Visibility }>(
  events: readonly E[],
  filter: TimelineFilter,
): E[] {
  if (filter === 'all') return [...events];
  return events.filter((e) => e.visibility === VISIBILITY_OF[filter]);
}

export function countByVisibility(events: ReadonlyArray<{ visibility: Visibility }>): Record<TimelineFilter, number> {
  const internal = events.filter((e) => e.visibility === 'INTERNAL').length;
  return { all: events.length, internal, customer: events.length - internal };
}

export type EventDetail =
  | { kind: 'satisfaction'; value: number }
  | { kind: 'responsibility'; value: Responsibility }
  | { kind: 'refund'; cents: number }
  | { kind: 'team'; name: string }
  /** The expert team a wrongly dispatched complaint went back to (RETURNED). */
  | { kind: 'returnedTo'; name: string }
  | { kind: 'channel'; value: Channel }
  | { kind: 'size'; bytes: number }
  /** A proposal's fee charged by mistake, refunded double (RESOLUTION_PROPOSED). */
  | { kind: 'wronglyCharged'; cents: number }
  /** The proposal exceeded its proposer's authority and waits for an approver (RESOLUTION_PROPOSED). */
  | { kind: 'needsApproval' }
  /** APPROVAL_REQUESTED: the amount and the authority it exceeds. */
  | { kind: 'approvalRequested'; cents: number; authorityCents: number }
  /** APPROVAL_DECIDED: approved (the amount granted, maybe changed) or rejected; the reason is the body. */
  | { kind: 'approvalDecided'; approved: boolean; requestedCents: number; approvedCents: number | null }
  /** The satisfaction callback's entries: unanswered attempts, and the closing or reopening it led to. */
  | CallbackDetail;

/** The server writes enum values in data as snake_case (`social_media`); the API's enums are upper case. */
const asEnum = (v: unknown) => (typeof v === 'string' ? v.toUpperCase() : undefined);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * The details of an entry's data. The team is where the step sent the
 * complaint: a department for DISPATCHED/ROUTED, back to the expert team for
 * RETURNED (whose reason is the entry's body).
 */
export function eventDetails(data: unknown, eventKind?: EventKind): EventDetail[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const d = data as Record<string, unknown>;
  if (eventKind === 'APPROVAL_REQUESTED' || eventKind === 'APPROVAL_DECIDED') return approvalDetails(d, eventKind);
  const callback = callbackDetails(d, eventKind);
  if (callback) return callback;
  const out: EventDetail[] = [];
  const channel = asEnum(d.channel);
  if (isOneOf(CHANNELS, channel)) out.push({ kind: 'channel', value: channel });
  if (typeof d.teamName === 'string' && d.teamName) {
    out.push({ kind: eventKind === 'RETURNED' ? 'returnedTo' : 'team', name: d.teamName });
  }
  const responsibility = asEnum(d.responsibility);
  if (isOneOf(RESPONSIBILITIES, responsibility)) out.push({ kind: 'responsibility', value: responsibility });
  if (isCount(d.refundGrantedCents)) out.push({ kind: 'refund', cents: d.refundGrantedCents });
  if (isCount(d.wronglyChargedCents)) out.push({ kind: 'wronglyCharged', cents: d.wronglyChargedCents });
  if (d.approvalRequired === true) out.push({ kind: 'needsApproval' });
  const s = d.satisfaction;
  if (typeof s === 'number' && Number.isInteger(s) && s >= 1 && s <= 5) out.push({ kind: 'satisfaction', value: s });
  if (isCount(d.size)) out.push({ kind: 'size', bytes: d.size });
  return out;
}

/** The data of the two approval entries (amounts in fen); malformed data gives nothing. */
function approvalDetails(d: Record<string, unknown>, kind: 'APPROVAL_REQUESTED' | 'APPROVAL_DECIDED'): EventDetail[] {
  if (!isCount(d.amountCents)) return [];
  if (kind === 'APPROVAL_REQUESTED') {
    return isCount(d.authorityCents)
      ? [{ kind: 'approvalRequested', cents: d.amountCents, authorityCents: d.authorityCents }]
      : [];
  }
  if (typeof d.approved !== 'boolean') return [];
  const approvedCents = d.approved && isCount(d.approvedCents) ? d.approvedCents : null;
  return [{ kind: 'approvalDecided', approved: d.approved, requestedCents: d.amountCents, approvedCents }];
}

/**
 * The rules an automatic routing (ROUTED) tried before the one that fired,
 * and the conditions each missed (`data.tried`; misses in snake_case).
 * Entries without a name or with no known miss are left out.
 */
export function routedTried(data: unknown): Array<{ ruleName: string; misses: RoutingMiss[] }> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const tried = (data as Record<string, unknown>).tried;
  if (!Array.isArray(tried)) return [];
  const out: Array<{ ruleName: string; misses: RoutingMiss[] }> = [];
  for (const entry of tried as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { ruleName, misses } = entry as Record<string, unknown>;
    if (typeof ruleName !== 'string' || !ruleName || !Array.isArray(misses)) continue;
    const known = (misses as unknown[]).map(asEnum).filter((m): m is RoutingMiss => isOneOf(ROUTING_MISSES, m));
    if (known.length > 0) out.push({ ruleName, misses: known });
  }
  return out;
}

/** `68 B`, `1.2 KB`, `3.4 MB`. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let v = bytes / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i += 1;
  }
  return `${v >= 100 ? Math.round(v) : Number(v.toFixed(1))} ${units[i]}`;
}

/** How to show an attachment: inline image preview, a PDF opened in a new tab, or a plain download. */
export function fileKind(contentType: string): 'image' | 'pdf' | 'other' {
  const t = contentType.toLowerCase();
  if (/^image\/(jpeg|png|gif|webp)$/.test(t)) return 'image';
  if (t === 'application/pdf') return 'pdf';
  return 'other';
}

/** Where the customer's view stands: the index of its latest public state among the four (0 before any). */
export function currentPublicStep(entries: ReadonlyArray<{ publicStatus: PublicStatus }>): number {
  const last = entries[entries.length - 1];
  return last ? PUBLIC_STATUSES.indexOf(last.publicStatus) : 0;
}

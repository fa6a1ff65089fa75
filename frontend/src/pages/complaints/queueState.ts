/**
 * The queue's filters and sort order ↔ the URL query string ↔ the API's
 * `ComplaintFilter`. The URL is the state: a filtered queue can be
 * bookmarked, shared and restored by the back button.
 *
 *   ?status=ACCEPTED,ESCALATED&priority=URGENT&channel=HOTLINE&category=2,24
 *   &q=退款&scope=assigned&open=1&major=1&from=2026-11-01&to=2026-11-24&sort=PRIORITY
 *   &customer=17&announcement=3&sla=AT_RISK,BREACHED
 *
 * Unknown or malformed values are dropped, never sent to the server.
 */
import type { Channel, ComplaintFilter, ComplaintOrder, ComplaintStatus, Priority, SlaState } from '../../gql/graphql';
import { CHANNELS, COMPLAINT_ORDERS, COMPLAINT_STATUSES, PRIORITIES, isOneOf } from '../../lib/enums';
import { SLA_STATES } from '../../lib/sla';
import { isIsoDay, shanghaiDayEnd, shanghaiDayStart } from '../../lib/time';

export const QUEUE_SCOPES = ['all', 'assigned', 'accepted'] as const;
export type QueueScope = (typeof QUEUE_SCOPES)[number];

export interface QueueState {
  statuses: ComplaintStatus[];
  priorities: Priority[];
  channels: Channel[];
  categoryIds: string[];
  /** Substring of title/description, or an exact complaint number. */
  text: string;
  scope: QueueScope;
  openOnly: boolean;
  majorOnly: boolean;
  /** Beijing calendar days, `YYYY-MM-DD`. */
  createdFrom: string | null;
  createdTo: string | null;
  orderBy: ComplaintOrder;
  /** One customer's complaints (from the intake history or a detail page). */
  customerId: string | null;
  /** The complaints linked to one announcement (from the announcements page). */
  announcementId: string | null;
  /** The SLA states the scheduler last recorded (`ComplaintFilter.slaStates`). */
  slaStates: SlaState[];
}

export const DEFAULT_ORDER: ComplaintOrder = 'NEWEST';

export const EMPTY_QUEUE_STATE: QueueState = {
  statuses: [],
  priorities: [],
  channels: [],
  categoryIds: [],
  text: '',
  scope: 'all',
  openOnly: false,
  majorOnly: false,
  createdFrom: null,
  createdTo: null,
  orderBy: DEFAULT_ORDER,
  customerId: null,
  announcementId: null,
  slaStates: [],
};

const KEYS = {
  statuses: 'status',
  priorities: 'priority',
  channels: 'channel',
  categoryIds: 'category',
  text: 'q',
  scope: 'scope',
  openOnly: 'open',
  majorOnly: 'major',
  createdFrom: 'from',
  createdTo: 'to',
  orderBy: 'sort',
  customerId: 'customer',
  announcementId: 'announcement',
  slaStates: 'sla',
} as const satisfies Record<keyof QueueState, string>;

/** The query-string parameters this page owns (others are left alone). */
export const QUEUE_PARAM_NAMES: readonly string[] = Object.values(KEYS);

function list(params: URLSearchParams, key: string): string[] {
  const out: string[] = [];
  for (const raw of params.getAll(key)) {
    for (const part of raw.split(',')) {
      const v = part.trim();
      if (v && !out.includes(v)) out.push(v);
    }
  }
  return out;
}

function enumList<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  return list(params, key).filter((v): v is T => isOneOf(allowed, v));
}

function flag(params: URLSearchParams, key: string): boolean {
  const v = params.get(key);
  return v === '1' || v === 'true';
}

function idParam(params: URLSearchParams, key: string): string | null {
  const v = params.get(key)?.trim();
  return v && /^\d+$/.test(v) ? v : null;
}

function day(params: URLSearchParams, key: string): string | null {
  const v = params.get(key);
  return v && isIsoDay(v) ? v : null;
}

export function parseQueueParams(params: URLSearchParams): QueueState {
  const scope = params.get(KEYS.scope);
  const sort = params.get(KEYS.orderBy);
  let createdFrom = day(params, KEYS.createdFrom);
  let createdTo = day(params, KEYS.createdTo);
  if (createdFrom && createdTo && createdFrom > createdTo) [createdFrom, createdTo] = [createdTo, createdFrom];
  return {
    statuses: enumList(params, KEYS.statuses, COMPLAINT_STATUSES),
    priorities: enumList(params, KEYS.priorities, PRIORITIES),
    channels: enumList(params, KEYS.channels, CHANNELS),
    categoryIds: list(params, KEYS.categoryIds).filter((v) => /^\d+$/.test(v)),
    text: (params.get(KEYS.text) ?? '').trim(),
    scope: isOneOf(QUEUE_SCOPES, scope) ? scope : 'all',
    openOnly: flag(params, KEYS.openOnly),
    majorOnly: flag(params, KEYS.majorOnly),
    createdFrom,
    createdTo,
    orderBy: isOneOf(COMPLAINT_ORDERS, sort) ? sort : DEFAULT_ORDER,
    customerId: idParam(params, KEYS.customerId),
    announcementId: idParam(params, KEYS.announcementId),
    slaStates: enumList(params, KEYS.slaStates, SLA_STATES),
  };
}

/**
 * The state as query parameters; defaults are left out so the plain queue
 * has a clean URL. Parameters of `base` this page does not own are kept.
 */
export function toQueueParams(state: QueueState, base?: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  if (base) {
    for (const [k, v] of base) if (!QUEUE_PARAM_NAMES.includes(k)) out.append(k, v);
  }
  const setList = (key: string, values: readonly string[]) => {
    if (values.length > 0) out.set(key, values.join(','));
  };
  setList(KEYS.statuses, state.statuses);
  setList(KEYS.priorities, state.priorities);
  setList(KEYS.channels, state.channels);
  setList(KEYS.categoryIds, state.categoryIds);
  if (state.text.trim()) out.set(KEYS.text, state.text.trim());
  if (state.scope !== 'all') out.set(KEYS.scope, state.scope);
  if (state.openOnly) out.set(KEYS.openOnly, '1');
  if (state.majorOnly) out.set(KEYS.majorOnly, '1');
  if (state.createdFrom) out.set(KEYS.createdFrom, state.createdFrom);
  if (state.createdTo) out.set(KEYS.createdTo, state.createdTo);
  if (state.orderBy !== DEFAULT_ORDER) out.set(KEYS.orderBy, state.orderBy);
  if (state.customerId) out.set(KEYS.customerId, state.customerId);
  if (state.announcementId) out.set(KEYS.announcementId, state.announcementId);
  setList(KEYS.slaStates, state.slaStates);
  return out;
}

/** The API filter for a state; `userId` is the signed-in user (for "assigned to me"…). */
export function toComplaintFilter(state: QueueState, userId: string): ComplaintFilter {
  const f: ComplaintFilter = {};
  if (state.statuses.length) f.statuses = [...state.statuses];
  if (state.priorities.length) f.priorities = [...state.priorities];
  if (state.channels.length) f.channels = [...state.channels];
  if (state.categoryIds.length) f.categoryIds = [...state.categoryIds];
  if (state.text.trim()) f.text = state.text.trim();
  if (state.scope === 'assigned') f.assigneeId = userId;
  if (state.scope === 'accepted') f.acceptedById = userId;
  if (state.openOnly) f.openOnly = true;
  if (state.majorOnly) f.isMajor = true;
  const from = state.createdFrom ? shanghaiDayStart(state.createdFrom) : null;
  const to = state.createdTo ? shanghaiDayEnd(state.createdTo) : null;
  if (from) f.createdFrom = from;
  if (to) f.createdTo = to;
  if (state.customerId) f.customerId = state.customerId;
  if (state.announcementId) f.announcementId = state.announcementId;
  if (state.slaStates.length) f.slaStates = [...state.slaStates];
  return f;
}

/** How many filters differ from the defaults (sort order excluded). */
export function activeFilterCount(state: QueueState): number {
  let n = 0;
  if (state.statuses.length) n++;
  if (state.priorities.length) n++;
  if (state.channels.length) n++;
  if (state.categoryIds.length) n++;
  if (state.text.trim()) n++;
  if (state.scope !== 'all') n++;
  if (state.openOnly) n++;
  if (state.majorOnly) n++;
  if (state.createdFrom || state.createdTo) n++;
  if (state.customerId) n++;
  if (state.announcementId) n++;
  if (state.slaStates.length) n++;
  return n;
}

/** Table columns that can sort, and the sort order each direction means. */
export type SortColumn = 'createdAt' | 'priority' | 'updatedAt' | 'sla';
export type SortDirection = 'ascend' | 'descend' | null | undefined;

/** The column header sort a click produced → the API order (no sort → default). */
export function sorterToOrder(column: unknown, direction: SortDirection): ComplaintOrder {
  if (column === 'createdAt' && direction === 'ascend') return 'OLDEST';
  if (column === 'priority' && direction === 'descend') return 'PRIORITY';
  if (column === 'updatedAt' && direction === 'descend') return 'RECENTLY_UPDATED';
  if (column === 'sla' && direction === 'ascend') return 'SLA_DUE';
  return DEFAULT_ORDER;
}

/** Which column shows the sort arrow, for an API order. */
export function orderToSorter(order: ComplaintOrder): { column: SortColumn; direction: 'ascend' | 'descend' } {
  switch (order) {
    case 'NEWEST':
      return { column: 'createdAt', direction: 'descend' };
    case 'OLDEST':
      return { column: 'createdAt', direction: 'ascend' };
    case 'PRIORITY':
      return { column: 'priority', direction: 'descend' };
    case 'RECENTLY_UPDATED':
      return { column: 'updatedAt', direction: 'descend' };
    case 'SLA_DUE':
      return { column: 'sla', direction: 'ascend' };
  }
}

/** The queue of one customer's complaints (`?customer=17`), open ones first by default. */
export function customerQueuePath(queuePath: string, customerId: string): string {
  return `${queuePath}?${toQueueParams({ ...EMPTY_QUEUE_STATE, customerId }).toString()}`;
}

/** The queue of the complaints linked to an announcement (`?announcement=3`). */
export function announcementQueuePath(queuePath: string, announcementId: string): string {
  return `${queuePath}?${toQueueParams({ ...EMPTY_QUEUE_STATE, announcementId }).toString()}`;
}

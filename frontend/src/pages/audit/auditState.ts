/**
 * The audit log viewer's filters ↔ the URL ↔ the API's `AuditLogFilter`.
 * The URL is the state, so an auditor can bookmark or share a query:
 *
 *   /audit?action=customer.reveal&outcome=success&actor=agent&customer=42&phone=13912345678
 *         &targetType=complaint&target=17&from=2026-11-01&to=2026-11-24
 *
 * Days are Beijing calendar days; `to` includes its whole day (the API's
 * `to` is exclusive, so it gets the start of the next day).
 */
import dayjs from 'dayjs';
import type { AuditLogFilter } from '../../gql/graphql';
import { isOneOf } from '../../lib/enums';
import { DATE_FORMAT, DISPLAY_TZ, isIsoDay, shanghaiDayStart } from '../../lib/time';

export const OUTCOMES = ['success', 'denied', 'failure'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Kinds of audited objects, as the server names them. */
export const TARGET_TYPES = [
  'complaint',
  'attachment',
  'kb_article',
  'announcement',
  'session',
  'user',
  'role',
  'team',
  'category',
] as const;

export interface AuditState {
  actorName: string;
  action: string;
  outcome: Outcome | null;
  customerId: string;
  /** A customer's phone number, exactly (the server normalises it like intake). */
  customerPhone: string;
  targetType: string;
  targetId: string;
  from: string | null;
  to: string | null;
}

export const EMPTY_AUDIT_STATE: AuditState = {
  actorName: '',
  action: '',
  outcome: null,
  customerId: '',
  customerPhone: '',
  targetType: '',
  targetId: '',
  from: null,
  to: null,
};

const KEYS = {
  actorName: 'actor',
  action: 'action',
  outcome: 'outcome',
  customerId: 'customer',
  customerPhone: 'phone',
  targetType: 'targetType',
  targetId: 'target',
  from: 'from',
  to: 'to',
} as const satisfies Record<keyof AuditState, string>;

/** What intake accepts as a phone number: digits, an optional leading +, spaces and dashes. */
export const PHONE_RE = /^\+?[\d\s-]{5,30}$/;

const ACTION_RE = /^[a-z_]+(\.[a-z_]+)+$/;

function text(params: URLSearchParams, key: string, max = 100): string {
  return (params.get(key) ?? '').trim().slice(0, max);
}

function day(params: URLSearchParams, key: string): string | null {
  const v = params.get(key);
  return v && isIsoDay(v) ? v : null;
}

export function parseAuditParams(params: URLSearchParams): AuditState {
  const action = text(params, KEYS.action);
  const outcome = params.get(KEYS.outcome);
  const customer = text(params, KEYS.customerId);
  const phone = text(params, KEYS.customerPhone, 30);
  const targetType = text(params, KEYS.targetType);
  let from = day(params, KEYS.from);
  let to = day(params, KEYS.to);
  if (from && to && from > to) [from, to] = [to, from];
  return {
    actorName: text(params, KEYS.actorName, 64),
    action: ACTION_RE.test(action) ? action : '',
    outcome: isOneOf(OUTCOMES, outcome) ? outcome : null,
    customerId: /^\d+$/.test(customer) ? customer : '',
    customerPhone: PHONE_RE.test(phone) ? phone : '',
    targetType: /^[a-z_]+$/.test(targetType) ? targetType : '',
    targetId: text(params, KEYS.targetId),
    from,
    to,
  };
}

/** The state as query parameters, empty ones left out. */
export function toAuditParams(state: AuditState): URLSearchParams {
  const out = new URLSearchParams();
  const set = (key: string, v: string | null) => {
    const s = (v ?? '').trim();
    if (s) out.set(key, s);
  };
  set(KEYS.actorName, state.actorName);
  set(KEYS.action, state.action);
  set(KEYS.outcome, state.outcome);
  set(KEYS.customerId, state.customerId);
  set(KEYS.customerPhone, state.customerPhone);
  set(KEYS.targetType, state.targetType);
  set(KEYS.targetId, state.targetId);
  set(KEYS.from, state.from);
  set(KEYS.to, state.to);
  return out;
}

/** The API filter (also what an export sends). */
export function toAuditFilter(state: AuditState): AuditLogFilter {
  const f: AuditLogFilter = {};
  if (state.actorName.trim()) f.actorName = state.actorName.trim();
  if (state.action) f.action = state.action;
  if (state.outcome) f.outcome = state.outcome;
  if (state.customerId) f.customerId = state.customerId;
  if (state.customerPhone.trim()) f.customerPhone = state.customerPhone.trim();
  if (state.targetType) f.targetType = state.targetType;
  if (state.targetId.trim()) f.targetId = state.targetId.trim();
  const from = state.from ? shanghaiDayStart(state.from) : null;
  const to = state.to ? shanghaiDayStart(dayjs.tz(state.to, DISPLAY_TZ).add(1, 'day').format(DATE_FORMAT)) : null;
  if (from) f.from = from;
  if (to) f.to = to;
  return f;
}

export function activeAuditFilters(state: AuditState): number {
  return Object.keys(toAuditFilter(state)).length;
}

/** The record's `detail` as indented JSON for reading. */
export function prettyJson(value: unknown): string {
  if (value === undefined) return '';
  try {
    return JSON.stringify(value, null, 2) ?? '';
  } catch {
    return typeof value === 'string' ? value : '';
  }
}

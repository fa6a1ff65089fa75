/** Erasure requests and retention rules as the server sends them, for the unit tests. */
import type { fakeGraphQL } from '../../test/fakeServer';

export const SUPERVISOR = { id: '4', username: 'supervisor', displayName: '陈主管' };
export const AUDITOR = { id: '9', username: 'auditor', displayName: '王审计' };
export const AUDITOR_PERMISSIONS = ['audit.read', 'customer.erase.request', 'customer.erase', 'retention.manage'];

export const erasure = (over: Record<string, unknown> = {}) => ({
  id: '12',
  customerId: '345',
  status: 'PENDING',
  reason: '客户来电要求删除其个人信息',
  requestedBy: SUPERVISOR,
  requestedAt: '2026-12-07T02:04:00Z',
  decidedBy: null,
  decidedAt: null,
  decisionReason: null,
  complaintsScrubbed: null,
  ...over,
});

export const erasurePage = (nodes: unknown[], endCursor: string | null = null) => ({
  data: { customerErasures: { pageInfo: { hasNextPage: endCursor !== null, endCursor }, nodes } },
});

export interface RetentionRuleFixture {
  recordClass: string;
  days: number;
  minDays: number;
  version: number;
  updatedAt: string | null;
  updatedBy: { id: string; displayName: string } | null;
}

export const RETENTION_RULES: RetentionRuleFixture[] = [
  // the server's order need not be the console's
  { recordClass: 'NOTIFICATION', days: 90, minDays: 7, version: 1, updatedAt: null, updatedBy: null },
  {
    recordClass: 'CUSTOMER',
    days: 1095,
    minDays: 365,
    version: 3,
    updatedAt: '2026-12-06T08:00:00Z',
    updatedBy: { id: '9', displayName: '王审计' },
  },
  { recordClass: 'SEARCH_LOG', days: 180, minDays: 7, version: 1, updatedAt: null, updatedBy: null },
];

/** The operations the fake server was asked for, in order. */
export const operations = (fetch: ReturnType<typeof fakeGraphQL>) =>
  fetch.mock.calls.map(
    (c) => JSON.parse(c[1]?.body as string) as { operationName: string; variables: Record<string, unknown> },
  );

/**
 * The intake form's values and their translation to `CreateComplaintInput`
 * (pure, tested): text trimmed, empty optional fields left out, yuan → fen,
 * calendar days as `YYYY-MM-DD`, the time of the incident as an instant.
 */
import type { Dayjs } from 'dayjs';
import type { Channel, ComplaintStatus, CreateComplaintInput, Priority } from '../../gql/graphql';
import { FINISHED_STATUSES } from '../../lib/enums';
import { yuanToCents } from '../../lib/money';

export interface IntakeValues {
  customerPhone: string;
  customerName: string;
  channel: Channel;
  categoryId?: string | null;
  priority: Priority;
  title?: string;
  description: string;
  announcementId?: string | null;
  // 更多信息
  occurredAt?: Dayjs | null;
  occurredPlace?: string;
  productModel?: string;
  productBatch?: string;
  orderNumber?: string;
  purchasedOn?: Dayjs | null;
  shippedOn?: Dayjs | null;
  arrivedOn?: Dayjs | null;
  amountDisputedYuan?: number | string | null;
  refundRequestedYuan?: number | string | null;
  customerIdCard?: string;
  customerEmail?: string;
  isMajor?: boolean;
}

export const INTAKE_DEFAULTS: Pick<IntakeValues, 'channel' | 'priority'> = {
  channel: 'HOTLINE',
  priority: 'NORMAL',
};

/** Text, or undefined when blank. */
function text(v: string | null | undefined): string | undefined {
  const t = v?.trim();
  return t ? t : undefined;
}

function day(v: Dayjs | null | undefined): string | undefined {
  return v && v.isValid() ? v.format('YYYY-MM-DD') : undefined;
}

function cents(v: number | string | null | undefined): number | undefined {
  return yuanToCents(v) ?? undefined;
}

export function toCreateInput(
  values: IntakeValues,
  usedKbArticleId: string | null,
  kbSearchId: string | null = null,
): CreateComplaintInput {
  if (!values.categoryId) throw new Error('categoryId is required');
  const input: CreateComplaintInput = {
    customerPhone: normalizePhone(values.customerPhone),
    customerName: values.customerName.trim(),
    channel: values.channel,
    categoryId: values.categoryId,
    priority: values.priority,
    title: text(values.title),
    description: values.description.trim(),
    announcementId: values.announcementId ?? undefined,
    usedKbArticleId: usedKbArticleId ?? undefined,
    // the search the article was picked from: only with the article
    kbSearchId: usedKbArticleId && kbSearchId ? kbSearchId : undefined,
    occurredAt: values.occurredAt && values.occurredAt.isValid() ? values.occurredAt.toISOString() : undefined,
    occurredPlace: text(values.occurredPlace),
    productModel: text(values.productModel),
    productBatch: text(values.productBatch),
    orderNumber: text(values.orderNumber),
    purchasedOn: day(values.purchasedOn),
    shippedOn: day(values.shippedOn),
    arrivedOn: day(values.arrivedOn),
    amountDisputedCents: cents(values.amountDisputedYuan),
    refundRequestedCents: cents(values.refundRequestedYuan),
    customerIdCard: text(values.customerIdCard),
    customerEmail: text(values.customerEmail),
    isMajor: values.isMajor ? true : undefined,
  };
  // leave absent fields out of the request entirely
  for (const k of Object.keys(input) as Array<keyof CreateComplaintInput>) {
    if (input[k] === undefined) delete input[k];
  }
  return input;
}

/** `138-1234 5678` → `13812345678` (the server normalises too; this keys the lookup). */
export function normalizePhone(phone: string | null | undefined): string {
  return (phone ?? '').replace(/[\s\-()（）]/g, '');
}

/** Whether a phone is complete enough to look up: 7–20 digits, optionally with a leading +. */
export function isLookupPhone(phone: string | null | undefined): boolean {
  return /^\+?\d{7,20}$/.test(normalizePhone(phone));
}

/**
 * Whether a typed phone is a complete number, so it can be looked up while
 * the agent is still in the field: a mainland mobile (11 digits from 13–19),
 * a landline with its area code (0 + 9–11 digits), or an international
 * number (+ and 8–15 digits). Partial numbers are never sent (each lookup
 * is audited); blur/Enter still look up anything `isLookupPhone` accepts.
 */
export function isCompletePhone(phone: string | null | undefined): boolean {
  const p = normalizePhone(phone);
  return /^1[3-9]\d{9}$/.test(p) || /^0\d{9,11}$/.test(p) || /^\+\d{8,15}$/.test(p);
}

/** Open complaints first, then newest first (each group keeps the server's order otherwise). */
export function historyOrder<T extends { status: ComplaintStatus; createdAt: string }>(rows: readonly T[]): T[] {
  const open = rows.filter((r) => !FINISHED_STATUSES.includes(r.status));
  const done = rows.filter((r) => FINISHED_STATUSES.includes(r.status));
  const newest = (a: T, b: T) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0);
  return [...open.sort(newest), ...done.sort(newest)];
}

/** The text the side panel searches with: title and description, or null when too short to mean anything. */
export function liveSearchText(
  title: string | null | undefined,
  description: string | null | undefined,
): string | null {
  const t = [title?.trim(), description?.trim()].filter(Boolean).join(' ');
  return Array.from(t).length >= 2 ? t.slice(0, 500) : null;
}

export interface AnnouncementLike {
  id: string;
  category?: { id: string; parentId?: string | null } | null;
}

/**
 * Announcements that apply to the chosen category: about that category, its
 * parent (an announcement on 计费争议 covers 错误扣费), one of its children,
 * or without a category (everything).
 */
export function matchingAnnouncements<A extends AnnouncementLike>(
  announcements: readonly A[],
  categoryId: string | null | undefined,
  parentOf: (id: string) => string | null | undefined,
): A[] {
  if (!categoryId) return [];
  const parent = parentOf(categoryId);
  return announcements.filter((a) => {
    const c = a.category;
    if (!c) return true;
    return c.id === categoryId || c.id === parent || c.parentId === categoryId;
  });
}

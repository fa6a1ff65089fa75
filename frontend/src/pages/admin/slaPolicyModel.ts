/**
 * 时限标准: the policies as the admin table lists them (the default first,
 * then by category and priority), their scope in words, and the edit form ↔
 * `saveSlaPolicy`'s input.
 */
import type { Priority, SaveSlaPolicyInput, TargetUnit } from '../../gql/graphql';
import type { TFunction } from '../../i18n';
import { PRIORITIES, priorityLabel } from '../../lib/enums';
import { MAX_TARGET_VALUE } from '../../lib/sla';

export const TARGET_FIELDS = ['firstResponse', 'resolution', 'escalation', 'investigation', 'callback'] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];

export interface Target {
  value: number;
  unit: TargetUnit;
}

export type PolicyRow = {
  id: string;
  categoryId?: string | null;
  priority?: Priority | null;
  version: number;
  updatedAt: string;
} & Record<TargetField, Target>;

export type PolicyFormValues = {
  categoryId: string | null;
  priority: Priority | null;
} & Record<TargetField, { value: number | null; unit: TargetUnit }>;

/** The defaults of DOMAIN.md, offered for a new policy. */
export const NEW_POLICY_TARGETS: Record<TargetField, Target> = {
  firstResponse: { value: 24, unit: 'HOURS' },
  resolution: { value: 3, unit: 'WORKING_DAYS' },
  escalation: { value: 1, unit: 'WORKING_HOURS' },
  investigation: { value: 12, unit: 'WORKING_HOURS' },
  callback: { value: 1, unit: 'WORKING_DAYS' },
};

export interface CategoryName {
  id: string;
  name: string;
  parentId?: string | null;
}

/** `家电 / 冰箱`, or the id when the category is unknown. */
export function categoryName(categories: readonly CategoryName[], id: string): string {
  const c = categories.find((x) => x.id === id);
  if (!c) return `#${id}`;
  const parent = c.parentId ? categories.find((x) => x.id === c.parentId) : undefined;
  return parent ? `${parent.name} / ${c.name}` : c.name;
}

/** The category and priority a policy covers, `全部` for any. */
export function policyScope(
  t: TFunction,
  p: { categoryId?: string | null; priority?: Priority | null },
  categories: readonly CategoryName[],
): { category: string; priority: string } {
  return {
    category: p.categoryId ? categoryName(categories, p.categoryId) : t('admin.sla.any'),
    priority: p.priority ? priorityLabel(t, p.priority) : t('admin.sla.any'),
  };
}

/** Default (any, any) first, then category-wide before per-category-priority, by category then urgency. */
export function sortPolicies<P extends { categoryId?: string | null; priority?: Priority | null }>(
  rows: readonly P[],
): P[] {
  const prio = (p: Priority | null | undefined) => (p ? PRIORITIES.indexOf(p) : -1);
  return [...rows].sort((a, b) => {
    const ca = a.categoryId ? Number(a.categoryId) : -1;
    const cb = b.categoryId ? Number(b.categoryId) : -1;
    return ca - cb || prio(a.priority) - prio(b.priority);
  });
}

/** A target value the server accepts: a whole number from 1 to 8760. */
export function isValidTargetValue(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_TARGET_VALUE;
}

export function toFormValues(p: PolicyRow | null): PolicyFormValues {
  const targets = (f: TargetField) => ({ ...(p ? p[f] : NEW_POLICY_TARGETS[f]) });
  return {
    categoryId: p?.categoryId ?? null,
    priority: p?.priority ?? null,
    firstResponse: targets('firstResponse'),
    resolution: targets('resolution'),
    escalation: targets('escalation'),
    investigation: targets('investigation'),
    callback: targets('callback'),
  };
}

/** The save input: a new policy (no id) or a replacement of `p` at the version it was read. */
export function toSaveInput(p: PolicyRow | null, v: PolicyFormValues): SaveSlaPolicyInput {
  const target = (f: TargetField) => ({ value: Number(v[f].value), unit: v[f].unit });
  return {
    ...(p ? { id: p.id, expectedVersion: p.version } : {}),
    categoryId: v.categoryId ?? null,
    priority: v.priority ?? null,
    firstResponse: target('firstResponse'),
    resolution: target('resolution'),
    escalation: target('escalation'),
    investigation: target('investigation'),
    callback: target('callback'),
  };
}

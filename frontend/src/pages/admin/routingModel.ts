/**
 * 分派规则: a rule's conditions in words, the edit form ↔ `saveRoutingRule`'s
 * input (amounts typed in yuan, sent in fen), the order after a move, and
 * the dry run's form ↔ input and its decision as the panel shows it.
 */
import type {
  AssignMode,
  Channel,
  Priority,
  RouteDryRunInput,
  RouteDryRunQuery,
  RoutingMiss,
  RoutingRuleFieldsFragment,
  SaveRoutingRuleInput,
} from '../../gql/graphql';
import type { TFunction } from '../../i18n';
import { categoryPath } from '../../data/categories';
import { CHANNELS, PRIORITIES, channelLabel, priorityLabel, routingMissLabel } from '../../lib/enums';
import { centsToYuan, formatCents, yuanToCents } from '../../lib/money';
import { buildAdminCategoryTree, type AdminCategoryRow, type CategoryNode } from './categoryModel';

export type RuleRow = RoutingRuleFieldsFragment;
export type RuleConditions = RuleRow['conditions'];

/** GraphQL `Int` is 32-bit: the largest amount the API carries, in fen. */
export const MAX_CENTS = 2_147_483_647;
/** The server's limit on a rule's name, in characters. */
export const MAX_RULE_NAME = 100;
/** The server's limit on a product-model pattern, in characters. */
export const MAX_PATTERN = 64;

// ---- conditions in words ----

/**
 * One phrase per condition the rule sets (categories, channels, priorities,
 * model, amount, repeat caller, major), in that order; empty for a rule that
 * catches every complaint.
 */
export function conditionParts(t: TFunction, c: RuleConditions): string[] {
  const sep = t('admin.routing.listSep');
  const out: string[] = [];
  if (c.categories.length > 0) {
    out.push(t('admin.routing.cond.categories', { list: c.categories.map((x) => categoryPath(x)).join(sep) }));
  }
  if (c.channels.length > 0) {
    const list = sortBy(c.channels, CHANNELS).map((x) => channelLabel(t, x));
    out.push(t('admin.routing.cond.channels', { list: list.join(sep) }));
  }
  if (c.priorities.length > 0) {
    const list = sortBy(c.priorities, PRIORITIES).map((x) => priorityLabel(t, x));
    out.push(t('admin.routing.cond.priorities', { list: list.join(sep) }));
  }
  if (c.productModel) out.push(t('admin.routing.cond.productModel', { pattern: c.productModel }));
  const amount = amountRange(t, c.amountMinCents, c.amountMaxCents);
  if (amount) out.push(amount);
  if (c.minEarlierComplaints !== null && c.minEarlierComplaints !== undefined) {
    out.push(t('admin.routing.cond.repeat', { count: c.minEarlierComplaints }));
  }
  if (c.major === true) out.push(t('admin.routing.cond.major'));
  if (c.major === false) out.push(t('admin.routing.cond.notMajor'));
  return out;
}

/** The conditions in one line (`任何投诉` when there are none). */
export function conditionsSummary(t: TFunction, c: RuleConditions): string {
  const parts = conditionParts(t, c);
  return parts.length > 0 ? parts.join(' · ') : t('admin.routing.anything');
}

/** `金额 500.00 元 至 2,000.00 元`, `金额 ≥ …`, `金额 ≤ …`, or null without bounds. */
export function amountRange(t: TFunction, min?: number | null, max?: number | null): string | null {
  const has = (v: number | null | undefined): v is number => v !== null && v !== undefined;
  if (has(min) && has(max)) {
    return t('admin.routing.cond.amountBetween', {
      min: formatCents(min, 'suffix', t),
      max: formatCents(max, 'suffix', t),
    });
  }
  if (has(min)) return t('admin.routing.cond.amountMin', { min: formatCents(min, 'suffix', t) });
  if (has(max)) return t('admin.routing.cond.amountMax', { max: formatCents(max, 'suffix', t) });
  return null;
}

function sortBy<T extends string>(values: readonly T[], order: readonly T[]): T[] {
  return [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

// ---- the edit form ----

export type MajorChoice = 'any' | 'yes' | 'no';
export const MAJOR_CHOICES: readonly MajorChoice[] = ['any', 'yes', 'no'];

export interface RuleFormValues {
  name: string;
  active: boolean;
  categoryIds: string[];
  channels: Channel[];
  priorities: Priority[];
  productModel: string;
  /** Yuan as typed; null for no bound. */
  amountMinYuan: number | null;
  amountMaxYuan: number | null;
  minEarlierComplaints: number | null;
  major: MajorChoice;
  teamId: string | null;
  assignMode: AssignMode;
}

export function toRuleFormValues(rule: RuleRow | null): RuleFormValues {
  const c = rule?.conditions;
  return {
    name: rule?.name ?? '',
    active: rule?.active ?? true,
    categoryIds: c?.categories.map((x) => x.id) ?? [],
    channels: c ? [...c.channels] : [],
    priorities: c ? [...c.priorities] : [],
    productModel: c?.productModel ?? '',
    amountMinYuan: centsToYuan(c?.amountMinCents),
    amountMaxYuan: centsToYuan(c?.amountMaxCents),
    minEarlierComplaints: c?.minEarlierComplaints ?? null,
    major: c?.major === true ? 'yes' : c?.major === false ? 'no' : 'any',
    teamId: rule?.team?.id ?? null,
    assignMode: rule?.assignMode ?? 'TEAM_QUEUE',
  };
}

/** An amount the API takes: empty, or 0 or more yuan with at most two decimals, within 32 bits of fen. */
export function isValidYuan(v: unknown): boolean {
  if (v === null || v === undefined || v === '') return true;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return false;
  const cents = v * 100;
  return Math.abs(cents - Math.round(cents)) < 1e-6 && Math.round(cents) <= MAX_CENTS;
}

/** Whether the range is in order (a missing end is always fine). */
export function isAmountOrderOk(min: number | null | undefined, max: number | null | undefined): boolean {
  const lo = yuanToCents(min ?? null);
  const hi = yuanToCents(max ?? null);
  return lo === null || hi === null || lo <= hi;
}

/** The save input: a new rule (no id, tried last), or `rule` replaced at the version it was read. */
export function toSaveRuleInput(rule: RuleRow | null, v: RuleFormValues): SaveRoutingRuleInput {
  const pattern = v.productModel.trim();
  return {
    ...(rule ? { id: rule.id, expectedVersion: rule.version } : {}),
    name: v.name.trim(),
    active: v.active,
    conditions: {
      categoryIds: [...v.categoryIds],
      channels: [...v.channels],
      priorities: [...v.priorities],
      productModel: pattern === '' ? null : pattern,
      amountMinCents: yuanToCents(v.amountMinYuan),
      amountMaxCents: yuanToCents(v.amountMaxYuan),
      minEarlierComplaints: v.minEarlierComplaints ?? null,
      major: v.major === 'any' ? null : v.major === 'yes',
    },
    teamId: v.teamId ?? '',
    assignMode: v.assignMode,
  };
}

/** The same rule with only `active` changed (the table's switch); null when it has lost its team. */
export function toggledRuleInput(rule: RuleRow, active: boolean): SaveRoutingRuleInput | null {
  if (!rule.team) return null;
  return toSaveRuleInput(rule, { ...toRuleFormValues(rule), active });
}

// ---- order ----

/** Every rule id in the new order after moving `id` one place up (-1) or down (+1); null when it cannot move. */
export function moveRule(ids: readonly string[], id: string, delta: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const out = [...ids];
  out[from] = ids[to] ?? id;
  out[to] = id;
  return out;
}

/** The rules in the order they are tried (the server's order, by position then id). */
export function sortRules<R extends { id: string; position: number }>(rules: readonly R[]): R[] {
  return [...rules].sort((a, b) => a.position - b.position || Number(a.id) - Number(b.id));
}

// ---- category picker ----

export interface CategoryTreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children?: CategoryTreeOption[];
}

/**
 * The category tree for a picker: retired categories are marked with
 * `inactiveSuffix` and cannot be newly picked, but stay pickable when
 * already in `keep` (a rule saved before they were retired).
 */
export function categoryTreeOptions(
  rows: readonly AdminCategoryRow[],
  inactiveSuffix: string,
  keep: readonly string[] = [],
): CategoryTreeOption[] {
  const map = (nodes: readonly CategoryNode[]): CategoryTreeOption[] =>
    nodes.map((n) => ({
      value: n.id,
      title: n.active ? n.name : `${n.name}${inactiveSuffix}`,
      ...(n.active || keep.includes(n.id) ? {} : { disabled: true }),
      ...(n.children ? { children: map(n.children) } : {}),
    }));
  return map(buildAdminCategoryTree(rows));
}

// ---- dry run ----

export interface DryRunFormValues {
  categoryId: string | null;
  channel: Channel;
  priority: Priority;
  productModel: string;
  amountYuan: number | null;
  earlierComplaints: number | null;
  isMajor: boolean;
}

export const DRY_RUN_DEFAULTS: DryRunFormValues = {
  categoryId: null,
  channel: 'HOTLINE',
  priority: 'NORMAL',
  productModel: '',
  amountYuan: null,
  earlierComplaints: 0,
  isMajor: false,
};

export function toDryRunInput(v: DryRunFormValues): RouteDryRunInput {
  const model = v.productModel.trim();
  return {
    categoryId: v.categoryId ?? '',
    channel: v.channel,
    priority: v.priority,
    productModel: model === '' ? null : model,
    amountDisputedCents: yuanToCents(v.amountYuan),
    earlierComplaints: v.earlierComplaints ?? 0,
    isMajor: v.isMajor,
  };
}

export interface DryRunTried {
  ruleId: string;
  ruleName: string;
  misses: RoutingMiss[];
  /** The misses in words, in the server's order. */
  missLabels: string[];
}

/** The decision as the panel shows it. */
export interface DryRunView {
  fired: boolean;
  /** The rule that fires, or `未命中任何规则`. */
  rule: string;
  position: number | null;
  /** The team, or `留在受理班组` when no rule fires. */
  team: string;
  /** Who would get it, or `不指派（进入班组队列）`. */
  assignee: string;
  /** `B角代 …` when the backup stands in for an absent member. */
  insteadOf: string | null;
  summary: string;
  tried: DryRunTried[];
}

export function shapeDryRun(t: TFunction, d: RouteDryRunQuery['routeDryRun']): DryRunView {
  const fired = !!d.rule;
  return {
    fired,
    rule: d.rule?.name ?? t('admin.routing.dry.noRule'),
    position: d.rule?.position ?? null,
    team: d.team?.name ?? (fired ? t('admin.routing.teamGone') : t('admin.routing.dry.stays')),
    assignee: d.assignee?.displayName ?? t('admin.routing.dry.noAssignee'),
    insteadOf: d.insteadOf ? t('admin.routing.dry.insteadOf', { name: d.insteadOf.displayName }) : null,
    summary: d.summary,
    tried: d.tried.map((x) => ({
      ruleId: x.ruleId,
      ruleName: x.ruleName,
      misses: [...x.misses],
      missLabels: x.misses.map((m) => routingMissLabel(t, m)),
    })),
  };
}

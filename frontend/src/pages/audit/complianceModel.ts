/**
 * Pure helpers of the compliance alerts (合规预警): colours, the reading and
 * threshold of an alert in words, the state filter, the rule limits and which
 * input a server error names.
 */
import type { GraphQLErrorItem } from '../../api/errors';
import type { AlertState, ComplianceRuleKind } from '../../gql/graphql';
import type { TFunction } from '../../i18n';
import { ALERT_STATES } from '../../lib/enums';

/** Personal data is magenta on this page; off-hours blue; refusals orange; exports volcano. */
export const RULE_COLOR: Record<ComplianceRuleKind, string> = {
  MASS_ACCESS: 'magenta',
  OFF_HOURS: 'geekblue',
  REPEATED_DENIALS: 'orange',
  LARGE_EXPORT: 'volcano',
};

/** Open is red, acknowledged (still holding) gold, cleared grey. */
export const STATE_COLOR: Record<AlertState, string> = {
  RAISED: 'error',
  ACKNOWLEDGED: 'gold',
  CLEARED: 'default',
};

/** What the card shows first: the alerts that still hold. */
export const OPEN_STATES: readonly AlertState[] = ['RAISED', 'ACKNOWLEDGED'];

/** The ticked states in their natural order; none ticked means every state (no filter). */
export function stateFilter(ticked: readonly AlertState[]): AlertState[] | null {
  const states = ALERT_STATES.filter((s) => ticked.includes(s));
  return states.length === 0 || states.length === ALERT_STATES.length ? null : states;
}

/** `5000` → `5,000` (both languages group by thousands). */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

interface Reading {
  rule: ComplianceRuleKind;
  value: number;
  threshold: number;
  windowMinutes: number;
}

const vars = (r: Omit<Reading, 'value'> & { value?: number }) => ({
  value: formatCount(r.value ?? 0),
  threshold: formatCount(r.threshold),
  window: formatCount(r.windowMinutes),
});

/** The latest reading: `35 位客户 / 10 分钟`, `导出 5,000 行`, `非工作时间 3 次`, `被拒 12 次`. */
export function readingText(t: TFunction, r: Reading): string {
  return t(`compliance.reading.${r.rule}`, vars(r));
}

/** The threshold it was compared with: `阈值：超过 20 位 / 10 分钟`. */
export function thresholdText(t: TFunction, r: Omit<Reading, 'value'>): string {
  return t(`compliance.threshold.${r.rule}`, vars(r));
}

/** What the rule means, with its current threshold and window. */
export function ruleHelpText(t: TFunction, r: Omit<Reading, 'value'>): string {
  return t(`compliance.ruleHelp.${r.rule}`, vars(r));
}

/** The server's limits (the inputs enforce them too). */
export const RULE_LIMITS = {
  threshold: { min: 1, max: 1_000_000 },
  windowMinutes: { min: 1, max: 1440 },
} as const;

export type RuleField = keyof typeof RULE_LIMITS;

/** The rule input an error names (`threshold`, `input.windowMinutes`…), if any. */
export function ruleField(item: Pick<GraphQLErrorItem, 'field'>): RuleField | undefined {
  const last = item.field?.split('.').pop();
  return last === 'threshold' || last === 'windowMinutes' ? last : undefined;
}

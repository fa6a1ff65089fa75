/**
 * Pure helpers of the alerts page: colours, readings against thresholds, and
 * the rule form's unit conversion (rates are fractions on the wire, percents
 * on screen; a surge threshold is a count).
 */
import type { AlertLevel, AlertRuleKind } from '../../gql/graphql';

export const LEVEL_COLOR: Record<AlertLevel, string> = {
  YELLOW: 'gold',
  ORANGE: 'orange',
  RED: 'red',
};

/** Yellow fires below its threshold, the others above it. */
export function comparator(kind: AlertRuleKind): '<' | '>' {
  return kind === 'RESPONSE_TIMELINESS' ? '<' : '>';
}

export function isRate(kind: AlertRuleKind): boolean {
  return kind !== 'CATEGORY_SURGE';
}

/** A fraction as a percent with at most one decimal, e.g. 0.8333 → "83.3%". */
export function percent(fraction: number): string {
  const p = Math.round(fraction * 1000) / 10;
  return `${p}%`;
}

/** The reading and threshold as shown, in the alert's unit. */
export function reading(kind: AlertRuleKind, value: number, threshold: number): { value: string; threshold: string } {
  if (isRate(kind)) return { value: percent(value), threshold: percent(threshold) };
  return { value: String(Math.round(value)), threshold: String(Math.round(threshold)) };
}

/** The rule form's threshold for a rule: a percent for rates, the count for a surge. */
export function thresholdToForm(kind: AlertRuleKind, threshold: number): number {
  return isRate(kind) ? Math.round(threshold * 10000) / 100 : threshold;
}

/** The threshold to send for what the form holds. */
export function thresholdFromForm(kind: AlertRuleKind, shown: number): number {
  return isRate(kind) ? Math.round(shown * 100) / 10000 : Math.round(shown);
}

/** Category path as "parent › child". */
export function categoryPath(c: { name: string; parent?: { name: string } | null } | null | undefined): string {
  if (!c) return '';
  return c.parent ? `${c.parent.name} › ${c.name}` : c.name;
}

/**
 * The audit chain's codes (see `AuditChainStatus` in the schema) → what the
 * 审计链 card shows: the verdict's tag colour and label, a checkpoint's
 * reason, a problem's message, who ran a check, a key id shortened. A code
 * the console does not know gets no label key (the card shows the code).
 */
import { isOneOf } from '../../lib/enums';
import type { MessageKey } from '../../i18n';

/** valid: intact and attested to its end; unanchored: intact, newest records not yet attested; broken. */
export const CHAIN_VERDICTS = ['valid', 'unanchored', 'broken'] as const;
export type ChainVerdict = (typeof CHAIN_VERDICTS)[number];

/** Why a checkpoint was signed. */
export const CHECKPOINT_REASONS = ['count', 'hourly', 'shutdown', 'seed', 'manual'] as const;

/** What a broken chain's first problem is (`problemCode`). */
export const CHAIN_PROBLEMS = [
  'ALTERED',
  'BROKEN_LINK',
  'GAP',
  'UNSEALED',
  'BAD_SIGNATURE',
  'CHECKPOINT_MISMATCH',
  'TRUNCATED',
] as const;

/** The name the server records for the daily verification. */
export const SCHEDULER_NAME = 'scheduler';

const VERDICT_COLORS: Record<ChainVerdict, string> = { valid: 'success', unanchored: 'warning', broken: 'error' };

/** green / orange / red; grey for a verdict the console does not know. */
export function verdictColor(verdict: string): string {
  return isOneOf(CHAIN_VERDICTS, verdict) ? VERDICT_COLORS[verdict] : 'default';
}

export function verdictKey(verdict: string): MessageKey | null {
  return isOneOf(CHAIN_VERDICTS, verdict) ? `audit.chain.verdict.${verdict}` : null;
}

export function checkpointReasonKey(reason: string): MessageKey | null {
  return isOneOf(CHECKPOINT_REASONS, reason) ? `audit.chain.reason.${reason}` : null;
}

export function problemKey(code: string | null | undefined): MessageKey | null {
  return isOneOf(CHAIN_PROBLEMS, code) ? `audit.chain.problem.${code}` : null;
}

/** Whether the check was the daily run rather than a person. */
export function isScheduler(byName: string): boolean {
  return byName === SCHEDULER_NAME;
}

/** The first `keep` digits of a key id and an ellipsis (ids are 16 hex digits). */
export function shortKeyId(id: string, keep = 8): string {
  return id.length > keep + 1 ? `${id.slice(0, keep)}…` : id;
}

export function verdictHelpKey(verdict: string): MessageKey | null {
  return isOneOf(CHAIN_VERDICTS, verdict) ? `audit.chain.verdictHelp.${verdict}` : null;
}

/** Of the stored last verification and the one just run here, the later (either may be missing). */
export function latestVerification<T extends { at: string }>(
  a: T | null | undefined,
  b: T | null | undefined,
): T | null {
  if (!a || !b) return a ?? b ?? null;
  return Date.parse(b.at) > Date.parse(a.at) ? b : a;
}

/**
 * The one place that turns a failure into words for the user: by
 * `extensions.reason` when the server sent one, else by `extensions.code`.
 * The server's own (English) message is never shown.
 */
import type { MessageKey, TFunction } from '../i18n';
import { errorsZhCN } from '../i18n/sections/errors';
import {
  describeError,
  GraphQLRequestError,
  type ErrorCode,
  type ErrorReason,
  type GraphQLErrorItem,
} from './errors';

/** The localized name of an input field as `extensions.field` names it, or undefined when unknown. */
export function fieldLabel(t: TFunction, field: string | undefined): string | undefined {
  if (!field) return undefined;
  // `input.customerPhone`, `article.title` → the last segment
  const last = field.split('.').pop() ?? field;
  const key = `field.${last}`;
  return Object.hasOwn(errorsZhCN, key) ? t(key as MessageKey) : undefined;
}

/** Per-screen wording for a code that came without a reason (e.g. the login page's UNAUTHENTICATED). */
export type CodeFallbacks = Partial<Record<ErrorCode, MessageKey>>;

/**
 * Per-screen wording for a reason whose shared message is too general there
 * (e.g. SELF_REVIEW on the erasure requests: 不能审批自己提交的申请).
 */
export type ReasonWording = Partial<Record<ErrorReason, MessageKey>>;

export interface ErrorMessageOptions {
  fallback?: CodeFallbacks;
  reasons?: ReasonWording;
}

/** The message for one error item. */
export function errorItemMessage(
  item: Pick<GraphQLErrorItem, 'code' | 'reason' | 'field'>,
  t: TFunction,
  opts: ErrorMessageOptions = {},
): string {
  const own = item.reason ? opts.reasons?.[item.reason] : undefined;
  if (own) return t(own);
  const field = fieldLabel(t, item.field);
  if (item.reason === 'INVALID_INPUT' && field) return t('error.reason.INVALID_INPUT.field', { field });
  if (item.reason === 'ALREADY_EXISTS' && field) return t('error.reason.ALREADY_EXISTS.field', { field });
  if (item.reason) return t(`error.reason.${item.reason}` as const);
  // no reason (an older server): a named field still helps
  if (item.code === 'BAD_USER_INPUT' && field) return t('error.reason.INVALID_INPUT.field', { field });
  const byCode = opts.fallback?.[item.code];
  return t(byCode ?? (`error.fallback.${item.code}` as const));
}

/** Every distinct message of a failure, in order. */
export function errorMessages(err: unknown, t: TFunction, opts?: ErrorMessageOptions): string[] {
  const { items } = describeError(err);
  return [...new Set(items.map((i) => errorItemMessage(i, t, opts)))];
}

/** What to tell the user about any thrown value, in the current language. */
export function errorMessage(err: unknown, t: TFunction, opts?: ErrorMessageOptions): string {
  return errorMessages(err, t, opts).join(' ');
}

/**
 * The heading for a failure: the kind by code, except CONFLICT, whose two
 * reasons mean different things (someone else changed the record, or the
 * name is taken).
 */
export function errorTitle(err: unknown, t: TFunction): string {
  const { code } = describeError(err);
  const reason = err instanceof GraphQLRequestError ? err.reason : undefined;
  if (reason === 'STALE_VERSION') return t('error.title.STALE_VERSION');
  if (reason === 'ALREADY_EXISTS') return t('error.title.ALREADY_EXISTS');
  return codeTitle(code, t);
}

export function codeTitle(code: ErrorCode, t: TFunction): string {
  return t(`error.${code}` as const);
}

/**
 * Errors from the GraphQL endpoint. The server's codes are a closed set
 * (`extensions.code`); the client adds NETWORK (no answer) and BAD_RESPONSE
 * (an answer that is not a GraphQL response).
 */

export const SERVER_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'INTERNAL',
] as const;
export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];
export type ClientErrorCode = 'NETWORK' | 'BAD_RESPONSE' | 'UNKNOWN';
export type ErrorCode = ServerErrorCode | ClientErrorCode;

/**
 * The stable, machine-readable `extensions.reason` codes (the contract
 * between server and console). The console picks its message by reason,
 * falling back to the code; it never shows the server's English text.
 */
export const ERROR_REASONS = [
  'AUTH_REQUIRED',
  'BAD_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'MISSING_PERMISSION',
  'OUT_OF_SCOPE',
  'SELF_REVIEW',
  'STEP_NOT_ALLOWED',
  'APPROVAL_REQUIRED',
  'NOT_FOUND',
  'INVALID_INPUT',
  'ILLEGAL_TRANSITION',
  'NOT_TEAM_MEMBER',
  'UNSUPPORTED_FILE_TYPE',
  'FILE_TOO_LARGE',
  'WEAK_PASSWORD',
  'WRONG_PASSWORD',
  'CATEGORY_INACTIVE',
  'TEAM_HAS_OPEN_COMPLAINTS',
  'ANNOUNCEMENT_ENDED',
  'SHIFTS_OVERLAP',
  'NO_WORKING_WEEKDAY',
  'HOLIDAY_FILE_INVALID',
  'MAKEUP_NOT_WEEKEND',
  'CLOCK_NOT_RUNNING',
  'CLOCK_NOT_PAUSED',
  'STALE_VERSION',
  'ALREADY_EXISTS',
  'ALREADY_DECIDED',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

export interface GraphQLErrorItem {
  /** The server's message, verbatim (for logs; the console shows its own text, see `errorMessage`). */
  message: string;
  code: ErrorCode;
  /** `extensions.reason`, when the server sent a known one. */
  reason?: ErrorReason;
  /** `extensions.field`: the offending input field, e.g. `username`. */
  field?: string;
  path?: ReadonlyArray<string | number>;
}

/** Thrown by `gqlRequest` for any failed request; carries every error item. */
export class GraphQLRequestError extends Error {
  readonly errors: readonly GraphQLErrorItem[];
  /** HTTP status, when the server answered. */
  readonly status: number | undefined;
  /** The server's `x-request-id`, to quote to support. */
  readonly requestId: string | undefined;
  /** Partial data returned next to the errors, if any. */
  readonly data: unknown;

  constructor(
    errors: readonly GraphQLErrorItem[],
    opts: { status?: number; requestId?: string; data?: unknown; cause?: unknown } = {},
  ) {
    const list = errors.length > 0 ? errors : [{ message: 'request failed', code: 'UNKNOWN' as const }];
    super(list.map((e) => e.message).join('; '), opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'GraphQLRequestError';
    this.errors = list;
    this.status = opts.status;
    this.requestId = opts.requestId;
    this.data = opts.data;
  }

  /** The code of the first error. */
  get code(): ErrorCode {
    return this.errors[0]?.code ?? 'UNKNOWN';
  }

  hasCode(code: ErrorCode): boolean {
    return this.errors.some((e) => e.code === code);
  }

  /** The reason of the first error, when the server sent one. */
  get reason(): ErrorReason | undefined {
    return this.errors[0]?.reason;
  }

  hasReason(reason: ErrorReason): boolean {
    return this.errors.some((e) => e.reason === reason);
  }
}

export function isErrorReason(v: unknown): v is ErrorReason {
  return typeof v === 'string' && (ERROR_REASONS as readonly string[]).includes(v);
}

export function isServerErrorCode(v: unknown): v is ServerErrorCode {
  return typeof v === 'string' && (SERVER_ERROR_CODES as readonly string[]).includes(v);
}

/** Turns one raw GraphQL error object into an item; unknown codes become UNKNOWN. */
export function toErrorItem(raw: unknown): GraphQLErrorItem {
  if (typeof raw !== 'object' || raw === null) {
    return { message: String(raw), code: 'UNKNOWN' };
  }
  const r = raw as {
    message?: unknown;
    path?: unknown;
    extensions?: { code?: unknown; reason?: unknown; field?: unknown };
  };
  const message = typeof r.message === 'string' && r.message !== '' ? r.message : 'unknown error';
  const code = isServerErrorCode(r.extensions?.code) ? r.extensions.code : 'UNKNOWN';
  const item: GraphQLErrorItem = { message, code };
  if (isErrorReason(r.extensions?.reason)) item.reason = r.extensions.reason;
  if (typeof r.extensions?.field === 'string' && r.extensions.field !== '') item.field = r.extensions.field;
  if (Array.isArray(r.path)) item.path = r.path as Array<string | number>;
  return item;
}

/** Whether `err` is a request error with the given code. */
export function hasErrorCode(err: unknown, code: ErrorCode): boolean {
  return err instanceof GraphQLRequestError && err.hasCode(code);
}

/** Whether `err` is a request error with the given reason. */
export function hasErrorReason(err: unknown, reason: ErrorReason): boolean {
  return err instanceof GraphQLRequestError && err.hasReason(reason);
}

/**
 * Whether someone else changed the record since it was read: STALE_VERSION,
 * or a CONFLICT without a reason (older servers only sent the code) that is
 * not ALREADY_EXISTS.
 */
export function isStaleVersion(err: unknown): boolean {
  if (!(err instanceof GraphQLRequestError)) return false;
  return err.errors.some((e) => e.reason === 'STALE_VERSION' || (e.code === 'CONFLICT' && e.reason === undefined));
}

export interface ErrorDescription {
  /** The code that names the whole failure (the first error's). */
  code: ErrorCode;
  items: readonly GraphQLErrorItem[];
  requestId: string | undefined;
}

/** The raw parts of any thrown value (codes, reasons, request id); render them with `errorMessage`. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof GraphQLRequestError) {
    return { code: error.code, items: error.errors, requestId: error.requestId };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'UNKNOWN', items: [{ message, code: 'UNKNOWN' }], requestId: undefined };
}

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
  'INTERNAL',
] as const;
export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];
export type ClientErrorCode = 'NETWORK' | 'BAD_RESPONSE' | 'UNKNOWN';
export type ErrorCode = ServerErrorCode | ClientErrorCode;

export interface GraphQLErrorItem {
  /** The server's message, verbatim. */
  message: string;
  code: ErrorCode;
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
}

export function isServerErrorCode(v: unknown): v is ServerErrorCode {
  return typeof v === 'string' && (SERVER_ERROR_CODES as readonly string[]).includes(v);
}

/** Turns one raw GraphQL error object into an item; unknown codes become UNKNOWN. */
export function toErrorItem(raw: unknown): GraphQLErrorItem {
  if (typeof raw !== 'object' || raw === null) {
    return { message: String(raw), code: 'UNKNOWN' };
  }
  const r = raw as { message?: unknown; path?: unknown; extensions?: { code?: unknown } };
  const message = typeof r.message === 'string' && r.message !== '' ? r.message : 'unknown error';
  const code = isServerErrorCode(r.extensions?.code) ? r.extensions.code : 'UNKNOWN';
  const item: GraphQLErrorItem = { message, code };
  if (Array.isArray(r.path)) item.path = r.path as Array<string | number>;
  return item;
}

/** Whether `err` is a request error with the given code. */
export function hasErrorCode(err: unknown, code: ErrorCode): boolean {
  return err instanceof GraphQLRequestError && err.hasCode(code);
}

export interface ErrorDescription {
  /** The code that names the whole failure (the first error's). */
  code: ErrorCode;
  items: readonly GraphQLErrorItem[];
  requestId: string | undefined;
}

/** What to show for any thrown value: every server message, verbatim, with its code. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof GraphQLRequestError) {
    return { code: error.code, items: error.errors, requestId: error.requestId };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'UNKNOWN', items: [{ message, code: 'UNKNOWN' }], requestId: undefined };
}

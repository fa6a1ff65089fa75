/**
 * The console's GraphQL client: POST /graphql with the session cookie
 * (same origin; the token is never stored by the console).
 *
 * Every failure throws `GraphQLRequestError`. When any error says
 * UNAUTHENTICATED, the registered handler runs (the auth layer uses it to
 * send the user to the login page), unless the call opts out with
 * `skipAuthHandler` (login itself, the initial session check).
 */
import type { TypedDocumentString } from '../gql/graphql';
import { GraphQLRequestError, toErrorItem } from './errors';

export const GRAPHQL_ENDPOINT = '/graphql';

export interface RequestOptions {
  signal?: AbortSignal;
  /** Do not call the UNAUTHENTICATED handler for this request. */
  skipAuthHandler?: boolean;
}

type UnauthenticatedHandler = (error: GraphQLRequestError) => void;
let onUnauthenticated: UnauthenticatedHandler | null = null;

/** Registers the handler for UNAUTHENTICATED errors; returns an unregister function. */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler | null): () => void {
  onUnauthenticated = handler;
  return () => {
    if (onUnauthenticated === handler) onUnauthenticated = null;
  };
}

/** The operation's name, e.g. `ComplaintQueue`, for cache keys and logs. */
export function operationName(document: { toString(): string }): string {
  const m = /\b(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(document.toString());
  return m?.[1] ?? 'anonymous';
}

export async function gqlRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  try {
    return await send(document, variables, options);
  } catch (err) {
    const error =
      err instanceof GraphQLRequestError
        ? err
        : new GraphQLRequestError([{ message: describe(err), code: 'NETWORK' }], { cause: err });
    if (!options.skipAuthHandler && error.hasCode('UNAUTHENTICATED')) onUnauthenticated?.(error);
    throw error;
  }
}

async function send<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | undefined,
  options: RequestOptions,
): Promise<TResult> {
  return exchange<TResult>(
    {
      headers: { 'content-type': 'application/json', accept: ACCEPT },
      body: JSON.stringify({
        query: document.toString(),
        operationName: operationName(document),
        variables: variables ?? {},
      }),
    },
    options,
  );
}

const ACCEPT = 'application/graphql-response+json, application/json';

/**
 * A GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec)
 * for uploads: `operations` with each file variable set to null, `map` from
 * part name to variable path, then the files. Errors and UNAUTHENTICATED are
 * handled exactly as for `gqlRequest`.
 *
 *   await gqlUpload(UploadDoc, { input: { complaintId, file } }, { 'variables.input.file': file });
 */
export async function gqlUpload<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  files: Readonly<Record<string, Blob>>,
  options: RequestOptions = {},
): Promise<TResult> {
  const body = buildMultipartBody(document, variables, files);
  try {
    // no content-type: the browser sets multipart/form-data with its boundary;
    // the server takes multipart only with a header no cross-site form can send
    return await exchange<TResult>(
      { headers: { accept: ACCEPT, 'graphql-require-preflight': '1' }, body },
      options,
    );
  } catch (err) {
    const error =
      err instanceof GraphQLRequestError
        ? err
        : new GraphQLRequestError([{ message: describe(err), code: 'NETWORK' }], { cause: err });
    if (!options.skipAuthHandler && error.hasCode('UNAUTHENTICATED')) onUnauthenticated?.(error);
    throw error;
  }
}

/** The multipart body of `gqlUpload`; each key of `files` is a path like `variables.input.file`. */
export function buildMultipartBody<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  files: Readonly<Record<string, Blob>>,
): FormData {
  const paths = Object.keys(files);
  // a deep copy (files become {} and are then replaced by null, as the spec wants)
  const vars = JSON.parse(JSON.stringify(variables ?? {})) as Record<string, unknown>;
  for (const path of paths) setPath({ variables: vars }, path, null);
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({ query: document.toString(), operationName: operationName(document), variables: vars }),
  );
  form.append('map', JSON.stringify(Object.fromEntries(paths.map((p, i) => [String(i), [p]]))));
  paths.forEach((p, i) => {
    const file = files[p];
    if (file) form.append(String(i), file, file instanceof File ? file.name : `file${i}`);
  });
  return form;
}

function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = root;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) throw new Error(`no variable at ${path}`);
    node = next as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (last === undefined || !(last in node)) throw new Error(`no variable at ${path}`);
  node[last] = value;
}

async function exchange<TResult>(
  init: { headers: Record<string, string>; body: string | FormData },
  options: RequestOptions,
): Promise<TResult> {
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: 'POST',
    credentials: 'same-origin',
    headers: init.headers,
    body: init.body,
    signal: options.signal,
  });
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const meta = { status: response.status, requestId };

  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw new GraphQLRequestError(
      [{ message: `HTTP ${response.status} ${response.statusText}`.trim(), code: 'BAD_RESPONSE' }],
      { ...meta, cause },
    );
  }
  if (typeof body !== 'object' || body === null) {
    throw new GraphQLRequestError([{ message: `HTTP ${response.status}`, code: 'BAD_RESPONSE' }], meta);
  }
  const { data, errors } = body as { data?: unknown; errors?: unknown };
  if (Array.isArray(errors) && errors.length > 0) {
    throw new GraphQLRequestError(errors.map(toErrorItem), { ...meta, data });
  }
  if (!response.ok || data === undefined || data === null) {
    throw new GraphQLRequestError(
      [{ message: `HTTP ${response.status} ${response.statusText}`.trim(), code: 'BAD_RESPONSE' }],
      meta,
    );
  }
  return data as TResult;
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gqlRequest, operationName, setUnauthenticatedHandler } from './client';
import { GraphQLRequestError, describeError, toErrorItem } from './errors';
import { shouldRetry } from './queryClient';
import { MeQuery } from '../auth/queries';

function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}) {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
}

describe('gqlRequest', () => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setUnauthenticatedHandler(null);
  });

  it('posts the document with the session cookie and returns data', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ data: { me: { permissions: ['kb.read'] } } }));
    const data = await gqlRequest(MeQuery, {});
    expect(data.me.permissions).toEqual(['kb.read']);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    const body = JSON.parse(init?.body as string) as { query: string; operationName: string; variables: unknown };
    expect(body.operationName).toBe('Me');
    expect(body.query).toContain('query Me');
    expect(body.variables).toEqual({});
    expect(new Headers(init?.headers).get('authorization')).toBeNull();
  });

  it('throws every server error with its message and code, plus the request id', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(
        {
          data: null,
          errors: [
            { message: 'missing permission user.manage', path: ['users'], extensions: { code: 'FORBIDDEN' } },
            { message: 'complaint 9 not found', extensions: { code: 'NOT_FOUND' } },
          ],
        },
        { headers: { 'x-request-id': 'req-42' } },
      ),
    );
    const err = await gqlRequest(MeQuery, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphQLRequestError);
    const e = err as GraphQLRequestError;
    expect(e.code).toBe('FORBIDDEN');
    expect(e.errors.map((x) => [x.message, x.code])).toEqual([
      ['missing permission user.manage', 'FORBIDDEN'],
      ['complaint 9 not found', 'NOT_FOUND'],
    ]);
    expect(e.errors[0]?.path).toEqual(['users']);
    expect(e.hasCode('NOT_FOUND')).toBe(true);
    expect(e.hasCode('CONFLICT')).toBe(false);
    expect(e.requestId).toBe('req-42');
    expect(e.message).toBe('missing permission user.manage; complaint 9 not found');
  });

  it('keeps partial data next to the errors', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse({ data: { teams: [] }, errors: [{ message: 'nope', extensions: { code: 'FORBIDDEN' } }] }),
    );
    const e = (await gqlRequest(MeQuery, {}).catch((x: unknown) => x)) as GraphQLRequestError;
    expect(e.data).toEqual({ teams: [] });
  });

  it('maps a code outside the closed set to UNKNOWN, keeping the message', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ errors: [{ message: 'odd', extensions: { code: 'TEAPOT' } }] }));
    const e = (await gqlRequest(MeQuery, {}).catch((x: unknown) => x)) as GraphQLRequestError;
    expect(e.code).toBe('UNKNOWN');
    expect(e.errors[0]?.message).toBe('odd');
  });

  it('reports a non-JSON answer as BAD_RESPONSE with the HTTP status', async () => {
    fetchMock.mockResolvedValue(new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const e = (await gqlRequest(MeQuery, {}).catch((x: unknown) => x)) as GraphQLRequestError;
    expect(e.code).toBe('BAD_RESPONSE');
    expect(e.status).toBe(502);
    expect(e.message).toContain('502');
  });

  it('reports an unreachable server as NETWORK', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const e = (await gqlRequest(MeQuery, {}).catch((x: unknown) => x)) as GraphQLRequestError;
    expect(e).toBeInstanceOf(GraphQLRequestError);
    expect(e.code).toBe('NETWORK');
    expect(e.message).toBe('Failed to fetch');
  });

  it('calls the UNAUTHENTICATED handler, unless the call opts out', async () => {
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    const unauth = () =>
      jsonResponse({ errors: [{ message: 'authentication required', extensions: { code: 'UNAUTHENTICATED' } }] });

    fetchMock.mockResolvedValueOnce(unauth());
    await expect(gqlRequest(MeQuery, {}, { skipAuthHandler: true })).rejects.toThrow('authentication required');
    expect(handler).not.toHaveBeenCalled();

    fetchMock.mockResolvedValueOnce(unauth());
    await expect(gqlRequest(MeQuery, {})).rejects.toThrow('authentication required');
    expect(handler).toHaveBeenCalledTimes(1);

    fetchMock.mockResolvedValueOnce(jsonResponse({ errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] }));
    await expect(gqlRequest(MeQuery, {})).rejects.toThrow('x');
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('unregistering a handler stops it being called', async () => {
    const handler = vi.fn();
    const off = setUnauthenticatedHandler(handler);
    off();
    fetchMock.mockResolvedValue(jsonResponse({ errors: [{ message: 'a', extensions: { code: 'UNAUTHENTICATED' } }] }));
    await expect(gqlRequest(MeQuery, {})).rejects.toBeInstanceOf(GraphQLRequestError);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('error helpers', () => {
  it('names operations', () => {
    expect(operationName('query ComplaintQueue($a: Int) { x }')).toBe('ComplaintQueue');
    expect(operationName('\n  mutation Login($input: LoginInput!) { login }')).toBe('Login');
    expect(operationName('{ me { id } }')).toBe('anonymous');
  });

  it('turns raw errors into items defensively', () => {
    expect(toErrorItem({ message: 'm', extensions: { code: 'CONFLICT' } })).toEqual({ message: 'm', code: 'CONFLICT' });
    expect(toErrorItem({})).toEqual({ message: 'unknown error', code: 'UNKNOWN' });
    expect(toErrorItem('boom')).toEqual({ message: 'boom', code: 'UNKNOWN' });
  });

  it('describes plain errors too', () => {
    expect(describeError(new Error('render failed'))).toEqual({
      code: 'UNKNOWN',
      items: [{ message: 'render failed', code: 'UNKNOWN' }],
      requestId: undefined,
    });
  });

  it('retries only network failures, at most twice', () => {
    const network = new GraphQLRequestError([{ message: 'Failed to fetch', code: 'NETWORK' }]);
    const forbidden = new GraphQLRequestError([{ message: 'no', code: 'FORBIDDEN' }]);
    expect(shouldRetry(0, network)).toBe(true);
    expect(shouldRetry(1, network)).toBe(true);
    expect(shouldRetry(2, network)).toBe(false);
    expect(shouldRetry(0, forbidden)).toBe(false);
    expect(shouldRetry(0, new Error('x'))).toBe(false);
  });
});

/**
 * A stand-in for POST /graphql in unit tests: answers by operation name.
 * (The real server is used by the e2e tests; this only drives components.)
 */
import { vi } from 'vitest';

export type Answer = {
  data?: unknown;
  errors?: Array<{ message: string; extensions: { code: string; reason?: string; field?: string } }>;
};
export type Handler = (variables: Record<string, unknown>) => Answer;

export const ME_AGENT = {
  me: {
    permissions: ['complaint.create', 'complaint.read.own', 'kb.read'],
    user: {
      id: '1',
      username: 'agent',
      displayName: '张晓燕',
      roles: ['agent'],
      team: { id: '5', name: '北京西单营业厅' },
    },
  },
};

export const unauthenticated = (message = 'authentication required'): Answer => ({
  data: null,
  errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }],
});

/** Installs a fetch that dispatches to `handlers[operationName]`; returns the mock. */
export function fakeGraphQL(handlers: Record<string, Handler>) {
  const mock = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    await Promise.resolve();
    const body = JSON.parse(init?.body as string) as { operationName: string; variables: Record<string, unknown> };
    const handler = handlers[body.operationName];
    const answer: Answer = handler
      ? handler(body.variables)
      : { errors: [{ message: `no fake for ${body.operationName}`, extensions: { code: 'INTERNAL' } }] };
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}

/**
 * Live updates: GraphQL subscriptions over one WebSocket on `/graphql`
 * (`graphql-transport-ws`, the `graphql-ws` client). The socket is
 * authenticated by the session cookie of the upgrade request (same origin),
 * opened lazily on the first subscription, and re-opened after network
 * trouble; a refused session (close reason `UNAUTHENTICATED`) is not retried.
 */
import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql';

export interface LiveClient {
  /** Runs `document` and calls `onData` with each result; returns an unsubscribe function. */
  subscribe<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables | undefined,
    onData: (data: TResult) => void,
  ): () => void;
  dispose(): void;
}

/** Does nothing (unit tests, and browsers without WebSocket). */
export const NO_LIVE: LiveClient = {
  subscribe: () => () => undefined,
  dispose: () => undefined,
};

function isRefused(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'reason' in e && e.reason === 'UNAUTHENTICATED';
}

export function createLiveClient(url = defaultUrl()): LiveClient {
  const client: Client = createClient({
    url,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: (e) => !isRefused(e),
    // 1 s, 2 s, 4 s … up to 30 s, with jitter
    retryWait: (retries) =>
      new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** retries) + Math.random() * 500)),
  });
  return {
    subscribe(document, variables, onData) {
      return client.subscribe(
        { query: document.toString(), variables: (variables ?? {}) },
        {
          next: (r) => {
            if (r.data) onData(r.data as never);
          },
          // the subscription ends (e.g. the session was revoked); the HTTP
          // requests notice and send the user to the login page
          error: () => undefined,
          complete: () => undefined,
        },
      );
    },
    dispose: () => void client.dispose(),
  };
}

function defaultUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

import { QueryClient } from '@tanstack/react-query';
import { GraphQLRequestError } from './errors';

/**
 * Retries only when the server could not be reached: an answer from the
 * server (FORBIDDEN, NOT_FOUND…) will not change by asking again.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof GraphQLRequestError)) return false;
  return error.code === 'NETWORK' && failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

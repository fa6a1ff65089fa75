/**
 * Search-as-you-type on top of React Query: the variables are debounced
 * (nothing is sent while the agent is still typing), and a request whose
 * text is no longer current is aborted — React Query cancels a query that
 * loses its last observer when its `signal` was used, and `gqlRequest`
 * passes the signal to `fetch`. The previous answer stays on screen
 * (`keepPreviousData`) until the new one arrives, so the panel does not flicker.
 */
import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { gqlRequest, operationName } from '../../api/client';
import type { GraphQLRequestError } from '../../api/errors';
import { gqlKey } from '../../api/hooks';
import type { TypedDocumentString } from '../../gql/graphql';

export const LIVE_QUERY_DELAY_MS = 250;

/** `value`, once it has stayed the same for `delayMs`. */
export function useDebouncedValue<T>(value: T, delayMs: number, isEqual: (a: T, b: T) => boolean = Object.is): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (isEqual(settled, value)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs, isEqual]);
  return settled;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export type LiveQueryResult<TResult> = UseQueryResult<TResult, GraphQLRequestError> & {
  /** The input changed and its request has not been sent yet. */
  isDebouncing: boolean;
  /** Waiting for what is on screen to catch up with the input (debounce or fetch). */
  isBusy: boolean;
};

/**
 * Runs `document` with `variables` once they have settled; `null` variables
 * switch the query off (e.g. text too short) and clear the result.
 */
export function useLiveQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | null,
  delayMs = LIVE_QUERY_DELAY_MS,
): LiveQueryResult<TResult> {
  const settled = useDebouncedValue(variables, delayMs, sameJson);
  const name = operationName(document);
  const enabled = settled !== null && variables !== null;
  const query = useQuery<TResult, GraphQLRequestError>({
    queryKey: gqlKey(name, enabled ? settled : {}),
    queryFn: ({ signal }) => gqlRequest(document, settled ?? undefined, { signal }),
    enabled,
    placeholderData: enabled ? keepPreviousData : undefined,
    staleTime: 30_000,
    retry: false,
  });
  const isDebouncing = variables !== null && !sameJson(settled, variables);
  return Object.assign(query, {
    isDebouncing,
    isBusy: isDebouncing || (enabled && query.isFetching),
  });
}

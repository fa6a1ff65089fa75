/**
 * React Query wrappers for typed GraphQL documents:
 *
 *   const Doc = graphql(`query Teams { teams { id name } }`);
 *   const { data, error, isPending } = useGqlQuery(Doc);
 *
 * The cache key is `['gql', operationName, variables]`, so
 * `queryClient.invalidateQueries({ queryKey: gqlKey('ComplaintQueue') })`
 * refreshes every page of one operation.
 */
import { useMemo } from 'react';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  type UseMutationOptions,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { TypedDocumentString } from '../gql/graphql';
import { gqlRequest, operationName } from './client';
import type { GraphQLRequestError } from './errors';

export function gqlKey(operation: string, variables?: unknown): readonly unknown[] {
  return variables === undefined ? ['gql', operation] : ['gql', operation, variables];
}

export function useGqlQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  options: Omit<UseQueryOptions<TResult, GraphQLRequestError>, 'queryKey' | 'queryFn'> = {},
): UseQueryResult<TResult, GraphQLRequestError> {
  return useQuery<TResult, GraphQLRequestError>({
    queryKey: gqlKey(operationName(document), variables ?? {}),
    queryFn: ({ signal }) => gqlRequest(document, variables, { signal }),
    ...options,
  });
}

export function useGqlMutation<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  options: Omit<UseMutationOptions<TResult, GraphQLRequestError, TVariables>, 'mutationFn'> = {},
) {
  return useMutation<TResult, GraphQLRequestError, TVariables>({
    mutationFn: (variables) => gqlRequest(document, variables),
    ...options,
  });
}

/** What cursor paging needs of a Relay connection. */
export interface ConnectionPage<TNode> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: readonly TNode[];
}

/**
 * A cursor-paged list (a Relay connection, in the server's order): pages of
 * `pageSize` fetched with `after: endCursor`, `rows` = everything loaded so
 * far, `fetchNextPage` for 加载更多. New `variables` start again from the
 * first page while the previous rows stay on screen. `select` picks the
 * connection out of a page; pass a stable (module-level) function.
 *
 *   const selectAlerts = (d: AlertsQuery) => d.alerts;
 *   const { rows, hasNextPage, fetchNextPage } = useGqlConnection(AlertsDoc, { state }, selectAlerts);
 */
export function useGqlConnection<
  TResult,
  TVariables extends { first?: number | null; after?: string | null },
  TNode,
>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: Omit<TVariables, 'first' | 'after'>,
  select: (page: TResult) => ConnectionPage<TNode>,
  pageSize = 50,
) {
  const query = useInfiniteQuery<
    TResult,
    GraphQLRequestError,
    { pages: TResult[] },
    readonly unknown[],
    string | null
  >({
    queryKey: gqlKey(operationName(document), variables),
    queryFn: ({ pageParam, signal }) =>
      gqlRequest(document, { ...variables, first: pageSize, after: pageParam } as TVariables, { signal }),
    initialPageParam: null,
    getNextPageParam: (last) => {
      const { pageInfo } = select(last);
      return pageInfo.hasNextPage ? (pageInfo.endCursor ?? undefined) : undefined;
    },
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => query.data?.pages.flatMap((p) => select(p).nodes) ?? [], [query.data, select]);
  return { ...query, rows };
}

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
import {
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

import { graphql } from '../../gql';
import type { CallbackQueueQuery as CallbackQueueData } from '../../gql/graphql';

/** 回访队列: resolved complaints due for the satisfaction call, the callback deadline that runs out first first. */
export const CallbackQueueQuery = graphql(`
  query CallbackQueue($first: Int, $after: String) {
    callbackQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ComplaintListFields
          version
          resolvedAt
          callbackAttempts
          availableActions
          sla {
            currentStep
            stepDueAt
          }
        }
      }
    }
  }
`);

export type CallbackRow = CallbackQueueData['callbackQueue']['edges'][number]['node'];

import { graphql } from '../../gql';

export const ComplaintQueueQuery = graphql(`
  query ComplaintQueue($filter: ComplaintFilter, $first: Int, $after: String, $orderBy: ComplaintOrder) {
    complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          number
          title
          status
          statusLabel
          channel
          priority
          isMajor
          repeatOfId
          reopenCount
          category {
            id
            name
            parent {
              id
              name
            }
          }
          customer {
            id
            nameMasked
            phoneMasked
          }
          assignee {
            id
            displayName
          }
          team {
            id
            name
          }
          createdAt
          updatedAt
        }
      }
    }
  }
`);

import { graphql } from '../../gql';

export const ComplaintQueueQuery = graphql(`
  query ComplaintQueue(
    $filter: ComplaintFilter
    $first: Int
    $after: String
    $orderBy: ComplaintOrder
    $withAnnouncement: Boolean! = false
  ) {
    complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ComplaintListFields
          announcement @include(if: $withAnnouncement) {
            id
            title
          }
        }
      }
    }
  }
`);

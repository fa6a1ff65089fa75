import { graphql } from '../../gql';

export const KbSearchSummaryQuery = graphql(`
  query KbSearchSummary($from: DateTime) {
    kbSearchSummary(from: $from) {
      searches
      distinctQueries
      zeroResult
      opened
      used
      zeroResultRate
      openRate
      useRate
      semanticSearch
    }
  }
`);

export const KbQueryStatsQuery = graphql(`
  query KbQueryStats($kind: KbQueryStatKind!, $from: DateTime, $first: Int, $after: String) {
    kbQueryStats(kind: $kind, from: $from, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        query
        searches
        averageResults
        opened
        used
        lastSearchedAt
      }
    }
  }
`);

export const KbArticlesNeverFoundQuery = graphql(`
  query KbArticlesNeverFound($from: DateTime, $first: Int, $after: String) {
    kbArticlesNeverFound(from: $from, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        publishedAt
        published {
          id
          title
          category {
            id
            name
          }
        }
      }
    }
  }
`);

export const RecordKbSearchOpenMutation = graphql(`
  mutation RecordKbSearchOpen($input: RecordKbSearchOpenInput!) {
    recordKbSearchOpen(input: $input)
  }
`);

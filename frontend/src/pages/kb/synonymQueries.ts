import { graphql } from '../../gql';

export const KbSynonymFieldsFragment = graphql(`
  fragment KbSynonymFields on KbSynonym {
    id
    kind
    terms
    source
    note
    version
    updatedAt
    updatedBy {
      id
      displayName
    }
  }
`);

export const KbSynonymsQuery = graphql(`
  query KbSynonyms($filter: KbSynonymFilter, $first: Int, $after: String) {
    kbSynonyms(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...KbSynonymFields
      }
    }
  }
`);

export const KbSynonymPreviewQuery = graphql(`
  query KbSynonymPreview($query: String!) {
    kbSynonymPreview(query: $query) {
      normalized
      expansions
    }
  }
`);

export const SaveKbSynonymMutation = graphql(`
  mutation SaveKbSynonym($input: SaveKbSynonymInput!) {
    saveKbSynonym(input: $input) {
      ...KbSynonymFields
    }
  }
`);

export const DeleteKbSynonymMutation = graphql(`
  mutation DeleteKbSynonym($input: DeleteKbSynonymInput!) {
    deleteKbSynonym(input: $input)
  }
`);

import { graphql } from '../../gql';

export const KbSuggestQuery = graphql(`
  query KbSuggest($prefix: String!) {
    kbSuggest(prefix: $prefix) {
      articleId
      title
    }
  }
`);

export const KbSearchQuery = graphql(`
  query KbSearch($query: String!, $filter: KbSearchFilter, $first: Int, $after: String, $withFacets: Boolean! = true) {
    kbSearch(query: $query, filter: $filter, first: $first, after: $after) {
      searchId
      total
      endCursor
      hasNextPage
      facets @include(if: $withFacets) {
        count
        category {
          id
          name
        }
      }
      hits {
        score
        snippet
        highlights {
          start
          end
        }
        article {
          id
          status
          updatedAt
        }
        version {
          id
          number
          title
          tags
          category {
            id
            name
            parent {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const KbArticlesQuery = graphql(`
  query KbArticles($filter: KbArticleFilter, $first: Int, $after: String) {
    kbArticles(filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        updatedAt
        publishedAt
        author {
          id
          displayName
        }
        latest {
          id
          number
          title
          scenario
          tags
          category {
            id
            name
            parent {
              id
              name
            }
          }
        }
        published {
          id
          number
          title
          scenario
          tags
          category {
            id
            name
            parent {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const KbVersionFields = graphql(`
  fragment KbVersionFields on KbVersion {
    id
    number
    title
    scenario
    solution
    caveats
    tags
    relatedIds
    createdAt
    publishedAt
    category {
      id
      name
      parent {
        id
        name
      }
    }
    editor {
      id
      displayName
    }
    reviewer {
      id
      displayName
    }
  }
`);

export const KbArticleQuery = graphql(`
  query KbArticle($id: ID!) {
    kbArticle(id: $id) {
      id
      status
      version
      createdAt
      updatedAt
      publishedAt
      author {
        id
        displayName
      }
      reviewer {
        id
        displayName
      }
      published {
        ...KbVersionFields
      }
      latest {
        ...KbVersionFields
      }
      versions {
        ...KbVersionFields
      }
    }
  }
`);

/** Just enough of an article to link to it (related articles). */
export const KbArticleTitleQuery = graphql(`
  query KbArticleTitle($id: ID!) {
    kbArticle(id: $id) {
      id
      status
      published {
        id
        title
      }
      latest {
        id
        title
      }
    }
  }
`);

export const CreateKbArticleMutation = graphql(`
  mutation CreateKbArticle($input: CreateKbArticleInput!) {
    createKbArticle(input: $input) {
      id
      status
      version
    }
  }
`);

export const UpdateKbArticleMutation = graphql(`
  mutation UpdateKbArticle($input: UpdateKbArticleInput!) {
    updateKbArticle(input: $input) {
      id
      status
      version
    }
  }
`);

export const SubmitKbArticleMutation = graphql(`
  mutation SubmitKbArticle($input: KbArticleStepInput!) {
    submitKbArticle(input: $input) {
      id
      status
      version
    }
  }
`);

export const PublishKbArticleMutation = graphql(`
  mutation PublishKbArticle($input: KbArticleStepInput!) {
    publishKbArticle(input: $input) {
      id
      status
      version
    }
  }
`);

export const ArchiveKbArticleMutation = graphql(`
  mutation ArchiveKbArticle($input: KbArticleStepInput!) {
    archiveKbArticle(input: $input) {
      id
      status
      version
    }
  }
`);

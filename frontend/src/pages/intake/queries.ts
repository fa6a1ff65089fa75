import { graphql } from '../../gql';

/** How many of the caller's complaints the history lists before linking to the queue. */
export const HISTORY_FIRST = 10;

/**
 * The caller's phone → the customer, masked, with the complaints of theirs
 * the agent may read (the lookup and the list are audited server-side).
 */
export const CustomerByPhoneQuery = graphql(`
  query IntakeCustomerByPhone($phone: String!, $historyFirst: Int!) {
    customerByPhone(phone: $phone) {
      id
      nameMasked
      phoneMasked
      complaintCount
      complaints(first: $historyFirst) {
        nodes {
          ...ComplaintSummary
        }
      }
    }
  }
`);

/**
 * Knowledge-base articles matching what the agent typed; those of the chosen
 * category move up a few places.
 */
export const IntakeKbSearchQuery = graphql(`
  query IntakeKbSearch($query: String!, $first: Int, $boost: ID) {
    kbSearch(query: $query, first: $first, filter: { boostCategoryId: $boost }) {
      searchId
      total
      totalIsExact
      hits {
        score
        snippet
        highlights {
          start
          end
        }
        article {
          id
        }
        version {
          id
          number
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

/** Earlier complaints about the same problem, by free text; those of the category chosen so far first among near equals. */
export const IntakeSimilarQuery = graphql(`
  query IntakeSimilar($text: String!, $categoryId: ID, $first: Int) {
    similarComplaints(text: $text, categoryId: $categoryId, first: $first) {
      score
      semantic
      complaint {
        ...ComplaintSummary
      }
    }
  }
`);

/**
 * The centre's memory: resolved complaints like this one across the centre
 * (no personal data) and the category, priority, team and reply they suggest.
 */
export const IntakeSuggestionsQuery = graphql(`
  query IntakeSuggestions($text: String!) {
    intakeSuggestions(text: $text) {
      categories {
        share
        category {
          id
          name
        }
      }
      priority {
        priority
        share
      }
      team {
        share
        team {
          id
          name
        }
      }
      draftReply
      resolved {
        status
        resolution
        kbArticleId
        kbArticleTitle
        resolvedAt
        category {
          id
          name
        }
      }
    }
  }
`);

/** Active announcements (mass incidents with one agreed explanation). */
export const IntakeAnnouncementsQuery = graphql(`
  query IntakeAnnouncements {
    announcements(activeOnly: true, first: 100) {
      nodes {
        id
        title
        explanation
        category {
          id
          parentId
        }
      }
    }
  }
`);

/**
 * Registers the complaint; the answer carries what to tell the customer (the
 * number and the status link) and the complaints it may repeat.
 */
export const CreateComplaintMutation = graphql(`
  mutation IntakeCreateComplaint($input: CreateComplaintInput!) {
    createComplaint(input: $input) {
      complaint {
        id
        number
        version
      }
      customerMessage
      possibleRepeats {
        id
        number
        status
        title
        createdAt
      }
    }
  }
`);

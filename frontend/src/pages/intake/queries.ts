import { graphql } from '../../gql';

/** The caller's phone → the customer, masked (the lookup is audited server-side). */
export const CustomerByPhoneQuery = graphql(`
  query IntakeCustomerByPhone($phone: String!) {
    customerByPhone(phone: $phone) {
      id
      nameMasked
      phoneMasked
    }
  }
`);

/** Knowledge-base articles matching what the agent typed. */
export const IntakeKbSearchQuery = graphql(`
  query IntakeKbSearch($query: String!, $first: Int) {
    kbSearch(query: $query, first: $first) {
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

/** Earlier complaints about the same problem, by free text. */
export const IntakeSimilarQuery = graphql(`
  query IntakeSimilar($text: String!, $first: Int) {
    similarComplaints(text: $text, first: $first) {
      score
      complaint {
        ...ComplaintSummary
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

export const CreateComplaintMutation = graphql(`
  mutation IntakeCreateComplaint($input: CreateComplaintInput!) {
    createComplaint(input: $input) {
      complaint {
        id
        number
        version
      }
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

/**
 * GraphQL fragments for the complaint fields more than one page selects.
 * (No fragment masking: a query spreading one gets the fields as usual.)
 */
import { graphql } from '../gql';

/** A complaint mentioned from elsewhere: similar complaints on intake and on the detail page. */
export const ComplaintSummaryFragment = graphql(`
  fragment ComplaintSummary on Complaint {
    id
    number
    title
    status
    createdAt
  }
`);

/** What the queue shows of a complaint; the detail page shows these and more. */
export const ComplaintListFieldsFragment = graphql(`
  fragment ComplaintListFields on Complaint {
    id
    number
    title
    status
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
    sla {
      state
      nextDueAt
    }
  }
`);

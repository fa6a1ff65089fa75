import { graphql } from '../../gql';
import type { CustomerErasuresQuery, RetentionRulesQuery } from '../../gql/graphql';

export const CustomerErasuresDoc = graphql(`
  query CustomerErasures($status: ErasureStatus, $first: Int, $after: String) {
    customerErasures(status: $status, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        customerId
        status
        reason
        requestedBy {
          id
          username
          displayName
        }
        requestedAt
        decidedBy {
          id
          username
          displayName
        }
        decidedAt
        decisionReason
        complaintsScrubbed
      }
    }
  }
`);

export type ErasureRow = CustomerErasuresQuery['customerErasures']['nodes'][number];

/** The connection of one page (for `useGqlConnection`). */
export const selectCustomerErasures = (d: CustomerErasuresQuery) => d.customerErasures;

export const DecideCustomerErasureDoc = graphql(`
  mutation DecideCustomerErasure($input: DecideCustomerErasureInput!) {
    decideCustomerErasure(input: $input) {
      id
      customerId
      status
      decidedAt
      decisionReason
      complaintsScrubbed
    }
  }
`);

export const RetentionRulesDoc = graphql(`
  query RetentionRules {
    retentionRules {
      recordClass
      days
      minDays
      version
      updatedAt
      updatedBy {
        id
        displayName
      }
    }
  }
`);

export type RetentionRuleRow = RetentionRulesQuery['retentionRules'][number];

export const UpdateRetentionRuleDoc = graphql(`
  mutation UpdateRetentionRule($input: UpdateRetentionRuleInput!) {
    updateRetentionRule(input: $input) {
      recordClass
      days
      minDays
      version
      updatedAt
    }
  }
`);

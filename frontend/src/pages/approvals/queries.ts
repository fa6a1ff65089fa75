import { graphql } from '../../gql';
import type { ApprovalFieldsFragment } from '../../gql/graphql';

/** An approval as the 审批 page and the complaint detail's approvals card show it. */
export const ApprovalFieldsDocument = graphql(`
  fragment ApprovalFields on Approval {
    id
    complaintId
    complaintNumber
    status
    amountCents
    wronglyChargedCents
    approvedCents
    resolution
    requestedBy {
      id
      displayName
    }
    requestedAt
    decidedBy {
      id
      displayName
    }
    decidedAt
    decisionReason
  }
`);

export type ApprovalRow = ApprovalFieldsFragment;

/** Oldest first (the queue order); approvers get everyone's, others their own. */
export const ApprovalsQuery = graphql(`
  query Approvals($status: ApprovalStatus, $first: Int, $after: String) {
    approvals(status: $status, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ApprovalFields
      }
    }
  }
`);

export const DecideApprovalMutation = graphql(`
  mutation DecideApproval($input: DecideApprovalInput!) {
    decideApproval(input: $input) {
      ...ApprovalFields
    }
  }
`);

/** What the signed-in user may grant without approval. */
export const MyAuthorityQuery = graphql(`
  query MyAuthority {
    myAuthority {
      limitCents
    }
  }
`);

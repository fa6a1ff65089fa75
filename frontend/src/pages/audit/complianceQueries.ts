import { graphql } from '../../gql';
import type { ComplianceAlertsQuery, ComplianceRulesQuery } from '../../gql/graphql';

export const ComplianceAlertsDoc = graphql(`
  query ComplianceAlerts($state: [AlertState!], $first: Int, $after: String) {
    complianceAlerts(state: $state, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        rule
        actorName
        actor {
          id
          username
          displayName
        }
        state
        value
        threshold
        windowMinutes
        raisedAt
        lastEvaluatedAt
        acknowledgedAt
        acknowledgedBy {
          id
          displayName
        }
        ackNote
        clearedAt
      }
    }
  }
`);

export type ComplianceAlertRow = ComplianceAlertsQuery['complianceAlerts']['nodes'][number];

/** The connection of one page (for `useGqlConnection`). */
export const selectComplianceAlerts = (d: ComplianceAlertsQuery) => d.complianceAlerts;

export const ComplianceRulesDoc = graphql(`
  query ComplianceRules {
    complianceRules {
      rule
      enabled
      threshold
      windowMinutes
      version
      updatedAt
    }
  }
`);

export type ComplianceRuleRow = ComplianceRulesQuery['complianceRules'][number];

export const AcknowledgeComplianceAlertDoc = graphql(`
  mutation AcknowledgeComplianceAlert($input: AcknowledgeComplianceAlertInput!) {
    acknowledgeComplianceAlert(input: $input) {
      id
      state
      acknowledgedAt
      ackNote
    }
  }
`);

export const UpdateComplianceRuleDoc = graphql(`
  mutation UpdateComplianceRule($input: UpdateComplianceRuleInput!) {
    updateComplianceRule(input: $input) {
      rule
      enabled
      threshold
      windowMinutes
      version
      updatedAt
    }
  }
`);

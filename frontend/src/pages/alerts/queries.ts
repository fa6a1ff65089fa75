import { graphql } from '../../gql';
import type { AlertRulesQuery, AlertsQuery } from '../../gql/graphql';

export const AlertsDoc = graphql(`
  query Alerts($state: [AlertState!], $first: Int, $after: String) {
    alerts(state: $state, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        level
        kind
        state
        scope
        step
        value
        threshold
        raisedAt
        lastEvaluatedAt
        acknowledgedAt
        ackNote
        clearedAt
        acknowledgedBy {
          id
          displayName
        }
        category {
          id
          name
          parent {
            id
            name
          }
        }
        announcement {
          id
          title
        }
      }
    }
  }
`);

export type AlertRow = AlertsQuery['alerts']['nodes'][number];

export const AlertRulesDoc = graphql(`
  query AlertRules {
    alertRules {
      id
      kind
      level
      threshold
      windowMinutes
      minSamples
      enabled
      version
    }
  }
`);

export type AlertRuleRow = AlertRulesQuery['alertRules'][number];

export const AcknowledgeAlertDoc = graphql(`
  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {
    acknowledgeAlert(input: $input) {
      id
      state
    }
  }
`);

export const UpdateAlertRuleDoc = graphql(`
  mutation UpdateAlertRule($input: UpdateAlertRuleInput!) {
    updateAlertRule(input: $input) {
      id
      version
    }
  }
`);

export const OpenAnnouncementForAlertDoc = graphql(`
  mutation OpenAnnouncementForAlert($input: OpenAnnouncementForAlertInput!) {
    openAnnouncementForAlert(input: $input) {
      id
      announcement {
        id
        title
      }
    }
  }
`);

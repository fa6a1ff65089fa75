import { graphql } from '../../gql';

export const RoutingRuleFieldsFragment = graphql(`
  fragment RoutingRuleFields on RoutingRule {
    id
    position
    name
    active
    conditions {
      categories {
        id
        name
        parent {
          name
        }
      }
      channels
      priorities
      productModel
      amountMinCents
      amountMaxCents
      minEarlierComplaints
      major
    }
    team {
      id
      name
    }
    assignMode
    version
    updatedAt
    updatedBy {
      id
      displayName
    }
  }
`);

/** Every rule (the server keeps at most 500), in the order they are tried. */
export const RoutingRulesQuery = graphql(`
  query AdminRoutingRules {
    routingRules(first: 500) {
      totalCount
      nodes {
        ...RoutingRuleFields
      }
    }
  }
`);

export const SaveRoutingRuleMutation = graphql(`
  mutation SaveRoutingRule($input: SaveRoutingRuleInput!) {
    saveRoutingRule(input: $input) {
      ...RoutingRuleFields
    }
  }
`);

export const DeleteRoutingRuleMutation = graphql(`
  mutation DeleteRoutingRule($input: DeleteRoutingRuleInput!) {
    deleteRoutingRule(input: $input)
  }
`);

export const ReorderRoutingRulesMutation = graphql(`
  mutation ReorderRoutingRules($input: ReorderRoutingRulesInput!) {
    reorderRoutingRules(input: $input) {
      id
      position
      version
    }
  }
`);

/** A query, but run on demand (the 试运行 button) through a mutation hook. */
export const RouteDryRunQuery = graphql(`
  query RouteDryRun($input: RouteDryRunInput!) {
    routeDryRun(input: $input) {
      rule {
        id
        name
        position
      }
      team {
        id
        name
      }
      assignee {
        id
        displayName
      }
      insteadOf {
        id
        displayName
      }
      tried {
        ruleId
        ruleName
        misses
      }
      summary
    }
  }
`);

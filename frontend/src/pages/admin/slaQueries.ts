import { graphql } from '../../gql';

export const SlaPolicyFieldsFragment = graphql(`
  fragment SlaPolicyFields on SlaPolicy {
    id
    categoryId
    priority
    firstResponse {
      value
      unit
    }
    resolution {
      value
      unit
    }
    escalation {
      value
      unit
    }
    investigation {
      value
      unit
    }
    callback {
      value
      unit
    }
    version
    updatedAt
  }
`);

export const SlaPoliciesQuery = graphql(`
  query AdminSlaPolicies {
    slaPolicies {
      ...SlaPolicyFields
    }
  }
`);

export const SaveSlaPolicyMutation = graphql(`
  mutation SaveSlaPolicy($input: SaveSlaPolicyInput!) {
    saveSlaPolicy(input: $input) {
      ...SlaPolicyFields
    }
  }
`);

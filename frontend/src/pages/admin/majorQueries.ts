import { graphql } from '../../gql';

export const MajorCriteriaFieldsFragment = graphql(`
  fragment MajorCriteriaFields on MajorCriteria {
    amountOverCents
    channels
    repeatSameIssue
    announcementCountOver
    version
    updatedAt
    updatedBy {
      id
      displayName
    }
  }
`);

export const MajorCriteriaQuery = graphql(`
  query AdminMajorCriteria {
    majorCriteria {
      ...MajorCriteriaFields
    }
  }
`);

export const UpdateMajorCriteriaMutation = graphql(`
  mutation UpdateMajorCriteria($input: UpdateMajorCriteriaInput!) {
    updateMajorCriteria(input: $input) {
      ...MajorCriteriaFields
    }
  }
`);

import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      user {
        id
        username
        displayName
        roles
        team {
          id
          name
        }
      }
      permissions
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      user {
        id
        displayName
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

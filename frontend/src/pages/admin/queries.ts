import { graphql } from '../../gql';

export const AdminUsersQuery = graphql(`
  query AdminUsers($first: Int, $after: String) {
    users(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        username
        displayName
        active
        roles
        createdAt
        team {
          id
          name
        }
        absent
        backup {
          id
          displayName
        }
      }
    }
  }
`);

export const AdminRolesQuery = graphql(`
  query AdminRoles {
    roles {
      id
      code
      name
      builtin
      authorityLimitCents
      permissions
    }
    permissions {
      code
      label
    }
  }
`);

export const AdminTeamsQuery = graphql(`
  query AdminTeams {
    teams {
      id
      name
      kind
      parentId
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      username
      displayName
      active
      roles
      team {
        id
        name
      }
    }
  }
`);

export const SetUserRosterMutation = graphql(`
  mutation SetUserRoster($input: SetUserRosterInput!) {
    setUserRoster(input: $input) {
      user {
        id
        absent
        backup {
          id
          displayName
        }
      }
      handedOver
      handedTo {
        id
        displayName
      }
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($input: ResetPasswordInput!) {
    resetUserPassword(input: $input)
  }
`);

export const CreateRoleMutation = graphql(`
  mutation CreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      id
      code
    }
  }
`);

export const UpdateRoleMutation = graphql(`
  mutation UpdateRole($input: UpdateRoleInput!) {
    updateRole(input: $input) {
      id
      code
      name
      permissions
    }
  }
`);

export const SetRoleAuthorityLimitMutation = graphql(`
  mutation SetRoleAuthorityLimit($input: SetRoleAuthorityLimitInput!) {
    setRoleAuthorityLimit(input: $input) {
      id
      code
      authorityLimitCents
    }
  }
`);

export const CreateTeamMutation = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
    }
  }
`);

export const UpdateTeamMutation = graphql(`
  mutation UpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
      id
      name
      kind
      parentId
    }
  }
`);

export const AdminCategoriesQuery = graphql(`
  query AdminCategories {
    categories(includeInactive: true) {
      id
      code
      name
      parentId
      active
      defaultTeam {
        id
        name
      }
    }
  }
`);

export const CreateCategoryMutation = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      id
      name
    }
  }
`);

export const UpdateCategoryMutation = graphql(`
  mutation UpdateCategory($input: UpdateCategoryInput!) {
    updateCategory(input: $input) {
      id
      name
      active
    }
  }
`);

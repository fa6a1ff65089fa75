/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      user {\n        id\n        username\n        displayName\n        roles\n        team {\n          id\n          name\n        }\n      }\n      permissions\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Categories {\n    categories {\n      id\n      code\n      name\n      parentId\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  query RoleNames {\n    roles {\n      code\n      name\n    }\n  }\n": typeof types.RoleNamesDocument,
    "\n  query ComplaintQueue($filter: ComplaintFilter, $first: Int, $after: String, $orderBy: ComplaintOrder) {\n    complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          number\n          title\n          status\n          statusLabel\n          channel\n          priority\n          isMajor\n          repeatOfId\n          reopenCount\n          category {\n            id\n            name\n            parent {\n              id\n              name\n            }\n          }\n          customer {\n            id\n            nameMasked\n            phoneMasked\n          }\n          assignee {\n            id\n            displayName\n          }\n          team {\n            id\n            name\n          }\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.ComplaintQueueDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      user {\n        id\n        username\n        displayName\n        roles\n        team {\n          id\n          name\n        }\n      }\n      permissions\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Categories {\n    categories {\n      id\n      code\n      name\n      parentId\n    }\n  }\n": types.CategoriesDocument,
    "\n  query RoleNames {\n    roles {\n      code\n      name\n    }\n  }\n": types.RoleNamesDocument,
    "\n  query ComplaintQueue($filter: ComplaintFilter, $first: Int, $after: String, $orderBy: ComplaintOrder) {\n    complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          number\n          title\n          status\n          statusLabel\n          channel\n          priority\n          isMajor\n          repeatOfId\n          reopenCount\n          category {\n            id\n            name\n            parent {\n              id\n              name\n            }\n          }\n          customer {\n            id\n            nameMasked\n            phoneMasked\n          }\n          assignee {\n            id\n            displayName\n          }\n          team {\n            id\n            name\n          }\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n": types.ComplaintQueueDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user {\n        id\n        username\n        displayName\n        roles\n        team {\n          id\n          name\n        }\n      }\n      permissions\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories {\n      id\n      code\n      name\n      parentId\n    }\n  }\n"): typeof import('./graphql').CategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleNames {\n    roles {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').RoleNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintQueue($filter: ComplaintFilter, $first: Int, $after: String, $orderBy: ComplaintOrder) {\n    complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          number\n          title\n          status\n          statusLabel\n          channel\n          priority\n          isMajor\n          repeatOfId\n          reopenCount\n          category {\n            id\n            name\n            parent {\n              id\n              name\n            }\n          }\n          customer {\n            id\n            nameMasked\n            phoneMasked\n          }\n          assignee {\n            id\n            displayName\n          }\n          team {\n            id\n            name\n          }\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ComplaintQueueDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

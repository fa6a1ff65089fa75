/**
 * Role names for display. Built-in roles use the console's translations;
 * custom roles (created by an administrator) use the name the server gives,
 * fetched only when the user actually holds one.
 */
import { useCallback } from 'react';
import { graphql } from '../gql';
import { useGqlQuery } from '../api/hooks';
import { useT } from '../i18n';
import { isBuiltinRole, roleLabel } from '../lib/enums';

export const RoleNamesQuery = graphql(`
  query RoleNames {
    roles {
      code
      name
    }
  }
`);

/** A labeller for role codes; `codes` are the roles about to be shown. */
export function useRoleLabel(codes: readonly string[]): (code: string) => string {
  const t = useT();
  const needed = codes.some((c) => !isBuiltinRole(c));
  const { data } = useGqlQuery(RoleNamesQuery, {}, { enabled: needed, staleTime: 10 * 60_000 });
  return useCallback(
    (code: string) =>
      isBuiltinRole(code) ? roleLabel(t, code) : (data?.roles.find((r) => r.code === code)?.name ?? code),
    [t, data],
  );
}

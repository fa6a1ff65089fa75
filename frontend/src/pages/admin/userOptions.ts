import { useMemo } from 'react';
import { useGqlQuery } from '../../api/hooks';
import type { AdminUsersQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { isBuiltinRole, roleLabel } from '../../lib/enums';
import { buildTeamTree, type TeamNode } from './adminModel';
import { AdminRolesQuery, AdminTeamsQuery } from './queries';

/** Shared by the users page and its dialogs: row type, role and team options. */
export const PAGE_SIZE = 100;

export type UserRow = AdminUsersQuery['users']['nodes'][number];

interface TeamSelectNode {
  value: string;
  title: string;
  children?: TeamSelectNode[];
}

function toTeamSelect(nodes: readonly TeamNode[]): TeamSelectNode[] {
  return nodes.map((n) => ({
    value: n.id,
    title: n.name,
    children: n.children ? toTeamSelect(n.children) : undefined,
  }));
}

/** Role options (built-in roles under the console's names) and a labeller. */
export function useRoleOptions() {
  const t = useT();
  const roles = useGqlQuery(AdminRolesQuery, {}, { staleTime: 60_000 });
  const label = (code: string) =>
    isBuiltinRole(code) ? roleLabel(t, code) : (roles.data?.roles.find((r) => r.code === code)?.name ?? code);
  const options = (roles.data?.roles ?? []).map((r) => ({ value: r.code, label: `${label(r.code)}（${r.code}）` }));
  return { roles, label, options };
}

export function useTeamOptions() {
  const teams = useGqlQuery(AdminTeamsQuery, {}, { staleTime: 60_000 });
  const tree = useMemo(() => toTeamSelect(buildTeamTree(teams.data?.teams ?? [])), [teams.data]);
  return { teams, tree };
}

/**
 * Who may be given a team's complaints: one hook, so that the assign dialog
 * and the dispatch dialog ask the same question — the server's
 * `assignableUsers(teamId:)`, the team's active members, for anyone who may
 * assign or dispatch there. The server still checks membership when the
 * complaint is assigned (NOT_TEAM_MEMBER).
 */
import { useContext, useMemo } from 'react';
import { graphql } from '../gql';
import { useGqlQuery } from '../api/hooks';
import { AuthContext } from '../auth/context';

export interface AssignableUser {
  id: string;
  displayName: string;
}

export const AssignableUsersQuery = graphql(`
  query AssignableUsers($teamId: ID!) {
    assignableUsers(teamId: $teamId) {
      id
      displayName
    }
  }
`);

/** The team's members in the server's order, the viewer first when they are one of them, each once. */
export function viewerFirst(users: readonly AssignableUser[], meId?: string): AssignableUser[] {
  const seen = new Set<string>();
  const out: AssignableUser[] = [];
  const me = users.find((u) => u.id === meId);
  for (const u of me ? [me, ...users] : users) {
    if (seen.has(u.id)) continue;
    seen.add(u.id);
    out.push({ id: u.id, displayName: u.displayName });
  }
  return out;
}

export function useAssignableUsers(teamId: string | null | undefined) {
  const auth = useContext(AuthContext);
  const meId = auth?.state.status === 'signedIn' ? auth.state.me.user.id : undefined;
  const query = useGqlQuery(AssignableUsersQuery, { teamId: teamId ?? '' }, { enabled: !!teamId, staleTime: 60_000 });
  const users = useMemo(
    () => (teamId && query.data ? viewerFirst(query.data.assignableUsers, meId) : []),
    [query.data, teamId, meId],
  );
  return { users, error: query.error, isPending: !!teamId && query.isPending, isFetching: query.isFetching };
}

/**
 * Who may be given a team's complaints: one hook, so that the assign dialog
 * and the dispatch dialog ask the same question.
 *
 * The API has no "members of a team" query for assigners yet (`users`
 * needs user.manage). Until `assignableUsers(teamId:)` lands, this offers
 * the team's earlier assignees who are still in the team, plus the viewer
 * when they belong to the team. The server checks membership either way
 * (NOT_TEAM_MEMBER).
 */
import { useContext, useMemo } from 'react';
import { graphql } from '../gql';
import { useGqlQuery } from '../api/hooks';
import { AuthContext } from '../auth/context';

export interface AssignableUser {
  id: string;
  displayName: string;
}

/** People seen handling a team's complaints (see the note above). */
export const TeamAssigneesQuery = graphql(`
  query TeamAssignees($teamId: ID!) {
    complaints(filter: { teamId: $teamId }, first: 100, orderBy: RECENTLY_UPDATED) {
      nodes {
        id
        assignee {
          id
          displayName
          team {
            id
          }
        }
      }
    }
  }
`);

type Row = { assignee?: { id: string; displayName: string; team?: { id: string } | null } | null };

/**
 * The candidates for a team: the viewer first when they are in it, then
 * those currently in the team who were assignees of its complaints, most
 * recent first, each once.
 */
export function assignableFrom(
  rows: readonly Row[],
  teamId: string,
  me?: { id: string; displayName: string; team?: { id: string } | null },
): AssignableUser[] {
  const seen = new Map<string, AssignableUser>();
  if (me && me.team?.id === teamId) seen.set(me.id, { id: me.id, displayName: me.displayName });
  for (const r of rows) {
    const a = r.assignee;
    if (!a || a.team?.id !== teamId || seen.has(a.id)) continue;
    seen.set(a.id, { id: a.id, displayName: a.displayName });
  }
  return [...seen.values()];
}

export function useAssignableUsers(teamId: string | null | undefined) {
  const auth = useContext(AuthContext);
  const me = auth?.state.status === 'signedIn' ? auth.state.me.user : undefined;
  const query = useGqlQuery(TeamAssigneesQuery, { teamId: teamId ?? '' }, { enabled: !!teamId, staleTime: 60_000 });
  const users = useMemo(
    () => (teamId && query.data ? assignableFrom(query.data.complaints.nodes, teamId, me) : []),
    [query.data, teamId, me],
  );
  return { users, error: query.error, isPending: !!teamId && query.isPending, isFetching: query.isFetching };
}

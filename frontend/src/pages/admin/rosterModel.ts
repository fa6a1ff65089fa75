/**
 * AB角与缺勤 on the users page: who may be a member's backup, the dialog's
 * values ↔ `setUserRoster`'s input, and what to tell the admin afterwards
 * (marking someone absent hands their open complaints over at once).
 */
import type { SetUserRosterInput, SetUserRosterMutation } from '../../gql/graphql';
import type { TFunction } from '../../i18n';

export interface RosterUser {
  id: string;
  displayName: string;
  active: boolean;
  absent: boolean;
  team?: { id: string; name: string } | null;
  backup?: { id: string; displayName: string } | null;
}

export interface RosterFormValues {
  absent: boolean;
  backupUserId: string | null;
}

/**
 * The users `user` may name as backup: active members of the same team,
 * not `user`; a current backup who no longer qualifies is kept (so the
 * dialog can show it) but marked `stale`.
 */
export function backupChoices(
  rows: readonly RosterUser[],
  user: RosterUser,
): Array<{ id: string; displayName: string; absent: boolean; stale?: boolean }> {
  const teamId = user.team?.id;
  if (!teamId) return [];
  const out: Array<{ id: string; displayName: string; absent: boolean; stale?: boolean }> = rows
    .filter((r) => r.id !== user.id && r.active && r.team?.id === teamId)
    .map((r) => ({ id: r.id, displayName: r.displayName, absent: r.absent }));
  const current = user.backup;
  if (current && !out.some((o) => o.id === current.id)) {
    out.push({ id: current.id, displayName: current.displayName, absent: false, stale: true });
  }
  return out;
}

export function toRosterFormValues(user: RosterUser): RosterFormValues {
  return { absent: user.absent, backupUserId: user.backup?.id ?? null };
}

export function toRosterInput(user: RosterUser, v: RosterFormValues): SetUserRosterInput {
  return { userId: user.id, absent: v.absent, backupUserId: v.backupUserId ?? null };
}

/**
 * `已将 N 件在办投诉转交给 X` or `…退回班组队列` when complaints were handed
 * over, else that the roster was saved.
 */
export function rosterDoneMessage(
  t: TFunction,
  user: RosterUser,
  payload: SetUserRosterMutation['setUserRoster'],
): string {
  const count = payload.handedOver;
  if (count > 0) {
    return payload.handedTo
      ? t('admin.roster.handedTo', { count, name: payload.handedTo.displayName })
      : t('admin.roster.handedToQueue', { count });
  }
  return t('admin.roster.saved', { name: user.displayName });
}

/**
 * Pure helpers of the administration pages: permissions grouped for the role
 * editor, the team tree, and which fields of a user changed.
 */

// ---- permissions ----

export interface PermissionInfo {
  code: string;
  label: string;
}

export const PERMISSION_GROUP_KEYS = ['complaint', 'customer', 'kb', 'report', 'admin', 'other'] as const;
export type PermissionGroupKey = (typeof PERMISSION_GROUP_KEYS)[number];

const PREFIXES: Record<Exclude<PermissionGroupKey, 'other'>, readonly string[]> = {
  complaint: ['complaint.', 'approval.'],
  customer: ['customer.'],
  kb: ['kb.', 'announcement.'],
  report: ['report.', 'audit.', 'alert.'],
  admin: ['user.', 'role.', 'team.', 'category.', 'calendar.', 'sla.', 'routing.', 'roster.'],
};

export interface PermissionGroup {
  key: PermissionGroupKey;
  items: PermissionInfo[];
}

export function permissionGroupOf(code: string): PermissionGroupKey {
  for (const key of PERMISSION_GROUP_KEYS) {
    if (key === 'other') continue;
    if (PREFIXES[key].some((p) => code.startsWith(p))) return key;
  }
  return 'other';
}

/** The server's permissions in fixed groups (server order inside each), empty groups dropped. */
export function groupPermissions(perms: readonly PermissionInfo[]): PermissionGroup[] {
  return PERMISSION_GROUP_KEYS.map((key) => ({
    key,
    items: perms.filter((p) => permissionGroupOf(p.code) === key),
  })).filter((g) => g.items.length > 0);
}

/** Whether all, some or none of a group's permissions are selected (for its "select all" box). */
export function groupSelection(selected: readonly string[], group: PermissionGroup): 'all' | 'some' | 'none' {
  const n = group.items.filter((p) => selected.includes(p.code)).length;
  if (n === 0) return 'none';
  return n === group.items.length ? 'all' : 'some';
}

/** Selects or clears a whole group, keeping the rest of the selection and its order. */
export function toggleGroup(selected: readonly string[], group: PermissionGroup, on: boolean): string[] {
  const codes = group.items.map((p) => p.code);
  if (!on) return selected.filter((c) => !codes.includes(c));
  return [...selected, ...codes.filter((c) => !selected.includes(c))];
}

// ---- teams ----

export interface TeamRow {
  id: string;
  name: string;
  kind: string;
  parentId?: string | null;
}

export type TeamNode<T extends TeamRow = TeamRow> = T & { children?: TeamNode<T>[] };

/** Teams as a tree (server order); a team whose parent is unknown is a root. No empty `children`. */
export function buildTeamTree<T extends TeamRow>(teams: readonly T[]): TeamNode<T>[] {
  const ids = new Set(teams.map((t) => t.id));
  const nodes = new Map<string, TeamNode<T>>();
  for (const t of teams) nodes.set(t.id, { ...t });
  const roots: TeamNode<T>[] = [];
  for (const t of teams) {
    const node = nodes.get(t.id);
    if (!node) continue;
    const parent = t.parentId && t.parentId !== t.id && ids.has(t.parentId) ? nodes.get(t.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

/** The team and everything below it (what may not become its parent). */
export function teamAndDescendants(id: string, teams: readonly TeamRow[]): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of teams) {
      if (t.parentId && out.has(t.parentId) && !out.has(t.id)) {
        out.add(t.id);
        grew = true;
      }
    }
  }
  return out;
}

export const TEAM_KINDS = ['center', 'branch', 'store', 'expert', 'department'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

// ---- users ----

export interface UserEditable {
  displayName: string;
  roles: readonly string[];
  teamId: string | null;
  active: boolean;
}

/**
 * The `updateUser` fields that differ from the user as loaded (the API
 * treats an absent field as "unchanged" and `teamId: null` as "no team").
 */
export function userChanges(
  before: UserEditable,
  after: UserEditable,
): { displayName?: string; roles?: string[]; teamId?: string | null; active?: boolean } {
  const out: { displayName?: string; roles?: string[]; teamId?: string | null; active?: boolean } = {};
  if (after.displayName.trim() !== before.displayName) out.displayName = after.displayName.trim();
  const sameRoles = after.roles.length === before.roles.length && after.roles.every((r) => before.roles.includes(r));
  if (!sameRoles) out.roles = [...after.roles];
  if ((after.teamId ?? null) !== (before.teamId ?? null)) out.teamId = after.teamId ?? null;
  if (after.active !== before.active) out.active = after.active;
  return out;
}

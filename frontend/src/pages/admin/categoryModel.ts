/**
 * 分类管理: the category tree as the admin table shows it (retired ones
 * included and marked), which parents a category may take (two levels:
 * a top-level category, never itself, and none for a category that has
 * sub-categories), and the edit as `updateCategory`'s input.
 */
import type { UpdateCategoryInput } from '../../gql/graphql';

export interface AdminCategoryRow {
  id: string;
  code: string;
  name: string;
  parentId?: string | null;
  active: boolean;
  defaultTeam?: { id: string; name: string } | null;
}

export type CategoryNode = AdminCategoryRow & { children?: CategoryNode[] };

/** Top-level categories with their sub-categories, in the server's order; orphans stay top-level. */
export function buildAdminCategoryTree(rows: readonly AdminCategoryRow[]): CategoryNode[] {
  const ids = new Set(rows.map((r) => r.id));
  const nodes = new Map<string, CategoryNode>(rows.map((r) => [r.id, { ...r }]));
  const roots: CategoryNode[] = [];
  for (const r of rows) {
    const node = nodes.get(r.id);
    if (!node) continue;
    const parent = r.parentId && ids.has(r.parentId) ? nodes.get(r.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

/** The categories `id` may be moved under (null `id`: a new category). */
export function parentChoices(rows: readonly AdminCategoryRow[], id: string | null): AdminCategoryRow[] {
  if (id && rows.some((r) => r.parentId === id)) return [];
  return rows.filter((r) => !r.parentId && r.id !== id);
}

export interface CategoryFormValues {
  code?: string;
  name: string;
  parentId?: string | null;
  defaultTeamId?: string | null;
}

/** Only what changed; null clears a parent (top-level) or a default team. */
export function toUpdateCategoryInput(before: AdminCategoryRow, v: CategoryFormValues): UpdateCategoryInput {
  const input: UpdateCategoryInput = { id: before.id };
  const name = v.name.trim();
  if (name !== before.name) input.name = name;
  if ((v.parentId ?? null) !== (before.parentId ?? null)) input.parentId = v.parentId ?? null;
  if ((v.defaultTeamId ?? null) !== (before.defaultTeam?.id ?? null)) input.defaultTeamId = v.defaultTeamId ?? null;
  return input;
}

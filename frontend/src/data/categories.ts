/**
 * Complaint categories (two levels, e.g. 产品质量 › 功能故障), loaded once and
 * shared by every page that filters or picks a category.
 */
import type { CategoriesQuery } from '../gql/graphql';
import { graphql } from '../gql';
import { useGqlQuery } from '../api/hooks';

export const CategoriesQueryDoc = graphql(`
  query Categories {
    categories {
      id
      code
      name
      parentId
    }
  }
`);

export type CategoryRow = CategoriesQuery['categories'][number];

export interface CategoryTreeNode {
  value: string;
  title: string;
  code: string;
  children?: CategoryTreeNode[];
}

export function useCategories() {
  return useGqlQuery(CategoriesQueryDoc, {}, { staleTime: 10 * 60_000 });
}

/** Top-level categories with their children, in the server's order; orphans stay top-level. */
export function buildCategoryTree(rows: readonly CategoryRow[]): CategoryTreeNode[] {
  const ids = new Set(rows.map((r) => r.id));
  const nodes = new Map<string, CategoryTreeNode>();
  for (const r of rows) nodes.set(r.id, { value: r.id, title: r.name, code: r.code });
  const roots: CategoryTreeNode[] = [];
  for (const r of rows) {
    const node = nodes.get(r.id);
    if (!node) continue;
    const parent = r.parentId && ids.has(r.parentId) ? nodes.get(r.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

/** `产品质量 › 功能故障` for a category with a parent, else its own name. */
export function categoryPath(category: { name: string; parent?: { name: string } | null } | null | undefined): string {
  if (!category) return '';
  return category.parent ? `${category.parent.name} › ${category.name}` : category.name;
}

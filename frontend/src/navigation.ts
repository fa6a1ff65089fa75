/**
 * The shape of the route/menu registry (`routes.tsx`) and the pure functions
 * the layout uses on it: the side menu for a user's permissions, the route
 * matching a URL, the breadcrumb trail and the landing page.
 */
import type { ReactNode } from 'react';
import { matchPath } from 'react-router-dom';
import type { MessageKey } from './i18n';
import { hasPermission, type PermissionRequirement } from './auth/permissions';

/** A collapsible section of the side menu (e.g. 系统管理). */
export interface MenuGroup {
  key: string;
  labelKey: MessageKey;
  icon?: ReactNode;
  /**
   * When only one of its entries is visible, show that entry at the top level
   * under the section's label and icon instead of a one-item section (知识库:
   * an agent sees one entry, an editor the section with the synonyms page).
   */
  inlineSole?: boolean;
}

export interface AppRoute {
  /** Absolute react-router pattern, e.g. `/complaints` or `/complaints/:id`. */
  path: string;
  /** The page; usually a `lazy()` component from `pages/<name>/`. */
  element: ReactNode;
  /** Menu label, breadcrumb and default page title. */
  labelKey: MessageKey;
  icon?: ReactNode;
  /** Set to show the page in the side menu (unique key); omit for pages reached by links. */
  menuKey?: string;
  /** The menu label when it differs from `labelKey` (e.g. an entry inside a section of the same name). */
  menuLabelKey?: MessageKey;
  /** Put the menu entry inside this section instead of the top level. */
  menuGroup?: MenuGroup;
  /** What the user needs (a list means any of them); omit for every signed-in user. */
  permission?: PermissionRequirement;
  /**
   * Who sees the menu entry (and may land on the page), when that is narrower
   * than who may open it: 审批 is the approvers' queue, but anyone may open it
   * to follow their own requests.
   */
  menuPermission?: PermissionRequirement;
  /** Breadcrumb parent for pages outside the menu, e.g. a detail page → its list's path. */
  parentPath?: string;
}

export interface MenuNode {
  key: string;
  labelKey: MessageKey;
  icon?: ReactNode;
  /** Set for a page, absent for a section. */
  path?: string;
  children?: MenuNode[];
}

/**
 * Menu entries the user may open, in registry order; empty sections are
 * dropped, and an `inlineSole` section with one visible entry becomes that entry.
 */
export function buildMenu(routes: readonly AppRoute[], permissions: readonly string[]): MenuNode[] {
  const out: MenuNode[] = [];
  const groups = new Map<string, { node: MenuNode; group: MenuGroup }>();
  for (const r of routes) {
    if (!inMenu(r, permissions)) continue;
    const leaf: MenuNode = { key: r.menuKey, labelKey: r.menuLabelKey ?? r.labelKey, icon: r.icon, path: r.path };
    if (!r.menuGroup) {
      out.push(leaf);
      continue;
    }
    let entry = groups.get(r.menuGroup.key);
    if (!entry) {
      const g = r.menuGroup;
      entry = { node: { key: g.key, labelKey: g.labelKey, icon: g.icon, children: [] }, group: g };
      groups.set(g.key, entry);
      out.push(entry.node);
    }
    entry.node.children?.push(leaf);
  }
  return out.map((n) => {
    const group = n.children ? groups.get(n.key)?.group : undefined;
    const sole = n.children?.length === 1 ? n.children[0] : undefined;
    return group?.inlineSole && sole ? { ...sole, labelKey: group.labelKey, icon: group.icon ?? sole.icon } : n;
  });
}

/** Whether the user sees the route's menu entry: they may open it and, if set, hold its `menuPermission`. */
function inMenu(r: AppRoute, permissions: readonly string[]): r is AppRoute & { menuKey: string } {
  return (
    r.menuKey !== undefined &&
    hasPermission(permissions, r.permission) &&
    hasPermission(permissions, r.menuPermission)
  );
}

/** The registry entry whose pattern matches `pathname` (exact match). */
export function findRoute(routes: readonly AppRoute[], pathname: string): AppRoute | undefined {
  return routes.find((r) => matchPath({ path: r.path, end: true }, pathname) !== null);
}

/** The route and its ancestors (via `parentPath`), outermost first. */
export function breadcrumbTrail(routes: readonly AppRoute[], route: AppRoute): AppRoute[] {
  const trail: AppRoute[] = [route];
  const seen = new Set([route.path]);
  let parentPath = route.parentPath;
  while (parentPath && !seen.has(parentPath)) {
    seen.add(parentPath);
    const parent = routes.find((r) => r.path === parentPath);
    if (!parent) break;
    trail.unshift(parent);
    parentPath = parent.parentPath;
  }
  return trail;
}

/** The menu key to highlight for a route: its own, or its nearest ancestor's. */
export function activeMenuKey(routes: readonly AppRoute[], route: AppRoute | undefined): string | undefined {
  if (!route) return undefined;
  return breadcrumbTrail(routes, route)
    .reverse()
    .find((r) => r.menuKey)?.menuKey;
}

/** Where `/` sends a user: the first menu page they may open. */
export function landingRoute(routes: readonly AppRoute[], permissions: readonly string[]): AppRoute | undefined {
  return routes.find((r) => inMenu(r, permissions));
}

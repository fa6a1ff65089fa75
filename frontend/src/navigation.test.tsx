import { describe, expect, it } from 'vitest';
import type { AppRoute, MenuGroup } from './navigation';
import { activeMenuKey, breadcrumbTrail, buildMenu, findRoute, landingRoute } from './navigation';
import { APP_ROUTES } from './routes';

const admin: MenuGroup = { key: 'admin', labelKey: 'nav.home' };
const routes: AppRoute[] = [
  {
    path: '/complaints',
    menuKey: 'complaints',
    labelKey: 'nav.complaints',
    element: null,
    permission: ['complaint.read.own', 'complaint.read.all'],
  },
  { path: '/complaints/:id', labelKey: 'queue.title', element: null, parentPath: '/complaints' },
  { path: '/audit', menuKey: 'audit', labelKey: 'nav.home', element: null, permission: 'audit.read' },
  {
    path: '/admin/users',
    menuKey: 'users',
    labelKey: 'nav.home',
    element: null,
    permission: 'user.manage',
    menuGroup: admin,
  },
  {
    path: '/admin/roles',
    menuKey: 'roles',
    labelKey: 'nav.home',
    element: null,
    permission: 'role.manage',
    menuGroup: admin,
  },
];

describe('menu', () => {
  it('lists only what the user may open, in registry order', () => {
    expect(buildMenu(routes, ['complaint.read.own']).map((n) => n.key)).toEqual(['complaints']);
    expect(buildMenu(routes, ['audit.read']).map((n) => n.key)).toEqual(['audit']);
  });

  it('nests grouped entries and drops a group with nothing visible', () => {
    const menu = buildMenu(routes, ['user.manage']);
    expect(menu.map((n) => n.key)).toEqual(['admin']);
    expect(menu[0]?.children?.map((n) => n.key)).toEqual(['users']);
    expect(buildMenu(routes, ['kb.read'])).toEqual([]);
  });

  it('shows an inlineSole section with one visible entry as that entry, under the section’s label', () => {
    const kb: MenuGroup = { key: 'kb-section', labelKey: 'nav.kb', icon: 'book', inlineSole: true };
    const kbRoutes: AppRoute[] = [
      {
        path: '/kb',
        menuKey: 'kb',
        menuGroup: kb,
        labelKey: 'nav.kb',
        menuLabelKey: 'nav.kbSearch',
        icon: 'search',
        element: null,
        permission: 'kb.read',
      },
      {
        path: '/kb/synonyms',
        menuKey: 'kb-synonyms',
        menuGroup: kb,
        labelKey: 'nav.kbSynonyms',
        element: null,
        permission: 'kb.edit',
      },
    ];
    expect(buildMenu(kbRoutes, ['kb.read'])).toEqual([{ key: 'kb', labelKey: 'nav.kb', icon: 'book', path: '/kb' }]);
    const editor = buildMenu(kbRoutes, ['kb.read', 'kb.edit']);
    expect(editor.map((n) => [n.key, n.labelKey])).toEqual([['kb-section', 'nav.kb']]);
    expect(editor[0]?.children?.map((n) => [n.path, n.labelKey])).toEqual([
      ['/kb', 'nav.kbSearch'],
      ['/kb/synonyms', 'nav.kbSynonyms'],
    ]);
    // an ordinary section keeps its one entry inside
    expect(buildMenu(routes, ['role.manage'])[0]?.children?.map((n) => n.key)).toEqual(['roles']);
  });

  it('hides an entry from those without its menu permission, and never lands them there', () => {
    const queue: AppRoute = {
      path: '/approvals',
      menuKey: 'approvals',
      labelKey: 'nav.home',
      element: null,
      menuPermission: 'approval.decide',
    };
    expect(buildMenu([queue], ['approval.decide']).map((n) => n.key)).toEqual(['approvals']);
    expect(buildMenu([queue], ['complaint.read.own'])).toEqual([]);
    expect(landingRoute([queue], [])).toBeUndefined();
    expect(landingRoute([...routes, queue], ['approval.decide'])?.path).toBe('/approvals');
  });

  it('never shows pages outside the menu', () => {
    const all = buildMenu(routes, ['complaint.read.all', 'audit.read', 'user.manage', 'role.manage']);
    expect(JSON.stringify(all)).not.toContain(':id');
  });
});

describe('route lookup', () => {
  it('matches patterns exactly', () => {
    expect(findRoute(routes, '/complaints')?.path).toBe('/complaints');
    expect(findRoute(routes, '/complaints/42')?.path).toBe('/complaints/:id');
    expect(findRoute(routes, '/complaints/42/x')).toBeUndefined();
  });

  it('builds the breadcrumb and highlights the parent menu entry on a detail page', () => {
    const detail = findRoute(routes, '/complaints/42');
    expect(detail).toBeDefined();
    if (!detail) return;
    expect(breadcrumbTrail(routes, detail).map((r) => r.path)).toEqual(['/complaints', '/complaints/:id']);
    expect(activeMenuKey(routes, detail)).toBe('complaints');
  });

  it('lands each user on their first page', () => {
    expect(landingRoute(routes, ['audit.read'])?.path).toBe('/audit');
    expect(landingRoute(routes, ['complaint.read.all', 'audit.read'])?.path).toBe('/complaints');
    expect(landingRoute(routes, [])).toBeUndefined();
  });
});

describe('the real registry', () => {
  it('has unique paths and menu keys, all absolute', () => {
    const paths = APP_ROUTES.map((r) => r.path);
    const keys = APP_ROUTES.flatMap((r) => (r.menuKey ? [r.menuKey] : []));
    expect(new Set(paths).size).toBe(paths.length);
    expect(new Set(keys).size).toBe(keys.length);
    expect(paths.every((p) => p.startsWith('/'))).toBe(true);
  });

  it('shows the queue to every complaint reader and to nobody else', () => {
    expect(landingRoute(APP_ROUTES, ['complaint.read.team'])?.path).toBe('/complaints');
    expect(landingRoute(APP_ROUTES, ['audit.read'])?.path).toBe('/audit');
    expect(landingRoute(APP_ROUTES, ['kb.read', 'kb.edit'])?.path).toBe('/kb');
    expect(landingRoute(APP_ROUTES, ['report.read'])?.path).toBe('/dashboard');
    expect(landingRoute(APP_ROUTES, [])).toBeUndefined();
  });

  it('puts users, roles and teams under 系统管理, each behind its own permission', () => {
    const admin = buildMenu(APP_ROUTES, ['user.manage', 'team.manage']);
    expect(admin.map((n) => n.key)).toEqual(['admin']);
    expect(admin[0]?.children?.map((n) => n.path)).toEqual(['/admin/users', '/admin/teams']);
    expect(buildMenu(APP_ROUTES, ['audit.read']).map((n) => n.path)).toEqual(['/audit']);
    const sla = buildMenu(APP_ROUTES, ['sla.manage']);
    expect(sla[0]?.children?.map((n) => [n.path, n.labelKey])).toEqual([['/admin/sla', 'nav.adminSla']]);
    expect(findRoute(APP_ROUTES, '/admin/sla')?.permission).toBe('sla.manage');
    const routing = buildMenu(APP_ROUTES, ['routing.manage']);
    expect(routing[0]?.children?.map((n) => [n.path, n.labelKey])).toEqual([['/admin/routing', 'nav.adminRouting']]);
    expect(findRoute(APP_ROUTES, '/admin/routing')?.permission).toBe('routing.manage');
  });

  it('shows 审批 in the menu to approvers only, while anyone signed in may open it', () => {
    const approvals = findRoute(APP_ROUTES, '/approvals');
    expect(approvals?.permission).toBeUndefined();
    const approver = buildMenu(APP_ROUTES, ['complaint.read.all', 'approval.decide']);
    expect(approver.map((n) => n.path)).toContain('/approvals');
    expect(buildMenu(APP_ROUTES, ['complaint.read.team']).map((n) => n.path)).not.toContain('/approvals');
    // after the queue: approvers who read complaints still land there
    expect(landingRoute(APP_ROUTES, ['complaint.read.all', 'approval.decide'])?.path).toBe('/complaints');
    expect(landingRoute(APP_ROUTES, ['approval.decide'])?.path).toBe('/approvals');
  });

  it('keeps knowledge-base detail and editor pages out of the menu, under 知识库', () => {
    const article = findRoute(APP_ROUTES, '/kb/articles/42');
    const edit = findRoute(APP_ROUTES, '/kb/articles/42/edit');
    expect(article && activeMenuKey(APP_ROUTES, article)).toBe('kb');
    expect(edit && breadcrumbTrail(APP_ROUTES, edit).map((r) => r.path)).toEqual([
      '/kb',
      '/kb/articles/:id',
      '/kb/articles/:id/edit',
    ]);
    expect(findRoute(APP_ROUTES, '/kb/new')?.permission).toBe('kb.edit');
  });

  it('puts 同义词与纠错 under 知识库 for editors only; readers keep 知识库 at the top level', () => {
    const reader = buildMenu(APP_ROUTES, ['kb.read']);
    expect(reader.map((n) => [n.key, n.labelKey, n.path])).toEqual([
      ['kb', 'nav.kb', '/kb'],
      ['announcements', 'nav.announcements', '/announcements'],
    ]);
    const editor = buildMenu(APP_ROUTES, ['kb.read', 'kb.edit']);
    const section = editor.find((n) => n.labelKey === 'nav.kb');
    expect(section?.path).toBeUndefined();
    expect(section?.children?.map((n) => [n.path, n.labelKey])).toEqual([
      ['/kb', 'nav.kbSearch'],
      ['/kb/synonyms', 'nav.kbSynonyms'],
      ['/kb/analytics', 'nav.kbAnalytics'],
    ]);
    const analytics = findRoute(APP_ROUTES, '/kb/analytics');
    expect(analytics?.permission).toBe('kb.edit');
    expect(analytics && breadcrumbTrail(APP_ROUTES, analytics).map((r) => r.path)).toEqual(['/kb', '/kb/analytics']);
    const synonyms = findRoute(APP_ROUTES, '/kb/synonyms');
    expect(synonyms?.permission).toBe('kb.edit');
    expect(synonyms && breadcrumbTrail(APP_ROUTES, synonyms).map((r) => r.path)).toEqual(['/kb', '/kb/synonyms']);
    expect(activeMenuKey(APP_ROUTES, synonyms)).toBe('kb-synonyms');
    expect(landingRoute(APP_ROUTES, ['kb.read', 'kb.edit'])?.path).toBe('/kb');
  });
});

describe('回访队列', () => {
  it('is in the menu of those who call customers back, after the complaint pages', () => {
    const agent = buildMenu(APP_ROUTES, ['complaint.read.own', 'complaint.create', 'complaint.callback', 'kb.read']);
    expect(agent.map((n) => n.path).slice(0, 3)).toEqual(['/complaints', '/complaints/new', '/callbacks']);
    const qa = buildMenu(APP_ROUTES, ['complaint.read.all', 'complaint.callback', 'complaint.note']);
    expect(qa.map((n) => n.path)).toContain('/callbacks');
    const handler = buildMenu(APP_ROUTES, ['complaint.read.team', 'complaint.investigate']);
    expect(handler.map((n) => n.path)).not.toContain('/callbacks');
    expect(findRoute(APP_ROUTES, '/callbacks')?.permission).toBe('complaint.callback');
    // QA still lands on the complaint queue
    expect(landingRoute(APP_ROUTES, ['complaint.read.all', 'complaint.callback'])?.path).toBe('/complaints');
  });
});

import { Suspense, useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Button, Layout, Menu, type MenuProps } from 'antd';
import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { useMe } from '../auth';
import { useT, type TFunction } from '../i18n';
import { useAppRoutes } from '../routesContext';
import { activeMenuKey, buildMenu, findRoute, type MenuNode } from '../navigation';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { PageSkeleton } from '../components/PageLoading';
import { LogoMark } from './Logo';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';
import { NotificationBell } from './NotificationBell';
import { LiveProvider } from '../live';

const SIDER_WIDTH = 208;
const SIDER_COLLAPSED_KEY = 'kesu.sider.collapsed';

/** The signed-in shell: dark side menu, header with user and language, page area. */
export function AppLayout() {
  const me = useMe();
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(() => readCollapsed());

  const routes = useAppRoutes();
  const menu = useMemo(() => buildMenu(routes, me.permissions), [routes, me.permissions]);
  const pathByKey = useMemo(() => indexPaths(menu), [menu]);
  const selected = activeMenuKey(routes, findRoute(routes, location.pathname));
  // the section holding the current page opens by itself (e.g. 系统管理 on /admin/users)
  const activeGroup = menu.find((n) => n.children?.some((c) => c.key === selected))?.key;
  const [openKeys, setOpenKeys] = useState<string[]>(() => (activeGroup ? [activeGroup] : []));
  const [openedFor, setOpenedFor] = useState(activeGroup);
  if (openedFor !== activeGroup) {
    setOpenedFor(activeGroup);
    if (activeGroup && !openKeys.includes(activeGroup)) setOpenKeys([...openKeys, activeGroup]);
  }

  const toggle = () => {
    const next = !collapsed;
    writeCollapsed(next);
    setCollapsed(next);
  };

  const onMenuClick: MenuProps['onClick'] = ({ key }) => {
    const path = pathByKey.get(key);
    if (path) void navigate(path);
  };

  return (
    <LiveProvider>
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={SIDER_WIDTH}
        collapsedWidth={64}
        collapsible
        collapsed={collapsed}
        trigger={null}
        theme="dark"
        className="kesu-sider"
      >
        <div className="kesu-sider-inner">
          <a
            className="kesu-brand"
            href="/"
            onClick={(e) => {
              e.preventDefault();
              void navigate('/');
            }}
          >
            <LogoMark size={28} />
            {collapsed ? null : <span className="kesu-brand-name">{t('app.name')}</span>}
          </a>
          <nav aria-label={t('nav.mainMenu')}>
            <Menu
              theme="dark"
              mode="inline"
              selectedKeys={selected ? [selected] : []}
              {...(collapsed ? {} : { openKeys, onOpenChange: setOpenKeys })}
              items={toAntdItems(menu, t)}
              onClick={onMenuClick}
            />
          </nav>
        </div>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="kesu-header">
          <Button
            type="text"
            onClick={toggle}
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            aria-label={collapsed ? t('nav.expandSider') : t('nav.collapseSider')}
            aria-expanded={!collapsed}
          />
          <div className="kesu-header-right">
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu />
          </div>
        </Layout.Header>
        <Layout.Content className="kesu-content" id="main" tabIndex={-1}>
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={<PageSkeleton />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
        <Layout.Footer className="kesu-footer">{t('app.footer')}</Layout.Footer>
      </Layout>
    </Layout>
    </LiveProvider>
  );
}

function toAntdItems(nodes: readonly MenuNode[], t: TFunction): MenuProps['items'] {
  return nodes.map((n) =>
    n.children
      ? { key: n.key, icon: n.icon, label: t(n.labelKey), children: toAntdItems(n.children, t) }
      : { key: n.key, icon: n.icon, label: t(n.labelKey) },
  );
}

function indexPaths(nodes: readonly MenuNode[], into = new Map<string, string>()): Map<string, string> {
  for (const n of nodes) {
    if (n.path) into.set(n.key, n.path);
    if (n.children) indexPaths(n.children, into);
  }
  return into;
}

function readCollapsed(): boolean {
  try {
    return window.localStorage.getItem(SIDER_COLLAPSED_KEY) === '1';
  } catch {
    return false;
  }
}

function writeCollapsed(v: boolean): void {
  try {
    window.localStorage.setItem(SIDER_COLLAPSED_KEY, v ? '1' : '0');
  } catch {
    // not remembered
  }
}

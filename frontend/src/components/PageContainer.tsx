import type { ReactNode } from 'react';
import { useDocumentTitle } from './useDocumentTitle';
import { Breadcrumb, Flex, Typography } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { useT } from '../i18n';
import { useAppRoutes } from '../routesContext';
import { breadcrumbTrail, findRoute } from '../navigation';
import { paths } from '../paths';

/**
 * The frame of every page (Ant Design Pro's PageContainer): breadcrumb from
 * the route registry (read from `RoutesContext`, never imported), the page title (also the document title), optional
 * actions on the right, then the content.
 */
export function PageContainer({
  title,
  subTitle,
  extra,
  children,
}: {
  /** Defaults to the route's label; a detail page passes e.g. the complaint number. */
  title?: string;
  subTitle?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const location = useLocation();
  const routes = useAppRoutes();
  const route = findRoute(routes, location.pathname);
  const trail = route ? breadcrumbTrail(routes, route) : [];
  const heading = title ?? (route ? t(route.labelKey) : '');

  useDocumentTitle(heading);

  const items = [
    { key: 'home', title: <Link to={paths.home}>{t('nav.home')}</Link> },
    ...trail.map((r, i) => {
      const last = i === trail.length - 1;
      const label = last ? heading : t(r.labelKey);
      return { key: r.path, title: last || r.path.includes(':') ? label : <Link to={r.path}>{label}</Link> };
    }),
  ];

  return (
    <div className="kesu-page">
      <div className="kesu-page-header">
        <nav aria-label={t('nav.breadcrumb')}>
          <Breadcrumb items={items} />
        </nav>
        <Flex justify="space-between" align="center" gap={16} wrap style={{ marginTop: 8 }}>
          <div>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {heading}
            </Typography.Title>
            {subTitle ? (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {subTitle}
              </Typography.Text>
            ) : null}
          </div>
          {extra ? <Flex gap={8}>{extra}</Flex> : null}
        </Flex>
      </div>
      <div className="kesu-page-content">{children}</div>
    </div>
  );
}

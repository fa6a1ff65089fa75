/**
 * The route/menu registry. To add a page:
 *   1. write it in `src/pages/<name>/` with a default export;
 *   2. add its path to `paths.ts` and one entry below.
 * The side menu, breadcrumb, page title, permission guard and the landing
 * page all follow from this list (menu order = list order).
 */
import { lazy } from 'react';
import { ProfileOutlined } from '@ant-design/icons';
import type { AppRoute } from './navigation';
import { COMPLAINT_READ } from './auth/permissions';
import { paths } from './paths';

const ComplaintsPage = lazy(() => import('./pages/complaints/ComplaintsPage'));

export const APP_ROUTES: readonly AppRoute[] = [
  {
    path: paths.complaints,
    menuKey: 'complaints',
    labelKey: 'nav.complaints',
    icon: <ProfileOutlined />,
    permission: COMPLAINT_READ,
    element: <ComplaintsPage />,
  },
];

import type { RouteObject } from 'react-router-dom';
import { RequireAuth, RequirePermission } from './auth';
import { AppLayout } from './layout/AppLayout';
import LoginPage from './pages/login/LoginPage';
import HomeRedirect from './pages/home/HomeRedirect';
import NotFoundPage from './pages/not-found/NotFoundPage';
import { APP_ROUTES } from './routes';
import { paths } from './paths';
import { RoutesContext } from './routesContext';

/** The router: the login page, and everything else behind <RequireAuth> in the shell. */
export function buildRoutes(): RouteObject[] {
  return [
    { path: paths.login, element: <LoginPage /> },
    {
      path: '/',
      element: (
        <RoutesContext.Provider value={APP_ROUTES}>
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        </RoutesContext.Provider>
      ),
      children: [
        { index: true, element: <HomeRedirect /> },
        ...APP_ROUTES.map((r) => ({
          path: r.path,
          element: <RequirePermission permission={r.permission}>{r.element}</RequirePermission>,
        })),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

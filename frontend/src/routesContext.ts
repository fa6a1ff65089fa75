/**
 * The route registry reaches the shell and the pages through context, so
 * that no page imports `routes.tsx` (which imports every page): the router
 * provides `APP_ROUTES`, and `PageContainer`, the layout and the landing page
 * read it with `useAppRoutes()`.
 */
import { createContext, useContext } from 'react';
import type { AppRoute } from './navigation';

export const RoutesContext = createContext<readonly AppRoute[]>([]);

export function useAppRoutes(): readonly AppRoute[] {
  return useContext(RoutesContext);
}

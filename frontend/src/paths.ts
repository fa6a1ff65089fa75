/**
 * URL paths of the console. Link with these helpers rather than string
 * literals, so a path changes in one place.
 */
import { generatePath } from 'react-router-dom';

export const paths = {
  home: '/',
  login: '/login',
  complaints: '/complaints',
  /** The complaint detail page (not built yet; the route is reserved). */
  complaintDetail: '/complaints/:id',
} as const;

export function complaintDetailPath(id: string): string {
  return generatePath(paths.complaintDetail, { id });
}

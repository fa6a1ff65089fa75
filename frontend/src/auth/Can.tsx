import type { ReactNode } from 'react';
import { usePermission } from './context';
import type { PermissionRequirement } from './permissions';

/**
 * Shows `children` only when the user has the permission (a list means any
 * of them), e.g. `<Can permission="complaint.escalate"><Button…/></Can>`.
 */
export function Can({
  permission,
  children,
  fallback = null,
}: {
  permission: PermissionRequirement;
  children: ReactNode;
  fallback?: ReactNode;
}) {
  return <>{usePermission(permission) ? children : fallback}</>;
}

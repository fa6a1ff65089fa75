export { AuthProvider } from './AuthProvider';
export { RequireAuth } from './RequireAuth';
export { RequirePermission } from './RequirePermission';
export { Can } from './Can';
export { useAuth, useMe, usePermission, type Me, type AuthState } from './context';
export {
  PERMISSIONS,
  COMPLAINT_READ,
  hasPermission,
  type PermissionCode,
  type PermissionRequirement,
} from './permissions';
export { safeRedirect, loginPath, LOGIN_PATH, type LoginLocationState, type SignedOutReason } from './session';

/**
 * An auth context for component tests: a signed-in user holding exactly
 * `permissions` (the server decides; the console only hides what it would refuse).
 */
import type { AuthContextValue } from '../auth/context';

export interface TestUser {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
}

export const TEST_AUDITOR: TestUser = { id: '9', username: 'auditor', displayName: '王审计', roles: ['auditor'] };

export function signedIn(permissions: string[], user: TestUser = TEST_AUDITOR): AuthContextValue {
  return {
    state: { status: 'signedIn', me: { permissions, user: { ...user, team: null } } },
    login: () => Promise.reject(new Error('unused')),
    logout: () => Promise.resolve(),
    recheck: () => undefined,
  };
}

/**
 * The signed-in user, what they may do, and the sign-in/out actions.
 * Provided by <AuthProvider>; read with `useAuth()`, `useMe()`, `usePermission()`.
 */
import { createContext, useContext } from 'react';
import type { MeQuery } from '../gql/graphql';
import type { GraphQLRequestError } from '../api/errors';
import { hasPermission, type PermissionRequirement } from './permissions';
import type { SignedOutReason } from './session';

export type Me = MeQuery['me'];

export type AuthState =
  | { status: 'checking' }
  | { status: 'signedIn'; me: Me }
  | { status: 'signedOut'; reason: SignedOutReason }
  /** The session could not be checked (server unreachable…). */
  | { status: 'error'; error: GraphQLRequestError };

export interface AuthContextValue {
  state: AuthState;
  /** Signs in; throws the server's error (wrong password, locked account…). */
  login: (username: string, password: string) => Promise<Me>;
  /** Revokes the session on the server, then forgets the user. */
  logout: () => Promise<void>;
  /** Checks the session again (after an error). */
  recheck: () => void;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthProvider>');
  return ctx;
}

/** The signed-in user; only call below <RequireAuth>. */
export function useMe(): Me {
  const { state } = useAuth();
  if (state.status !== 'signedIn') throw new Error('useMe used outside <RequireAuth>');
  return state.me;
}

/** Whether the signed-in user has the permission (or any of a list). */
export function usePermission(required: PermissionRequirement): boolean {
  const { state } = useAuth();
  if (state.status !== 'signedIn') return false;
  return hasPermission(state.me.permissions, required);
}

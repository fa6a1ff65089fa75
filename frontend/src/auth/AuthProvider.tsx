import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { gqlRequest, setUnauthenticatedHandler } from '../api/client';
import { GraphQLRequestError, hasErrorCode } from '../api/errors';
import { AuthContext, type AuthContextValue, type AuthState, type Me } from './context';
import { LoginMutation, LogoutMutation, MeQuery } from './queries';
import { hadSession, markSession } from './session';

/**
 * Owns the session state. On start it asks `me`; afterwards any request
 * answered UNAUTHENTICATED (the session expired or was revoked) signs the
 * user out with reason "expired", and <RequireAuth> sends them to the login
 * page, which brings them back afterwards.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<AuthState>({ status: 'checking' });
  const [checkRound, setCheckRound] = useState(0);
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    const abort = new AbortController();
    fetchMe(abort.signal).then(
      (me) => {
        markSession(true);
        setState({ status: 'signedIn', me });
      },
      (err: unknown) => {
        if (abort.signal.aborted) return;
        if (hasErrorCode(err, 'UNAUTHENTICATED')) {
          const expired = hadSession();
          markSession(false);
          setState({ status: 'signedOut', reason: expired ? 'expired' : 'none' });
        } else {
          setState({ status: 'error', error: asRequestError(err) });
        }
      },
    );
    return () => abort.abort();
  }, [checkRound]);

  useEffect(
    () =>
      setUnauthenticatedHandler(() => {
        if (stateRef.current.status !== 'signedIn') return;
        markSession(false);
        setState({ status: 'signedOut', reason: 'expired' });
      }),
    [],
  );

  // Once signed out, protected pages have unmounted: drop their cached data.
  useEffect(() => {
    if (state.status === 'signedOut') queryClient.clear();
  }, [state.status, queryClient]);

  const login = useCallback(
    async (username: string, password: string) => {
      await gqlRequest(LoginMutation, { input: { username, password } }, { skipAuthHandler: true });
      queryClient.clear();
      const me = await fetchMe();
      markSession(true);
      setState({ status: 'signedIn', me });
      return me;
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await gqlRequest(LogoutMutation, {}, { skipAuthHandler: true });
    } catch (err) {
      // already signed out on the server: nothing left to revoke
      if (!hasErrorCode(err, 'UNAUTHENTICATED')) throw err;
    }
    markSession(false);
    setState({ status: 'signedOut', reason: 'logout' });
  }, []);

  const recheck = useCallback(() => {
    setState({ status: 'checking' });
    setCheckRound((n) => n + 1);
  }, []);

  const value = useMemo<AuthContextValue>(() => ({ state, login, logout, recheck }), [state, login, logout, recheck]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

async function fetchMe(signal?: AbortSignal): Promise<Me> {
  const data = await gqlRequest(MeQuery, {}, { skipAuthHandler: true, ...(signal ? { signal } : {}) });
  return data.me;
}

function asRequestError(err: unknown): GraphQLRequestError {
  if (err instanceof GraphQLRequestError) return err;
  return new GraphQLRequestError([{ message: err instanceof Error ? err.message : String(err), code: 'UNKNOWN' }]);
}

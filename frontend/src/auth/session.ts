/**
 * Where to go after signing in, and a hint that this browser had a session.
 *
 * The hint (`kesu.session` = "1") is not a credential: the session itself is
 * an HttpOnly cookie the console never sees. It only tells "your session
 * expired" apart from "you never signed in" when the first `me` is refused.
 */

const SESSION_HINT_KEY = 'kesu.session';
export const LOGIN_PATH = '/login';

/** Only same-origin paths are followed after login (no `//evil`, no `https:`). */
export function safeRedirect(raw: string | null | undefined, fallback = '/'): string {
  if (!raw) return fallback;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
  if (raw === LOGIN_PATH || raw.startsWith(`${LOGIN_PATH}?`) || raw.startsWith(`${LOGIN_PATH}/`)) return fallback;
  return raw;
}

/** `/login?redirect=…` that brings the user back to `from` afterwards. */
export function loginPath(from?: { pathname: string; search?: string; hash?: string }): string {
  if (!from || from.pathname === '/' || from.pathname === LOGIN_PATH) return LOGIN_PATH;
  const target = `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
  return `${LOGIN_PATH}?${new URLSearchParams({ redirect: target }).toString()}`;
}

export function hadSession(): boolean {
  try {
    return window.localStorage.getItem(SESSION_HINT_KEY) === '1';
  } catch {
    return false;
  }
}

export function markSession(active: boolean): void {
  try {
    if (active) window.localStorage.setItem(SESSION_HINT_KEY, '1');
    else window.localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // storage disabled: expiry is then reported as a plain sign-in
  }
}

/** Why the user is on the login page (kept in the router's location state). */
export type SignedOutReason = 'expired' | 'logout' | 'none';

export interface LoginLocationState {
  reason?: SignedOutReason;
}

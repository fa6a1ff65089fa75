import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { AuthContext, type AuthContextValue, type AuthState } from './context';
import { Can } from './Can';
import { COMPLAINT_READ, describeRequirement, hasPermission } from './permissions';
import { loginPath, safeRedirect } from './session';

describe('hasPermission', () => {
  const agent = ['complaint.create', 'complaint.read.own', 'kb.read'];

  it('needs the exact code', () => {
    expect(hasPermission(agent, 'complaint.create')).toBe(true);
    expect(hasPermission(agent, 'complaint.dispatch')).toBe(false);
    expect(hasPermission(['complaint.read.own'], 'complaint.read.all')).toBe(false);
  });

  it('treats a list as any-of', () => {
    expect(hasPermission(agent, COMPLAINT_READ)).toBe(true);
    expect(hasPermission(['audit.read'], COMPLAINT_READ)).toBe(false);
    expect(hasPermission(['complaint.read.team'], COMPLAINT_READ)).toBe(true);
  });

  it('lets anyone through when nothing is required, nobody when nothing is granted', () => {
    expect(hasPermission([], undefined)).toBe(true);
    expect(hasPermission([], 'kb.read')).toBe(false);
    expect(hasPermission(undefined, 'kb.read')).toBe(false);
  });

  it('describes a requirement', () => {
    expect(describeRequirement('kb.read')).toBe('kb.read');
    expect(describeRequirement(['kb.read', 'kb.edit'])).toBe('kb.read | kb.edit');
  });
});

function withAuth(state: AuthState, ui: React.ReactNode) {
  const value: AuthContextValue = {
    state,
    login: () => Promise.reject(new Error('unused')),
    logout: () => Promise.resolve(),
    recheck: () => undefined,
  };
  return render(<AuthContext.Provider value={value}>{ui}</AuthContext.Provider>);
}

const signedIn = (permissions: string[]): AuthState => ({
  status: 'signedIn',
  me: { permissions, user: { id: '1', username: 'agent', displayName: '张晓燕', roles: ['agent'], team: null } },
});

describe('<Can>', () => {
  it('shows its children only with the permission', () => {
    withAuth(
      signedIn(['complaint.escalate']),
      <>
        <Can permission="complaint.escalate">
          <button type="button">escalate</button>
        </Can>
        <Can permission="complaint.dispatch" fallback={<span>no dispatch</span>}>
          <button type="button">dispatch</button>
        </Can>
      </>,
    );
    expect(screen.getByRole('button', { name: 'escalate' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'dispatch' })).toBeNull();
    expect(screen.getByText('no dispatch')).toBeInTheDocument();
  });

  it('shows nothing when signed out', () => {
    withAuth(
      { status: 'signedOut', reason: 'none' },
      <Can permission="kb.read">
        <span>kb</span>
      </Can>,
    );
    expect(screen.queryByText('kb')).toBeNull();
  });
});

describe('redirect after login', () => {
  it('follows same-origin paths only', () => {
    expect(safeRedirect('/complaints?status=CLOSED')).toBe('/complaints?status=CLOSED');
    expect(safeRedirect('//evil.example/x')).toBe('/');
    expect(safeRedirect('https://evil.example/')).toBe('/');
    expect(safeRedirect('/\\evil.example')).toBe('/');
    expect(safeRedirect('/login?redirect=/x')).toBe('/');
    expect(safeRedirect(null)).toBe('/');
    expect(safeRedirect('', '/complaints')).toBe('/complaints');
  });

  it('round-trips the current location through the login URL', () => {
    const path = loginPath({ pathname: '/complaints', search: '?priority=URGENT&q=退款', hash: '' });
    const url = new URL(path, 'http://x');
    expect(url.pathname).toBe('/login');
    expect(safeRedirect(url.searchParams.get('redirect'))).toBe('/complaints?priority=URGENT&q=退款');
    expect(loginPath({ pathname: '/' })).toBe('/login');
  });
});

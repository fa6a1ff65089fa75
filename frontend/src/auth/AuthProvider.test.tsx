import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router-dom';
import { vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { createQueryClient } from '../api/queryClient';
import { gqlRequest } from '../api/client';
import { AuthProvider } from './AuthProvider';
import { RequireAuth } from './RequireAuth';
import { useAuth } from './context';
import { MeQuery } from './queries';
import { markSession, type LoginLocationState } from './session';
import { ME_AGENT, fakeGraphQL, unauthenticated } from '../test/fakeServer';
import LoginPage from '../pages/login/LoginPage';

function LoginProbe() {
  const location = useLocation();
  const reason = (location.state as LoginLocationState | null)?.reason ?? 'none';
  return (
    <div>
      <span data-testid="reason">{reason}</span>
      <span data-testid="redirect">{new URLSearchParams(location.search).get('redirect') ?? ''}</span>
    </div>
  );
}

function Worker() {
  const { logout } = useAuth();
  return (
    <div>
      <span>work page</span>
      <button type="button" onClick={() => void gqlRequest(MeQuery, {}).catch(() => undefined)}>
        reload
      </button>
      <button type="button" onClick={() => void logout()}>
        logout
      </button>
    </div>
  );
}

function renderApp(loginElement: React.ReactNode = <LoginProbe />, initial = '/work?x=1') {
  const router = createMemoryRouter(
    [
      { path: '/login', element: loginElement },
      {
        path: '/work',
        element: (
          <RequireAuth>
            <Worker />
          </RequireAuth>
        ),
      },
    ],
    { initialEntries: [initial] },
  );
  render(
    <I18nProvider initialLocale="zh-CN">
      <QueryClientProvider client={createQueryClient()}>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </QueryClientProvider>
    </I18nProvider>,
  );
  return router;
}

afterEach(() => vi.unstubAllGlobals());

describe('session handling', () => {
  it('sends a visitor without a session to login, to come back afterwards', async () => {
    fakeGraphQL({ Me: () => unauthenticated() });
    const router = renderApp();
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    // the router's state moves before React commits the login page: wait for it
    expect(await screen.findByTestId('redirect')).toHaveTextContent('/work?x=1');
    expect(screen.getByTestId('reason')).toHaveTextContent('none');
  });

  it('tells a returning user whose session ran out that it expired', async () => {
    markSession(true);
    fakeGraphQL({ Me: () => unauthenticated() });
    renderApp();
    await waitFor(() => expect(screen.getByTestId('reason')).toHaveTextContent('expired'));
  });

  it('signs out with "expired" when any request is refused mid-session', async () => {
    let sessionValid = true;
    fakeGraphQL({ Me: () => (sessionValid ? { data: ME_AGENT } : unauthenticated()) });
    const router = renderApp();
    await screen.findByText('work page');
    expect(window.localStorage.getItem('kesu.session')).toBe('1');

    sessionValid = false;
    await userEvent.click(screen.getByRole('button', { name: 'reload' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(await screen.findByTestId('reason')).toHaveTextContent('expired');
    expect(screen.getByTestId('redirect')).toHaveTextContent('/work?x=1');
    expect(window.localStorage.getItem('kesu.session')).toBeNull();
  });

  it('a deliberate logout revokes the session and does not offer a way back', async () => {
    const fetchMock = fakeGraphQL({ Me: () => ({ data: ME_AGENT }), Logout: () => ({ data: { logout: true } }) });
    const router = renderApp();
    await screen.findByText('work page');
    await userEvent.click(screen.getByRole('button', { name: 'logout' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(await screen.findByTestId('reason')).toHaveTextContent('logout');
    expect(screen.getByTestId('redirect')).toHaveTextContent('');
    const ops = fetchMock.mock.calls.map(
      ([, init]) => (JSON.parse(init?.body as string) as { operationName: string }).operationName,
    );
    expect(ops).toContain('Logout');
  });
});

describe('login page', () => {
  it('says the account is locked when sign-in fails with ACCOUNT_LOCKED', async () => {
    fakeGraphQL({
      Me: () => unauthenticated(),
      Login: () => ({
        data: null,
        errors: [
          {
            message: 'account locked; try again in 15 minutes',
            extensions: { code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED' },
          },
        ],
      }),
    });
    renderApp(<LoginPage />, '/login');
    await userEvent.type(await screen.findByLabelText('用户名'), 'expert');
    await userEvent.type(screen.getByLabelText('密码'), 'Wrong-password-1');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('登录失败');
    expect(alert).toHaveTextContent('账号已被暂时锁定');
    expect(alert).toHaveTextContent('ACCOUNT_LOCKED');
    expect(alert).not.toHaveTextContent('account locked; try again');
  });

  it('falls back to a sign-in wording when the server sends no reason', async () => {
    fakeGraphQL({
      Me: () => unauthenticated(),
      Login: () => unauthenticated('invalid username or password'),
    });
    renderApp(<LoginPage />, '/login');
    await userEvent.type(await screen.findByLabelText('用户名'), 'expert');
    await userEvent.type(screen.getByLabelText('密码'), 'Wrong-password-1');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('用户名或密码错误，或账号已被暂时锁定');
    expect(alert).not.toHaveTextContent('invalid username or password');
  });

  it('shows the expiry notice and returns to the saved page after signing in', async () => {
    let signedIn = false;
    fakeGraphQL({
      Me: () => (signedIn ? { data: ME_AGENT } : unauthenticated()),
      Login: (v) => {
        const input = v.input as { username: string; password: string };
        signedIn = input.username === 'agent' && input.password === 'Kesu-demo-2026';
        return signedIn
          ? { data: { login: { expiresAt: '2026-11-24T15:00:00Z', user: { id: '1', displayName: '张晓燕' } } } }
          : unauthenticated('invalid username or password');
      },
    });
    const router = createMemoryRouter(
      [
        { path: '/login', element: <LoginPage /> },
        { path: '/work', element: <span>back at work</span> },
      ],
      { initialEntries: [{ pathname: '/login', search: '?redirect=%2Fwork%3Fx%3D1', state: { reason: 'expired' } }] },
    );
    render(
      <I18nProvider initialLocale="zh-CN">
        <QueryClientProvider client={createQueryClient()}>
          <AuthProvider>
            <RouterProvider router={router} />
          </AuthProvider>
        </QueryClientProvider>
      </I18nProvider>,
    );
    expect(await screen.findByText('登录已过期，请重新登录')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('用户名'), 'agent');
    await userEvent.type(screen.getByLabelText('密码'), 'Kesu-demo-2026');
    await userEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    await screen.findByText('back at work');
    expect(router.state.location.search).toBe('?x=1');
  });
});

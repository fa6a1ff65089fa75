import { useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { AuthContext } from '../auth/context';
import { I18nProvider } from '../i18n';
import { signedIn, type TestUser } from './signedIn';

/**
 * What a page's component needs around it in a unit test: the Chinese
 * console, a signed-in user holding exactly `permissions`, a query client
 * that never retries, and antd's App (for `message`).
 */
export function TestProviders({
  permissions,
  user,
  children,
}: {
  permissions: string[];
  user?: TestUser;
  children: ReactNode;
}) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  );
  return (
    <I18nProvider initialLocale="zh-CN">
      <AuthContext.Provider value={signedIn(permissions, user)}>
        <QueryClientProvider client={client}>
          <App>{children}</App>
        </QueryClientProvider>
      </AuthContext.Provider>
    </I18nProvider>
  );
}

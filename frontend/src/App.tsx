import { useMemo } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider, theme } from 'antd';
import { AuthProvider } from './auth';
import { ANTD_LOCALES, I18nProvider, useI18n } from './i18n';
import { buildRoutes } from './router';

/** antd theme: Ant Design Pro's blue, a little more compact than the default. */
const THEME = {
  algorithm: theme.defaultAlgorithm,
  token: {
    colorPrimary: '#1677ff',
    borderRadius: 6,
    fontSize: 14,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerHeight: 56, headerPadding: '0 16px', siderBg: '#001529', bodyBg: '#f5f7fa' },
    Table: { cellPaddingBlockSM: 8 },
  },
};

function Providers({ queryClient, children }: { queryClient: QueryClient; children: React.ReactNode }) {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={ANTD_LOCALES[locale]} theme={THEME}>
      <AntdApp>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>{children}</AuthProvider>
        </QueryClientProvider>
      </AntdApp>
    </ConfigProvider>
  );
}

export function KesuApp({ queryClient }: { queryClient: QueryClient }) {
  const router = useMemo(() => createBrowserRouter(buildRoutes()), []);
  return (
    <I18nProvider>
      <Providers queryClient={queryClient}>
        <RouterProvider router={router} />
      </Providers>
    </I18nProvider>
  );
}

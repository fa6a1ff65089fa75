import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Button, Result } from 'antd';
import { useAuth } from './context';
import { LOGIN_PATH, loginPath, type LoginLocationState } from './session';
import { FullPageSpin } from '../components/PageLoading';
import { ErrorAlert } from '../components/ErrorAlert';
import { useT } from '../i18n';

/**
 * Renders its children only for a signed-in user; otherwise sends them to the
 * login page with a `redirect` back here (except after a deliberate logout).
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state, recheck } = useAuth();
  const location = useLocation();
  const t = useT();

  switch (state.status) {
    case 'checking':
      return <FullPageSpin tip={t('auth.checking')} />;
    case 'error':
      return (
        <Result
          status="warning"
          title={t('error.NETWORK')}
          extra={
            <Button type="primary" onClick={recheck}>
              {t('common.retry')}
            </Button>
          }
        >
          <ErrorAlert error={state.error} />
        </Result>
      );
    case 'signedOut': {
      const to = state.reason === 'logout' ? LOGIN_PATH : loginPath(location);
      const navState: LoginLocationState = { reason: state.reason };
      return <Navigate to={to} replace state={navState} />;
    }
    case 'signedIn':
      return <>{children}</>;
  }
}

import { useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { safeRedirect, useAuth, type LoginLocationState } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FullPageSpin } from '../../components/PageLoading';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { LogoMark } from '../../layout/Logo';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../components/useDocumentTitle';

interface LoginForm {
  username: string;
  password: string;
}

/**
 * Sign-in. Shows why the user is here (session expired, signed out) and the
 * reason-based message when sign-in fails (wrong password, locked account).
 * Afterwards it returns to `?redirect=` (same-origin paths only).
 */
export default function LoginPage() {
  const t = useT();
  const { state, login } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const target = safeRedirect(params.get('redirect'));
  const reason = (location.state as LoginLocationState | null)?.reason;
  useDocumentTitle(t('auth.login.title'));

  if (state.status === 'checking') return <FullPageSpin tip={t('auth.checking')} />;
  if (state.status === 'signedIn' && !submitting) return <Navigate to={target} replace />;

  const onFinish = async (values: LoginForm) => {
    setError(null);
    setSubmitting(true);
    try {
      await login(values.username.trim(), values.password);
      void navigate(target, { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="kesu-login">
      <header className="kesu-login-top">
        <LanguageSwitch size="middle" />
      </header>
      <main className="kesu-login-main">
        <div className="kesu-login-brand">
          <LogoMark size={44} />
          <div>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
          </div>
        </div>
        <Card className="kesu-login-card" variant="borderless">
          <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 4 }}>
            {t('auth.login.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 20 }}>
            {t('auth.login.subtitle')}
          </Typography.Paragraph>

          {reason === 'expired' && !error ? (
            <Alert
              type="warning"
              showIcon
              message={t('auth.expired')}
              style={{ marginBottom: 16 }}
              data-testid="session-expired"
            />
          ) : null}
          {reason === 'logout' && !error ? (
            <Alert type="success" showIcon message={t('auth.loggedOut')} style={{ marginBottom: 16 }} />
          ) : null}
          {error ? (
            <ErrorAlert
              error={error}
              title={t('auth.failed')}
              fallback={{ UNAUTHENTICATED: 'auth.failed.fallback' }}
              style={{ marginBottom: 16 }}
            />
          ) : null}

          <Form<LoginForm>
            layout="vertical"
            requiredMark={false}
            onFinish={(v) => void onFinish(v)}
            disabled={submitting}
            name="login"
          >
            <Form.Item
              label={t('auth.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('auth.username.required') }]}
            >
              <Input
                size="large"
                prefix={<UserOutlined aria-hidden />}
                placeholder={t('auth.username.placeholder')}
                autoComplete="username"
                autoFocus
                spellCheck={false}
                autoCapitalize="none"
              />
            </Form.Item>
            <Form.Item
              label={t('auth.password')}
              name="password"
              rules={[{ required: true, message: t('auth.password.required') }]}
            >
              <Input.Password
                size="large"
                prefix={<LockOutlined aria-hidden />}
                placeholder={t('auth.password.placeholder')}
                autoComplete="current-password"
              />
            </Form.Item>
            <Form.Item style={{ marginBottom: 8 }}>
              <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
                {t('auth.submit')}
              </Button>
            </Form.Item>
          </Form>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
            <SafetyCertificateOutlined aria-hidden /> {t('auth.security')}
          </Typography.Paragraph>
        </Card>
      </main>
      <footer className="kesu-login-footer">{t('app.footer')}</footer>
    </div>
  );
}

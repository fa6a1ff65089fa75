import type { ReactNode } from 'react';
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { usePermission } from './context';
import { describeRequirement, type PermissionRequirement } from './permissions';
import { useT } from '../i18n';

/** A page guard: shows a 403 result when the user lacks the permission. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: PermissionRequirement;
  children: ReactNode;
}) {
  const allowed = usePermission(permission);
  const t = useT();
  const navigate = useNavigate();
  if (allowed) return <>{children}</>;
  return (
    <Result
      status="403"
      title={t('auth.forbidden.title')}
      subTitle={t('auth.forbidden.desc', { permission: describeRequirement(permission) })}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}

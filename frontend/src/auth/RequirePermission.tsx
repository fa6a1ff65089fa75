import type { ReactNode } from 'react';
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { usePermission } from './context';
import type { PermissionRequirement } from './permissions';
import { permissionLabel } from '../lib/enums';
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
  const codes = permission === undefined ? [] : typeof permission === 'string' ? [permission] : permission;
  const needed = codes.map((code) => `${permissionLabel(t, code)} (${code})`).join(' / ');
  return (
    <Result
      status="403"
      title={t('auth.forbidden.title')}
      subTitle={t('auth.forbidden.desc', { permission: needed })}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}

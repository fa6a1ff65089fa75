import { useState } from 'react';
import { App, Avatar, Dropdown, Typography, type MenuProps } from 'antd';
import { DownOutlined, KeyOutlined, LogoutOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { useAuth, useMe } from '../auth';
import { useT } from '../i18n';
import { useRoleLabel } from '../data/roles';
import { errorMessage } from '../api/errorMessage';
import { ChangePasswordModal } from './ChangePasswordModal';

/** The signed-in user's name and role in the header, with changing one's password and sign-out. */
export function UserMenu() {
  const me = useMe();
  const { logout } = useAuth();
  const t = useT();
  const { message } = App.useApp();
  const labelRole = useRoleLabel(me.user.roles);
  const roles = me.user.roles.map(labelRole).join('、');
  const [changingPassword, setChangingPassword] = useState(false);

  const onLogout = () => {
    logout().catch((err: unknown) => {
      void message.error(errorMessage(err, t));
    });
  };

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <div style={{ lineHeight: 1.6, color: 'rgba(0,0,0,0.65)' }}>
          <div>
            <Typography.Text strong>{me.user.displayName}</Typography.Text>{' '}
            <Typography.Text type="secondary">@{me.user.username}</Typography.Text>
          </div>
          {me.user.team ? (
            <div>
              <TeamOutlined /> {t('header.team')}: {me.user.team.name}
            </div>
          ) : null}
          <div>
            <UserOutlined /> {t('header.roles')}: {roles || '—'}
          </div>
        </div>
      ),
    },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: t('account.changePassword') },
    { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), danger: true },
  ];

  const onMenu = (key: string) => {
    if (key === 'logout') onLogout();
    if (key === 'password') setChangingPassword(true);
  };

  return (
    <>
      <Dropdown trigger={['click']} placement="bottomRight" menu={{ items, onClick: ({ key }) => onMenu(key) }}>
        <button
          type="button"
          className="kesu-header-action"
          aria-label={`${t('header.userMenu')}: ${me.user.displayName}`}
          data-testid="user-menu"
        >
          <Avatar size="small" style={{ backgroundColor: '#1677ff', flex: 'none' }}>
            {Array.from(me.user.displayName)[0] ?? '?'}
          </Avatar>
          <span className="kesu-user-name">{me.user.displayName}</span>
          <span className="kesu-user-role">{roles}</span>
          <DownOutlined style={{ fontSize: 10, color: 'rgba(0,0,0,0.45)' }} />
        </button>
      </Dropdown>
      {changingPassword ? (
        <ChangePasswordModal onClose={() => setChangingPassword(false)} />
      ) : null}
    </>
  );
}

import { useMemo, useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Badge, Button, Card, Flex, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { KeyOutlined, PlusOutlined, ReloadOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { gqlRequest } from '../../api/client';
import type { GraphQLRequestError } from '../../api/errors';
import { gqlKey } from '../../api/hooks';
import { Can, useMe } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { TimeText } from '../../components/TimeText';
import type { AdminUsersQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { isBuiltinRole } from '../../lib/enums';
import { AdminUsersQuery as UsersDoc } from './queries';
import './admin.css';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { RosterModal } from './RosterModal';
import { PAGE_SIZE, useRoleOptions, type UserRow } from './userOptions';

/**
 * 用户管理 (user.manage): accounts, their roles, team and status; new
 * accounts and password resets; and, with roster.manage, each member's
 * backup (B角) and absence (缺勤).
 */
export default function UsersPage() {
  const t = useT();
  const me = useMe();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const [rostering, setRostering] = useState<UserRow | null>(null);
  const { label: roleName } = useRoleOptions();

  const query = useInfiniteQuery<
    AdminUsersQuery,
    GraphQLRequestError,
    { pages: AdminUsersQuery[] },
    readonly unknown[],
    string | null
  >({
    queryKey: gqlKey('AdminUsers', {}),
    queryFn: ({ pageParam, signal }) => gqlRequest(UsersDoc, { first: PAGE_SIZE, after: pageParam }, { signal }),
    initialPageParam: null,
    getNextPageParam: (last) =>
      last.users.pageInfo.hasNextPage ? (last.users.pageInfo.endCursor ?? undefined) : undefined,
  });
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.users.nodes) ?? [], [query.data]);

  const columns: TableProps<UserRow>['columns'] = [
    {
      key: 'username',
      title: t('admin.users.col.username'),
      dataIndex: 'username',
      width: 140,
      render: (v: string) => <span className="kesu-mono">{v}</span>,
    },
    {
      key: 'displayName',
      title: t('admin.users.col.displayName'),
      dataIndex: 'displayName',
      width: 120,
      render: (v: string, r) => (
        <Space size={4}>
          {v}
          {r.id === me.user.id ? <Tag bordered={false}>{t('admin.users.you')}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'roles',
      title: t('admin.users.col.roles'),
      render: (_, r) => (
        <Space size={[4, 4]} wrap>
          {r.roles.map((c) => (
            <Tag key={c} color={isBuiltinRole(c) ? 'blue' : 'purple'} bordered={false} style={{ marginInlineEnd: 0 }}>
              {roleName(c)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'team',
      title: t('admin.users.col.team'),
      width: 150,
      ellipsis: true,
      render: (_, r) => r.team?.name ?? '—',
    },
    {
      key: 'active',
      title: t('admin.users.col.status'),
      width: 84,
      render: (_, r) =>
        r.active ? (
          <Badge status="success" text={t('admin.users.active')} />
        ) : (
          <Badge status="default" text={t('admin.users.inactive')} />
        ),
    },
    {
      key: 'absent',
      title: t('admin.users.col.absent'),
      width: 84,
      render: (_, r) =>
        r.absent ? (
          <Tag color="orange" bordered={false} data-testid="user-absent">
            {t('admin.roster.absent')}
          </Tag>
        ) : r.team ? (
          <Typography.Text type="secondary">{t('admin.roster.present')}</Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      key: 'backup',
      title: t('admin.users.col.backup'),
      width: 110,
      ellipsis: true,
      render: (_, r) => <span data-testid="user-backup">{r.backup?.displayName ?? '—'}</span>,
    },
    {
      key: 'createdAt',
      title: t('admin.users.col.createdAt'),
      width: 150,
      render: (_, r) => <TimeText value={r.createdAt} />,
    },
    {
      key: 'ops',
      title: t('admin.col.actions'),
      width: 280,
      fixed: 'right',
      render: (_, r) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            onClick={() => setEditing(r)}
            aria-label={t('admin.users.editAria', { name: r.username })}
          >
            {t('admin.edit')}
          </Button>
          <Button
            type="link"
            size="small"
            icon={<KeyOutlined />}
            onClick={() => setResetting(r)}
            aria-label={t('admin.users.resetAria', { name: r.username })}
          >
            {t('admin.users.reset')}
          </Button>
          <Can permission="roster.manage">
            <Button
              type="link"
              size="small"
              icon={<UserSwitchOutlined />}
              onClick={() => setRostering(r)}
              aria-label={t('admin.roster.actionAria', { name: r.username })}
            >
              {t('admin.roster.action')}
            </Button>
          </Can>
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      subTitle={t('admin.users.subtitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('admin.users.create')}
        </Button>
      }
    >
      <Card
        variant="borderless"
        className="kesu-card"
        title={t('admin.users.table')}
        styles={{ body: { padding: 0 } }}
        extra={
          <Space>
            <Typography.Text type="secondary">
              {query.data ? t('admin.users.count', { count: rows.length }) : null}
            </Typography.Text>
            <Button
              size="small"
              icon={<ReloadOutlined />}
              onClick={() => void query.refetch()}
              loading={query.isRefetching}
              aria-label={t('admin.refresh')}
            />
          </Space>
        }
      >
        <div data-testid="admin-users" aria-busy={query.isFetching}>
          {query.error ? (
            <ErrorAlert error={query.error} onRetry={() => void query.refetch()} style={{ margin: 16 }} />
          ) : null}
          <Table<UserRow>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={query.isPending}
            pagination={false}
            scroll={{ x: 1250 }}
            footer={
              query.hasNextPage
                ? () => (
                    <Flex justify="center">
                      <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                        {t('admin.more')}
                      </Button>
                    </Flex>
                  )
                : undefined
            }
          />
        </div>
      </Card>
      <CreateUserModal open={creating} onClose={() => setCreating(false)} />
      <EditUserModal user={editing} onClose={() => setEditing(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      {rostering ? (
        <RosterModal key={rostering.id} user={rostering} rows={rows} onClose={() => setRostering(null)} />
      ) : null}
    </PageContainer>
  );
}

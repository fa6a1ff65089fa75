import { useEffect, useMemo, useState } from 'react';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Badge,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  TreeSelect,
  Typography,
  type TableProps,
} from 'antd';
import { KeyOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { gqlRequest } from '../../api/client';
import type { GraphQLRequestError } from '../../api/errors';
import { gqlKey, useGqlMutation, useGqlQuery } from '../../api/hooks';
import { useMe } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { TimeText } from '../../components/TimeText';
import type { AdminUsersQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { isBuiltinRole, roleLabel } from '../../lib/enums';
import { buildTeamTree, userChanges, type TeamNode } from './adminModel';
import {
  AdminRolesQuery,
  AdminTeamsQuery,
  AdminUsersQuery as UsersDoc,
  CreateUserMutation,
  ResetUserPasswordMutation,
  UpdateUserMutation,
} from './queries';
import './admin.css';

const PAGE_SIZE = 100;

type UserRow = AdminUsersQuery['users']['nodes'][number];

interface TeamSelectNode {
  value: string;
  title: string;
  children?: TeamSelectNode[];
}

function toTeamSelect(nodes: readonly TeamNode[]): TeamSelectNode[] {
  return nodes.map((n) => ({
    value: n.id,
    title: n.name,
    children: n.children ? toTeamSelect(n.children) : undefined,
  }));
}

/** Role options (built-in roles under the console's names) and a labeller. */
function useRoleOptions() {
  const t = useT();
  const roles = useGqlQuery(AdminRolesQuery, {}, { staleTime: 60_000 });
  const label = (code: string) =>
    isBuiltinRole(code) ? roleLabel(t, code) : (roles.data?.roles.find((r) => r.code === code)?.name ?? code);
  const options = (roles.data?.roles ?? []).map((r) => ({ value: r.code, label: `${label(r.code)}（${r.code}）` }));
  return { roles, label, options };
}

function useTeamOptions() {
  const teams = useGqlQuery(AdminTeamsQuery, {}, { staleTime: 60_000 });
  const tree = useMemo(() => toTeamSelect(buildTeamTree(teams.data?.teams ?? [])), [teams.data]);
  return { teams, tree };
}

/** 用户管理 (user.manage): accounts, their roles, team and status; new accounts and password resets. */
export default function UsersPage() {
  const t = useT();
  const me = useMe();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [resetting, setResetting] = useState<UserRow | null>(null);
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
      key: 'createdAt',
      title: t('admin.users.col.createdAt'),
      width: 150,
      render: (_, r) => <TimeText value={r.createdAt} />,
    },
    {
      key: 'ops',
      title: t('admin.col.actions'),
      width: 150,
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
            scroll={{ x: 960 }}
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
    </PageContainer>
  );
}

interface CreateValues {
  username: string;
  displayName: string;
  password: string;
  confirm: string;
  roles: string[];
  teamId?: string;
}

function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<CreateValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { options: roleOptions, roles } = useRoleOptions();
  const { tree, teams } = useTeamOptions();
  const create = useGqlMutation(CreateUserMutation, {
    onSuccess: (d) => {
      void message.success(t('admin.users.created', { name: d.createUser.username }));
      void queryClient.invalidateQueries({ queryKey: gqlKey('AdminUsers') });
      close();
    },
  });
  const close = () => {
    create.reset();
    form.resetFields();
    onClose();
  };
  const onOk = () => {
    form
      .validateFields()
      .then((v) =>
        create.mutate({
          input: {
            username: v.username.trim(),
            displayName: v.displayName.trim(),
            password: v.password,
            roles: v.roles,
            teamId: v.teamId ?? null,
          },
        }),
      )
      .catch(() => undefined); // field errors are shown next to the fields
  };
  return (
    <Modal
      open={open}
      title={t('admin.users.create')}
      onOk={onOk}
      onCancel={close}
      okText={t('admin.save')}
      cancelText={t('admin.cancel')}
      confirmLoading={create.isPending}
      width={560}
      destroyOnHidden
    >
      {create.error ? <ErrorAlert error={create.error} style={{ marginBottom: 16 }} /> : null}
      {roles.error ? <ErrorAlert error={roles.error} style={{ marginBottom: 16 }} /> : null}
      {teams.error ? <ErrorAlert error={teams.error} style={{ marginBottom: 16 }} /> : null}
      <Form<CreateValues> form={form} layout="vertical" name="create-user" preserve={false} autoComplete="off">
        <Form.Item
          name="username"
          label={t('admin.users.col.username')}
          extra={t('admin.users.usernameHelp')}
          rules={[{ required: true, whitespace: true, message: t('admin.users.required.username') }]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('admin.users.col.displayName')}
          rules={[{ required: true, whitespace: true, message: t('admin.users.required.displayName') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('admin.users.password')}
          extra={t('admin.users.passwordPolicy')}
          rules={[{ required: true, message: t('admin.users.required.password') }]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('admin.users.confirm')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('admin.users.required.confirm') },
            ({ getFieldValue }) => ({
              validator: (_, v: string | undefined) =>
                !v || v === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('admin.users.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('admin.users.col.roles')}
          rules={[{ required: true, message: t('admin.users.required.roles') }]}
        >
          <Select
            mode="multiple"
            options={roleOptions}
            optionFilterProp="label"
            loading={roles.isPending}
            placeholder={t('admin.users.rolesPh')}
          />
        </Form.Item>
        <Form.Item name="teamId" label={t('admin.users.col.team')}>
          <TreeSelect
            treeData={tree}
            allowClear
            showSearch
            treeNodeFilterProp="title"
            treeDefaultExpandAll
            loading={teams.isPending}
            placeholder={t('admin.users.teamPh')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface EditValues {
  displayName: string;
  roles: string[];
  teamId?: string | null;
  active: boolean;
}

function EditUserModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<EditValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { options: roleOptions, roles } = useRoleOptions();
  const { tree, teams } = useTeamOptions();
  const update = useGqlMutation(UpdateUserMutation, {
    onSuccess: (d) => {
      void message.success(t('admin.users.updated', { name: d.updateUser.username }));
      void queryClient.invalidateQueries({ queryKey: gqlKey('AdminUsers') });
      close();
    },
  });
  const close = () => {
    update.reset();
    onClose();
  };
  // one form instance serves every user: load this user's values whenever the dialog opens
  useEffect(() => {
    if (!user) return;
    form.setFieldsValue({
      displayName: user.displayName,
      roles: [...user.roles],
      teamId: user.team?.id ?? null,
      active: user.active,
    });
  }, [user, form]);
  const onOk = () => {
    if (!user) return;
    form
      .validateFields()
      .then((v) => {
        const changes = userChanges(
          { displayName: user.displayName, roles: user.roles, teamId: user.team?.id ?? null, active: user.active },
          { displayName: v.displayName, roles: v.roles, teamId: v.teamId ?? null, active: v.active },
        );
        if (Object.keys(changes).length === 0) {
          close();
          return;
        }
        update.mutate({ input: { id: user.id, ...changes } });
      })
      .catch(() => undefined); // field errors are shown next to the fields
  };
  return (
    <Modal
      open={user !== null}
      title={user ? t('admin.users.editTitle', { name: user.username }) : ''}
      onOk={onOk}
      onCancel={close}
      okText={t('admin.save')}
      cancelText={t('admin.cancel')}
      confirmLoading={update.isPending}
      width={560}
      destroyOnHidden
    >
      {update.error ? <ErrorAlert error={update.error} style={{ marginBottom: 16 }} /> : null}
      {user ? (
        <Form<EditValues>
          form={form}
          layout="vertical"
          name="edit-user"
          preserve={false}
          initialValues={{
            displayName: user.displayName,
            roles: [...user.roles],
            teamId: user.team?.id ?? null,
            active: user.active,
          }}
        >
          <Form.Item label={t('admin.users.col.username')}>
            <Input value={user.username} disabled />
          </Form.Item>
          <Form.Item
            name="displayName"
            label={t('admin.users.col.displayName')}
            rules={[{ required: true, whitespace: true, message: t('admin.users.required.displayName') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="roles"
            label={t('admin.users.col.roles')}
            rules={[{ required: true, message: t('admin.users.required.roles') }]}
          >
            <Select mode="multiple" options={roleOptions} optionFilterProp="label" loading={roles.isPending} />
          </Form.Item>
          <Form.Item name="teamId" label={t('admin.users.col.team')} extra={t('admin.users.teamClear')}>
            <TreeSelect
              treeData={tree}
              allowClear
              showSearch
              treeNodeFilterProp="title"
              treeDefaultExpandAll
              loading={teams.isPending}
              placeholder={t('admin.users.noTeam')}
            />
          </Form.Item>
          <Form.Item
            name="active"
            label={t('admin.users.col.status')}
            valuePropName="checked"
            extra={t('admin.users.activeHelp')}
          >
            <Switch checkedChildren={t('admin.users.active')} unCheckedChildren={t('admin.users.inactive')} />
          </Form.Item>
        </Form>
      ) : null}
    </Modal>
  );
}

function ResetPasswordModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  const { message } = App.useApp();
  const reset = useGqlMutation(ResetUserPasswordMutation, {
    onSuccess: () => {
      void message.success(t('admin.users.resetDone', { name: user?.username ?? '' }));
      close();
    },
  });
  const close = () => {
    reset.reset();
    form.resetFields();
    onClose();
  };
  const onOk = () => {
    if (!user) return;
    form
      .validateFields()
      .then((v) => reset.mutate({ input: { id: user.id, newPassword: v.password } }))
      .catch(() => undefined); // field errors are shown next to the fields
  };
  return (
    <Modal
      open={user !== null}
      title={user ? t('admin.users.resetTitle', { name: user.username }) : ''}
      onOk={onOk}
      onCancel={close}
      okText={t('admin.users.reset')}
      cancelText={t('admin.cancel')}
      confirmLoading={reset.isPending}
      destroyOnHidden
    >
      {reset.error ? <ErrorAlert error={reset.error} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" name="reset-password" preserve={false} autoComplete="off">
        <Form.Item
          name="password"
          label={t('admin.users.newPassword')}
          extra={t('admin.users.passwordPolicy')}
          rules={[{ required: true, message: t('admin.users.required.password') }]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('admin.users.confirm')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('admin.users.required.confirm') },
            ({ getFieldValue }) => ({
              validator: (_, v: string | undefined) =>
                !v || v === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('admin.users.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Drawer,
  Flex,
  Form,
  Input,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableProps,
} from 'antd';
import { LockOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { gqlKey, useGqlMutation, useGqlQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import type { AdminRolesQuery as AdminRolesResult } from '../../gql/graphql';
import { useT } from '../../i18n';
import { isBuiltinRole, permissionLabel, roleLabel } from '../../lib/enums';
import { groupPermissions, groupSelection, toggleGroup, type PermissionGroup, type PermissionInfo } from './adminModel';
import { AdminRolesQuery, CreateRoleMutation, UpdateRoleMutation } from './queries';
import { AuthorityLimitModal } from './AuthorityLimitModal';
import { authorityLimitText } from '../approvals/approvalModel';
import './admin.css';

type RoleRow = AdminRolesResult['roles'][number];
type EditorTarget = { mode: 'create' } | { mode: 'edit'; role: RoleRow };

/**
 * 角色权限 (role.manage): built-in roles (read-only) and custom roles with
 * grouped permissions; and each role's 审批权限额度 (authority limit), which
 * may be set on built-in roles too.
 */
export default function RolesPage() {
  const t = useT();
  const { data, error, isPending, isFetching, refetch } = useGqlQuery(AdminRolesQuery, {});
  const [target, setTarget] = useState<EditorTarget | null>(null);
  const [limiting, setLimiting] = useState<RoleRow | null>(null);
  const perms = useMemo(() => data?.permissions ?? [], [data]);
  const labelOf = useMemo(() => new Map(perms.map((p) => [p.code, permissionLabel(t, p.code, p.label)])), [perms, t]);
  const name = (r: RoleRow) => (r.builtin && isBuiltinRole(r.code) ? roleLabel(t, r.code) : r.name);

  const columns: TableProps<RoleRow>['columns'] = [
    {
      key: 'name',
      title: t('admin.roles.col.name'),
      width: 170,
      render: (_, r) => (
        <Space size={6}>
          <span style={{ fontWeight: 500 }}>{name(r)}</span>
          {r.builtin ? (
            <Tooltip title={t('admin.roles.builtinHelp')}>
              <Tag icon={<LockOutlined />} bordered={false}>
                {t('admin.roles.builtin')}
              </Tag>
            </Tooltip>
          ) : (
            <Tag color="purple" bordered={false}>
              {t('admin.roles.custom')}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      key: 'code',
      title: t('admin.roles.col.code'),
      dataIndex: 'code',
      width: 120,
      render: (v: string) => <span className="kesu-mono">{v}</span>,
    },
    {
      key: 'permissions',
      title: t('admin.roles.col.permissions'),
      render: (_, r) => (
        <Space size={[4, 4]} wrap>
          {r.permissions.map((code) => (
            <Tooltip key={code} title={code}>
              <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
                {labelOf.get(code) ?? code}
              </Tag>
            </Tooltip>
          ))}
        </Space>
      ),
    },
    {
      key: 'authority',
      title: t('admin.roles.col.authority'),
      width: 170,
      render: (_, r) => (
        <Space size={4} wrap>
          <Typography.Text
            type={r.authorityLimitCents === null || r.authorityLimitCents === undefined ? 'secondary' : undefined}
            data-testid="role-authority"
          >
            {authorityLimitText(t, r.authorityLimitCents)}
          </Typography.Text>
          <Button
            type="link"
            size="small"
            style={{ paddingInline: 0 }}
            onClick={() => setLimiting(r)}
            aria-label={t('admin.roles.authority.editAria', { code: r.code })}
            data-testid="role-authority-edit"
          >
            {t('admin.roles.authority.edit')}
          </Button>
        </Space>
      ),
    },
    {
      key: 'count',
      title: t('admin.roles.col.count'),
      width: 72,
      align: 'right',
      render: (_, r) => r.permissions.length,
    },
    {
      key: 'ops',
      title: t('admin.col.actions'),
      width: 88,
      fixed: 'right',
      render: (_, r) => (
        <Button
          type="link"
          size="small"
          onClick={() => setTarget({ mode: 'edit', role: r })}
          aria-label={`${r.builtin ? t('admin.view') : t('admin.edit')} ${r.code}`}
        >
          {r.builtin ? t('admin.view') : t('admin.edit')}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer
      subTitle={t('admin.roles.subtitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create' })} disabled={!data}>
          {t('admin.roles.create')}
        </Button>
      }
    >
      <Card
        variant="borderless"
        className="kesu-card"
        title={t('admin.roles.table')}
        styles={{ body: { padding: 0 } }}
        extra={
          <Button
            size="small"
            icon={<ReloadOutlined />}
            onClick={() => void refetch()}
            loading={isFetching && !isPending}
            aria-label={t('admin.refresh')}
          />
        }
      >
        <div data-testid="admin-roles" aria-busy={isFetching}>
          {error ? <ErrorAlert error={error} onRetry={() => void refetch()} style={{ margin: 16 }} /> : null}
          <Table<RoleRow>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data?.roles ?? []}
            loading={isPending}
            pagination={false}
            scroll={{ x: 1080 }}
            onRow={(r) => ({ 'data-code': r.code }) as React.HTMLAttributes<HTMLElement>}
          />
        </div>
      </Card>
      <RoleEditor target={target} permissions={perms} onClose={() => setTarget(null)} displayName={name} />
      {limiting ? (
        <AuthorityLimitModal key={limiting.id} role={limiting} name={name(limiting)} onClose={() => setLimiting(null)} />
      ) : null}
    </PageContainer>
  );
}

interface RoleValues {
  code: string;
  name: string;
  permissions: string[];
}

function RoleEditor({
  target,
  permissions,
  onClose,
  displayName,
}: {
  target: EditorTarget | null;
  permissions: readonly PermissionInfo[];
  onClose: () => void;
  displayName: (r: RoleRow) => string;
}) {
  const t = useT();
  const [form] = Form.useForm<RoleValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const groups = useMemo(() => groupPermissions(permissions), [permissions]);
  const role = target?.mode === 'edit' ? target.role : null;
  const readOnly = role?.builtin ?? false;
  const done = (text: string) => {
    void message.success(text);
    void queryClient.invalidateQueries({ queryKey: gqlKey('AdminRoles') });
    void queryClient.invalidateQueries({ queryKey: gqlKey('RoleNames') });
    close();
  };
  const create = useGqlMutation(CreateRoleMutation, {
    onSuccess: (d) => done(t('admin.roles.created', { code: d.createRole.code })),
  });
  const update = useGqlMutation(UpdateRoleMutation, {
    onSuccess: (d) => done(t('admin.roles.updated', { code: d.updateRole.code })),
  });
  const error = create.error ?? update.error;
  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };
  const onSave = () => {
    form
      .validateFields()
      .then((v) => {
        if (role) update.mutate({ input: { id: role.id, name: v.name.trim(), permissions: v.permissions } });
        else create.mutate({ input: { code: v.code.trim(), name: v.name.trim(), permissions: v.permissions } });
      })
      .catch(() => undefined); // field errors are shown next to the fields
  };

  // one form instance serves every role: load this role's values whenever the drawer opens
  useEffect(() => {
    if (!target) return;
    form.setFieldsValue(
      target.mode === 'edit'
        ? { code: target.role.code, name: target.role.name, permissions: [...target.role.permissions] }
        : { code: '', name: '', permissions: [] },
    );
  }, [target, form]);

  const title = !target
    ? ''
    : role
      ? readOnly
        ? t('admin.roles.viewTitle', { name: displayName(role) })
        : t('admin.roles.editTitle', { name: role.name })
      : t('admin.roles.create');

  return (
    <Drawer
      open={target !== null}
      onClose={close}
      width={680}
      title={title}
      destroyOnHidden
      extra={
        readOnly ? null : (
          <Space>
            <Button onClick={close}>{t('admin.cancel')}</Button>
            <Button type="primary" onClick={onSave} loading={create.isPending || update.isPending}>
              {t('admin.save')}
            </Button>
          </Space>
        )
      }
    >
      {readOnly ? (
        <Alert type="info" showIcon message={t('admin.roles.builtinHelp')} style={{ marginBottom: 16 }} />
      ) : null}
      {error ? <ErrorAlert error={error} style={{ marginBottom: 16 }} /> : null}
      {target ? (
        <Form<RoleValues>
          form={form}
          layout="vertical"
          name="role"
          preserve={false}
          disabled={readOnly}
          initialValues={
            role
              ? { code: role.code, name: role.name, permissions: [...role.permissions] }
              : { code: '', name: '', permissions: [] }
          }
        >
          <Flex gap={16}>
            <Form.Item
              name="name"
              label={t('admin.roles.col.name')}
              style={{ flex: 1 }}
              rules={[{ required: true, whitespace: true, message: t('admin.roles.required.name') }]}
            >
              <Input maxLength={100} placeholder={t('admin.roles.namePh')} />
            </Form.Item>
            <Form.Item
              name="code"
              label={t('admin.roles.col.code')}
              style={{ flex: 1 }}
              extra={role ? undefined : t('admin.roles.codeHelp')}
              rules={[{ required: true, whitespace: true, message: t('admin.roles.required.code') }]}
            >
              <Input
                maxLength={64}
                disabled={role !== null}
                placeholder="e.g. night_shift_lead"
                className="kesu-mono"
              />
            </Form.Item>
          </Flex>
          <Form.Item
            name="permissions"
            label={t('admin.roles.col.permissions')}
            rules={[{ type: 'array', min: 1, message: t('admin.roles.required.permissions') }]}
          >
            <PermissionChecklist groups={groups} disabled={readOnly} />
          </Form.Item>
        </Form>
      ) : null}
    </Drawer>
  );
}

/** Permissions in groups, each with a "select all" box (a form control: value = selected codes). */
function PermissionChecklist({
  groups,
  value,
  onChange,
  disabled,
}: {
  groups: readonly PermissionGroup[];
  value?: string[];
  onChange?: (v: string[]) => void;
  disabled?: boolean;
}) {
  const t = useT();
  const selected = value ?? [];
  return (
    <div className="kesu-perm-groups" data-testid="permission-groups">
      {groups.map((g) => {
        const state = groupSelection(selected, g);
        const groupLabelId = `perm-group-${g.key}`;
        return (
          <fieldset key={g.key} className="kesu-perm-group" aria-labelledby={groupLabelId} data-group={g.key}>
            <Flex justify="space-between" align="center" className="kesu-perm-group-head">
              <Typography.Text strong id={groupLabelId}>
                {t(`admin.permGroup.${g.key}`)}
              </Typography.Text>
              <Checkbox
                checked={state === 'all'}
                indeterminate={state === 'some'}
                disabled={disabled}
                onChange={(e) => onChange?.(toggleGroup(selected, g, e.target.checked))}
              >
                {t('admin.roles.selectAll')}
              </Checkbox>
            </Flex>
            <Checkbox.Group
              value={selected.filter((c) => g.items.some((p) => p.code === c))}
              disabled={disabled}
              onChange={(codes) => {
                const others = selected.filter((c) => !g.items.some((p) => p.code === c));
                onChange?.([...others, ...codes]);
              }}
              className="kesu-perm-items"
            >
              {g.items.map((p) => (
                <span key={p.code} data-code={p.code}>
                  <Checkbox value={p.code}>
                    <span>{permissionLabel(t, p.code, p.label)}</span>{' '}
                    <Typography.Text type="secondary" className="kesu-mono" style={{ fontSize: 11 }}>
                      {p.code}
                    </Typography.Text>
                  </Checkbox>
                </span>
              ))}
            </Checkbox.Group>
          </fieldset>
        );
      })}
    </div>
  );
}

import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, Switch, TreeSelect } from 'antd';
import { gqlKey, useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { userChanges } from './adminModel';
import { UpdateUserMutation } from './queries';
import { useRoleOptions, useTeamOptions, type UserRow } from './userOptions';

interface EditValues {
  displayName: string;
  roles: string[];
  teamId?: string | null;
  active: boolean;
}

export function EditUserModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
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
            extra={t('admin.users.rolesHelp')}
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

import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, TreeSelect } from 'antd';
import { gqlKey, useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { CreateUserMutation } from './queries';
import { useRoleOptions, useTeamOptions } from './userOptions';

interface CreateValues {
  username: string;
  displayName: string;
  password: string;
  confirm: string;
  roles: string[];
  teamId?: string;
}

export function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
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

import { App, Form, Input, Modal } from 'antd';
import { useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { ResetUserPasswordMutation } from './queries';
import type { UserRow } from './userOptions';

export function ResetPasswordModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
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

import { App, Form, Input, Modal, Typography } from 'antd';
import { graphql } from '../gql';
import { useGqlMutation } from '../api/hooks';
import { errorItemMessage } from '../api/errorMessage';
import { ErrorAlert } from '../components/ErrorAlert';
import { useT } from '../i18n';
import { PASSWORD_MAX, PASSWORD_MIN, fieldOfPasswordError, passwordProblem } from './passwordPolicy';

const ChangePasswordMutation = graphql(`
  mutation ChangeOwnPassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}
/** 修改密码: the signed-in user changes their own password (current one required). */
export function ChangePasswordModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useGqlMutation(ChangePasswordMutation, {
    onSuccess: () => {
      void message.success(t('account.changePassword.done'));
      onClose();
    },
    onError: (err) => {
      const field = fieldOfPasswordError(err);
      const item = err.errors[0];
      if (field && item) form.setFields([{ name: field, errors: [errorItemMessage(item, t)] }]);
    },
  });
  const fieldError = fieldOfPasswordError(change.error);

  return (
    <Modal
      open
      title={t('account.changePassword')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('account.changePassword.submit')}
      cancelText={t('account.changePassword.cancel')}
      okButtonProps={{ loading: change.isPending, 'data-testid': 'change-password-submit' }}
      maskClosable={false}
      destroyOnHidden
      width={440}
    >
      <Typography.Paragraph type="secondary">{t('account.changePassword.desc')}</Typography.Paragraph>
      {change.error && !fieldError ? <ErrorAlert error={change.error} style={{ marginBottom: 16 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        name="change-password"
        onFinish={(v) => change.mutate({ input: { currentPassword: v.currentPassword, newPassword: v.newPassword } })}
      >
        <Form.Item
          name="currentPassword"
          label={t('account.currentPassword')}
          rules={[{ required: true, message: t('account.currentPassword.required') }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('account.newPassword')}
          extra={t('account.newPassword.help')}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: t('account.newPassword.required') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) => {
                if (!value) return Promise.resolve();
                const problem = passwordProblem(value, getFieldValue('currentPassword') as string | undefined);
                return problem
                  ? Promise.reject(
                      new Error(t(`account.password.${problem}` as const, { min: PASSWORD_MIN, max: PASSWORD_MAX })),
                    )
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('account.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('account.confirmPassword.required') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('account.confirmPassword.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

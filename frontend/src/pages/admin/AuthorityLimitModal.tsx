import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, InputNumber, Modal } from 'antd';
import { gqlKey, useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { centsToYuan, formatCents } from '../../lib/money';
import {
  DEFAULT_AUTHORITY_CENTS,
  MAX_AUTHORITY_CENTS,
  authorityLimitFromForm,
  authorityLimitText,
} from '../approvals/approvalModel';
import { SetRoleAuthorityLimitMutation } from './queries';

interface LimitValues {
  limitYuan?: number | null;
}

/**
 * 审批权限额度 of one role (built-in ones too): what its holders may grant
 * without an approver; empty restores the default (1,000 元).
 */
export function AuthorityLimitModal({
  role,
  name,
  onClose,
}: {
  role: { id: string; authorityLimitCents?: number | null };
  /** The role's name as the page shows it. */
  name: string;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<LimitValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const save = useGqlMutation(SetRoleAuthorityLimitMutation, {
    onSuccess: (d) => {
      void message.success(
        t('admin.roles.authority.saved', {
          name,
          amount: authorityLimitText(t, d.setRoleAuthorityLimit.authorityLimitCents),
        }),
      );
      void queryClient.invalidateQueries({ queryKey: gqlKey('AdminRoles') });
      void queryClient.invalidateQueries({ queryKey: gqlKey('MyAuthority') });
      onClose();
    },
  });
  const onOk = () => {
    form
      .validateFields()
      .then((v) => save.mutate({ input: { roleId: role.id, limitCents: authorityLimitFromForm(v.limitYuan) } }))
      .catch(() => undefined); // field errors are shown next to the field
  };
  return (
    <Modal
      open
      title={t('admin.roles.authority.title', { name })}
      okText={t('admin.save')}
      cancelText={t('admin.cancel')}
      okButtonProps={{ 'data-testid': 'authority-limit-save' }}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon message={t('admin.roles.authority.help')} style={{ marginBottom: 16 }} />
      {save.error ? <ErrorAlert error={save.error} style={{ marginBottom: 16 }} /> : null}
      <Form<LimitValues>
        form={form}
        layout="vertical"
        name="authority-limit"
        preserve={false}
        initialValues={{ limitYuan: centsToYuan(role.authorityLimitCents) }}
      >
        <Form.Item
          name="limitYuan"
          label={t('admin.roles.authority.limit')}
          extra={t('admin.roles.authority.extra', { amount: formatCents(DEFAULT_AUTHORITY_CENTS, 'suffix', t) })}
        >
          <InputNumber<number>
            autoFocus
            min={0}
            max={MAX_AUTHORITY_CENTS / 100}
            precision={2}
            style={{ width: 240 }}
            suffix={t('intake.unit.yuan')}
            placeholder={(DEFAULT_AUTHORITY_CENTS / 100).toFixed(2)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

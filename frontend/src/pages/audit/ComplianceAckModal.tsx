import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { hasErrorCode } from '../../api/errors';
import { gqlKey, useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { complianceRuleLabel } from '../../lib/enums';
import { readingText, RULE_COLOR } from './complianceModel';
import { AcknowledgeComplianceAlertDoc, type ComplianceAlertRow } from './complianceQueries';

/** The server's limit on the note. */
const MAX_NOTE = 1000;

/**
 * 确认合规预警: a raised alert acknowledged with a required note (audited).
 * One acknowledged or cleared meanwhile is refused with CONFLICT, said in the
 * console's words, and the list refreshes to show it as it now is.
 */
export function ComplianceAckModal({ alert, onClose }: { alert: ComplianceAlertRow; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ note: string }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: gqlKey('ComplianceAlerts') });
    // the acknowledgement is an audit record too
    void queryClient.invalidateQueries({ queryKey: gqlKey('AuditLogs') });
  };
  const ack = useGqlMutation(AcknowledgeComplianceAlertDoc, {
    onSuccess: () => {
      void message.success(t('compliance.ack.done'));
      refresh();
      onClose();
    },
    onError: (err) => {
      if (hasErrorCode(err, 'CONFLICT')) refresh();
    },
  });
  const onOk = () => {
    form
      .validateFields()
      .then((v) => ack.mutate({ input: { id: alert.id, note: v.note.trim() } }))
      .catch(() => undefined);
  };
  const rule = complianceRuleLabel(t, alert.rule);
  return (
    <Modal
      open
      title={t('compliance.ack.title')}
      okText={t('compliance.ack.ok')}
      cancelText={t('compliance.ack.cancel')}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={ack.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'compliance-ack-submit' }}
    >
      {ack.error ? (
        <ErrorAlert
          error={ack.error}
          title={t('compliance.ack.failed')}
          fallback={{ CONFLICT: 'compliance.ack.conflict' }}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Space direction="vertical" size={4} style={{ marginBottom: 12 }} data-testid="compliance-ack-subject">
        <Space size={6} wrap>
          <Tag color={RULE_COLOR[alert.rule]} style={{ marginInlineEnd: 0 }}>
            {rule}
          </Tag>
          <Typography.Text strong>{alert.actor?.displayName ?? alert.actorName}</Typography.Text>
          {alert.actor ? <Typography.Text type="secondary">{alert.actor.username}</Typography.Text> : null}
        </Space>
        <Typography.Text>{readingText(t, alert)}</Typography.Text>
      </Space>
      <Typography.Paragraph type="secondary">{t('compliance.ack.help')}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="compliance-ack" preserve={false}>
        <Form.Item
          name="note"
          label={t('compliance.ack.note')}
          rules={[{ required: true, whitespace: true, message: t('compliance.ack.note.required') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={MAX_NOTE}
            showCount
            placeholder={t('compliance.ack.note.ph')}
            data-testid="compliance-ack-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { hasErrorCode } from '../../api/errors';
import { gqlKey, useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TimeText } from '../../components/TimeText';
import { useT } from '../../i18n';
import { DECIDE_WORDING, erasureDecision } from './erasureModel';
import { DecideCustomerErasureDoc, type ErasureRow } from './erasureQueries';

export type ErasureDecision = 'approve' | 'reject';

/** The server's limit on the reason. */
const MAX_REASON = 2000;

/**
 * 批准 / 驳回 a pending erasure request, always with a reason. Approving
 * erases the customer's personal data at once and for good, so the dialog
 * says so plainly. A refusal (one's own request, decided meanwhile) is worded
 * for this screen and the dialog stays; a decided one refreshes the list.
 */
export function ErasureDecideModal({
  request: r,
  decision,
  onClose,
}: {
  request: ErasureRow;
  decision: ErasureDecision;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const approve = decision === 'approve';
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: gqlKey('CustomerErasures') });
    // the decision is an audit record too
    void queryClient.invalidateQueries({ queryKey: gqlKey('AuditLogs') });
  };
  const decide = useGqlMutation(DecideCustomerErasureDoc, {
    onSuccess: (d) => {
      const done = d.decideCustomerErasure;
      void message.success(
        done.status === 'DONE'
          ? t('erasure.decide.approved', { id: done.customerId })
          : t('erasure.decide.rejected', { id: done.id }),
      );
      refresh();
      if (done.status === 'DONE') {
        // the customer's name, phone and complaints' text changed
        void queryClient.invalidateQueries({ queryKey: gqlKey('ComplaintDetail') });
        void queryClient.invalidateQueries({ queryKey: gqlKey('ComplaintQueue') });
      }
      onClose();
    },
    onError: (err) => {
      if (hasErrorCode(err, 'CONFLICT')) refresh();
    },
  });
  const opinion = approve ? t('erasure.decide.opinion.approve') : t('erasure.decide.opinion.reject');
  const onOk = () => {
    form
      .validateFields()
      .then((v) => decide.mutate({ input: erasureDecision(r.id, approve, v.reason) }))
      .catch(() => undefined); // field errors are shown next to the field
  };

  return (
    <Modal
      open
      title={
        approve ? t('erasure.decide.approveTitle', { id: r.id }) : t('erasure.decide.rejectTitle', { id: r.id })
      }
      okText={approve ? t('erasure.decide.ok.approve') : t('erasure.decide.ok.reject')}
      cancelText={t('erasure.decide.cancel')}
      okButtonProps={{ danger: approve, 'data-testid': 'erasure-decide-submit' }}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={decide.isPending}
      maskClosable={false}
      destroyOnHidden
      width={580}
    >
      {decide.error ? (
        <ErrorAlert
          error={decide.error}
          title={t('erasure.decide.failed')}
          reasons={DECIDE_WORDING}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {approve ? (
        <Alert
          type="error"
          showIcon
          data-testid="erasure-irreversible"
          message={t('erasure.decide.irreversible')}
          description={t('erasure.decide.irreversibleDesc')}
          style={{ marginBottom: 16 }}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('erasure.decide.rejectHelp')}</Typography.Paragraph>
      )}
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        data-testid="erasure-decide-subject"
        items={[
          {
            key: 'customer',
            label: t('erasure.decide.customer'),
            children: <span className="kesu-mono">#{r.customerId}</span>,
          },
          {
            key: 'requestedBy',
            label: t('erasure.decide.requestedBy'),
            children: r.requestedBy?.displayName ?? '—',
          },
          { key: 'requestedAt', label: t('erasure.decide.requestedAt'), children: <TimeText value={r.requestedAt} /> },
          {
            key: 'reason',
            label: t('erasure.decide.reason'),
            children: <span className="kesu-pre">{r.reason}</span>,
          },
        ]}
      />
      <Form form={form} layout="vertical" name="erasure-decide" preserve={false}>
        <Form.Item
          name="reason"
          label={opinion}
          rules={[
            { required: true, whitespace: true, message: t('erasure.decide.opinion.required', { field: opinion }) },
          ]}
        >
          <Input.TextArea
            autoFocus
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={MAX_REASON}
            showCount
            placeholder={approve ? t('erasure.decide.opinion.approvePh') : t('erasure.decide.opinion.rejectPh')}
            data-testid="erasure-decide-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

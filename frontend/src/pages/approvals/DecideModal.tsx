import { useQueryClient } from '@tanstack/react-query';
import { App, Descriptions, Form, Input, InputNumber, Modal } from 'antd';
import { gqlKey, useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { formatCents } from '../../lib/money';
import { decisionInput, type DecisionValues } from './approvalModel';
import { RequestedAmount } from './ApprovalBits';
import { DecideApprovalMutation, type ApprovalRow } from './queries';

export type Decision = 'approve' | 'reject';

/**
 * Approve (optionally another amount, in 元) or reject a pending approval,
 * always with a reason. A refusal (someone decided it meanwhile, one's own
 * request…) is worded by the shared error mechanism and the dialog stays.
 * On success the approvals, the complaint and the queue are read again.
 */
export function DecideModal({
  approval: a,
  decision,
  onClose,
}: {
  approval: ApprovalRow;
  decision: Decision;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<DecisionValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const approve = decision === 'approve';
  const decide = useGqlMutation(DecideApprovalMutation, {
    onSuccess: (d) => {
      const r = d.decideApproval;
      void message.success(
        approve
          ? t('approvals.decide.approved', {
              number: r.complaintNumber,
              amount: formatCents(r.approvedCents ?? r.amountCents, 'suffix', t),
            })
          : t('approvals.decide.rejected', { number: r.complaintNumber }),
      );
      void queryClient.invalidateQueries({ queryKey: gqlKey('Approvals') });
      void queryClient.invalidateQueries({ queryKey: gqlKey('ComplaintDetail', { id: r.complaintId }) });
      void queryClient.invalidateQueries({ queryKey: gqlKey('ComplaintQueue') });
      onClose();
    },
  });
  const reasonLabel = approve ? t('approvals.decide.reason.approve') : t('approvals.decide.reason.reject');
  const onOk = () => {
    form
      .validateFields()
      .then((v) => decide.mutate({ input: decisionInput(a.id, approve, v, a.amountCents) }))
      .catch(() => undefined); // field errors are shown next to the fields
  };

  return (
    <Modal
      open
      title={
        approve
          ? t('approvals.decide.approveTitle', { number: a.complaintNumber })
          : t('approvals.decide.rejectTitle', { number: a.complaintNumber })
      }
      okText={approve ? t('approvals.decide.ok.approve') : t('approvals.decide.ok.reject')}
      cancelText={t('approvals.decide.cancel')}
      okButtonProps={{ danger: !approve, 'data-testid': 'approval-decide-submit' }}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={decide.isPending}
      maskClosable={false}
      destroyOnHidden
      width={560}
    >
      {decide.error ? <ErrorAlert error={decide.error} style={{ marginBottom: 16 }} /> : null}
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'amount', label: t('approvals.decide.proposed'), children: <RequestedAmount approval={a} /> },
          {
            key: 'requestedBy',
            label: t('approvals.decide.requestedBy'),
            children: a.requestedBy?.displayName ?? '—',
          },
          {
            key: 'resolution',
            label: t('approvals.decide.resolution'),
            children: <span className="kesu-pre">{a.resolution}</span>,
          },
        ]}
      />
      <Form<DecisionValues> form={form} layout="vertical" name="approval-decide" preserve={false}>
        {approve ? (
          <Form.Item
            name="amountYuan"
            label={t('approvals.decide.amount')}
            extra={t('approvals.decide.amount.extra', { amount: formatCents(a.amountCents, 'suffix', t) })}
          >
            <InputNumber<number>
              min={0}
              max={100_000_000}
              precision={2}
              style={{ width: 220 }}
              suffix={t('intake.unit.yuan')}
              placeholder={(a.amountCents / 100).toFixed(2)}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={reasonLabel}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('approvals.decide.reason.required', { field: reasonLabel }),
            },
          ]}
        >
          <Input.TextArea
            autoFocus
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            showCount
            placeholder={approve ? t('approvals.decide.reason.approvePh') : t('approvals.decide.reason.rejectPh')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

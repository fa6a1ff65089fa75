import { Form, Input, Modal, Typography } from 'antd';
import { useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { PauseClockMutation, ResumeClockMutation } from './slaQueries';

export type ClockChange = 'pause' | 'resume';

/**
 * 暂停计时 / 恢复计时 with a required reason (it goes on the timeline and
 * into the audit log). A refusal (CLOCK_NOT_RUNNING, STALE_VERSION…) is
 * shown by its reason and leaves the dialog open.
 */
export function ClockModal({
  change,
  complaintId,
  version,
  onClose,
  onDone,
}: {
  change: ClockChange;
  complaintId: string;
  version: number;
  onClose: () => void;
  onDone: (change: ClockChange) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const pause = useGqlMutation(PauseClockMutation, { onSuccess: () => onDone('pause') });
  const resume = useGqlMutation(ResumeClockMutation, { onSuccess: () => onDone('resume') });
  const mutation = change === 'pause' ? pause : resume;
  const onOk = () => {
    form
      .validateFields()
      .then(({ reason }) =>
        mutation.mutate({ input: { complaintId, reason: reason.trim(), expectedVersion: version } }),
      )
      .catch(() => undefined); // the field shows its own error
  };
  return (
    <Modal
      open
      title={change === 'pause' ? t('sla.pause.title') : t('sla.resume.title')}
      onOk={onOk}
      onCancel={onClose}
      okText={change === 'pause' ? t('sla.pause') : t('sla.resume')}
      cancelText={t('admin.cancel')}
      confirmLoading={mutation.isPending}
      okButtonProps={{ 'data-testid': 'clock-submit' }}
      destroyOnHidden
    >
      <div data-testid="clock-modal" data-change={change}>
        {mutation.error ? <ErrorAlert error={mutation.error} style={{ marginBottom: 16 }} /> : null}
        <Typography.Paragraph type="secondary">
          {change === 'pause' ? t('sla.pause.help') : t('sla.resume.help')}
        </Typography.Paragraph>
        <Form form={form} layout="vertical" name="clock" preserve={false}>
          <Form.Item
            name="reason"
            label={t('sla.reason')}
            rules={[{ required: true, whitespace: true, message: t('sla.reason.required') }]}
          >
            <Input.TextArea
              id="clock-reason"
              autoFocus
              rows={3}
              maxLength={500}
              showCount
              placeholder={change === 'pause' ? t('sla.reason.pausePh') : t('sla.reason.resumePh')}
            />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}

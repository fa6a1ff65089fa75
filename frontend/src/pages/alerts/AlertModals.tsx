import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Typography } from 'antd';
import { gqlKey, useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { categoryPath } from './alertModel';
import { AcknowledgeAlertDoc, OpenAnnouncementForAlertDoc, type AlertRow } from './queries';

/** After an action the lists refetch (the live subscription comes later). */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: gqlKey('Alerts') });
    void queryClient.invalidateQueries({ queryKey: gqlKey('Announcements') });
    void queryClient.invalidateQueries({ queryKey: gqlKey('IntakeAnnouncements') });
  };
}

/** Acknowledge a raised alert with a required note. */
export function AckModal({ alert, onClose }: { alert: AlertRow; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ note: string }>();
  const { message } = App.useApp();
  const refresh = useRefresh();
  const ack = useGqlMutation(AcknowledgeAlertDoc, {
    onSuccess: () => {
      void message.success(t('alerts.ack.done'));
      refresh();
      onClose();
    },
  });
  const onOk = () => {
    form
      .validateFields()
      .then((v) => ack.mutate({ input: { id: alert.id, note: v.note } }))
      .catch(() => undefined);
  };
  return (
    <Modal
      open
      title={t('alerts.ack.title')}
      okText={t('alerts.ack.ok')}
      cancelText={t('alerts.cancel')}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={ack.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'alert-ack-submit' }}
    >
      {ack.error ? <ErrorAlert error={ack.error} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" name="alert-ack" preserve={false}>
        <Form.Item
          name="note"
          label={t('alerts.ack.note')}
          rules={[{ required: true, whitespace: true, message: t('alerts.ack.note.required') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            showCount
            placeholder={t('alerts.ack.note.ph')}
            data-testid="alert-ack-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A red alert's 统一口径: an announcement for its category, linked to it. */
export function AnnounceModal({ alert, onClose }: { alert: AlertRow; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ title: string; script: string }>();
  const { message } = App.useApp();
  const refresh = useRefresh();
  const open = useGqlMutation(OpenAnnouncementForAlertDoc, {
    onSuccess: () => {
      void message.success(t('alerts.announce.done'));
      refresh();
      onClose();
    },
  });
  const onOk = () => {
    form
      .validateFields()
      .then((v) => open.mutate({ input: { alertId: alert.id, title: v.title, script: v.script } }))
      .catch(() => undefined);
  };
  return (
    <Modal
      open
      title={t('alerts.announce.title')}
      okText={t('alerts.announce.ok')}
      cancelText={t('alerts.cancel')}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={open.isPending}
      width={640}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'alert-announce-submit' }}
    >
      {open.error ? <ErrorAlert error={open.error} style={{ marginBottom: 16 }} /> : null}
      <Typography.Paragraph type="secondary">
        {t('alerts.announce.help', { category: categoryPath(alert.category) })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" name="alert-announce" preserve={false}>
        <Form.Item
          name="title"
          label={t('alerts.announce.field.title')}
          rules={[{ required: true, whitespace: true, message: t('alerts.announce.required.title') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="script"
          label={t('alerts.announce.field.script')}
          rules={[{ required: true, whitespace: true, message: t('alerts.announce.required.script') }]}
        >
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={5000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

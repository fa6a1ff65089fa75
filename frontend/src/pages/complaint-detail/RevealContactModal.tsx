import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { AuditOutlined, EyeOutlined } from '@ant-design/icons';
import { useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { DetailRevealContactMutation } from '../../gql/graphql';
import { useT, type MessageKey } from '../../i18n';
import { RevealContactMutation } from './queries';

type Revealed = DetailRevealContactMutation['revealCustomerContact'];

const REASONS: MessageKey[] = [
  'detail.reveal.reason.callback',
  'detail.reveal.reason.verify',
  'detail.reveal.reason.mail',
];

/**
 * 查看完整联系方式: asks why, calls `revealCustomerContact` (one audit record
 * per reveal, with the reason), shows the contact in clear and the audit id.
 * The clear data lives only in this modal and is dropped when it closes.
 */
export function RevealContactButton({ complaintId }: { complaintId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const reveal = useGqlMutation(RevealContactMutation, {
    onSuccess: (d) => setRevealed(d.revealCustomerContact),
  });

  const close = () => {
    setOpen(false);
    setRevealed(null);
    reveal.reset();
    form.resetFields();
  };
  const submit = ({ reason }: { reason: string }) => reveal.mutate({ input: { complaintId, reason: reason.trim() } });

  return (
    <>
      <Button size="small" icon={<EyeOutlined />} onClick={() => setOpen(true)} data-testid="reveal-open">
        {t('detail.reveal.button')}
      </Button>
      <Modal
        open={open}
        title={t('detail.reveal.title')}
        onCancel={close}
        destroyOnHidden
        maskClosable={false}
        footer={
          revealed ? (
            <Button type="primary" onClick={close}>
              {t('detail.reveal.done')}
            </Button>
          ) : (
            <Space>
              <Button onClick={close}>{t('detail.common.cancel')}</Button>
              <Button
                type="primary"
                danger
                loading={reveal.isPending}
                onClick={() => form.submit()}
                data-testid="reveal-submit"
              >
                {t('detail.reveal.submit')}
              </Button>
            </Space>
          )
        }
      >
        {revealed ? (
          <div data-testid="reveal-result">
            <Descriptions
              column={1}
              size="small"
              bordered
              items={[
                { key: 'name', label: t('detail.reveal.name'), children: revealed.name },
                {
                  key: 'phone',
                  label: t('detail.reveal.phone'),
                  children: (
                    <Typography.Text copyable data-testid="reveal-phone">
                      {revealed.phone}
                    </Typography.Text>
                  ),
                },
                { key: 'idCard', label: t('detail.reveal.idCard'), children: revealed.idCard ?? '—' },
                { key: 'email', label: t('detail.reveal.email'), children: revealed.email ?? '—' },
              ]}
            />
            <Alert
              type="info"
              showIcon
              icon={<AuditOutlined />}
              style={{ marginTop: 16 }}
              data-testid="reveal-audit"
              message={t('detail.reveal.recorded', { id: revealed.auditId })}
              description={t('detail.reveal.recordedDesc')}
            />
          </div>
        ) : (
          <Form
            form={form}
            layout="vertical"
            name="reveal"
            onFinish={submit}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                form.submit();
              }
            }}
          >
            <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('detail.reveal.warning')} />
            {reveal.error ? <ErrorAlert error={reveal.error} style={{ marginBottom: 16 }} /> : null}
            <Form.Item
              name="reason"
              label={t('detail.reveal.reason')}
              rules={[{ required: true, whitespace: true, message: t('detail.reveal.reason.required') }]}
              extra={
                <Space size={4} wrap style={{ marginTop: 6 }}>
                  {REASONS.map((k) => (
                    <Tag.CheckableTag key={k} checked={false} onChange={() => form.setFieldValue('reason', t(k))}>
                      {t(k)}
                    </Tag.CheckableTag>
                  ))}
                </Space>
              }
            >
              <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </>
  );
}

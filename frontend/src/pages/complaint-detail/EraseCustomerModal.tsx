import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { gqlKey, useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { requestWording } from '../audit/erasureModel';
import { EraseCustomerMutation } from './queries';

/** The server's limit on the reason. */
const MAX_REASON = 2000;

/**
 * 申请删除个人信息 (PIPL): asks why, then files an erasure request for the
 * complaint's customer (`eraseCustomer`). Nothing is erased yet: a compliance
 * auditor other than the requester decides it on the audit page. A pending
 * request for the same customer, or a customer already erased, is said in
 * the console's words and the dialog stays.
 */
export function EraseCustomerButton({ customerId }: { customerId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const request = useGqlMutation(EraseCustomerMutation, {
    onSuccess: () => {
      void message.success(t('erasure.request.done'));
      void queryClient.invalidateQueries({ queryKey: gqlKey('CustomerErasures') });
      close();
    },
  });
  const close = () => {
    setOpen(false);
    request.reset();
    form.resetFields();
  };
  const onOk = () => {
    form
      .validateFields()
      .then((v) => request.mutate({ input: { customerId, reason: v.reason.trim() } }))
      .catch(() => undefined); // field errors are shown next to the field
  };

  return (
    <>
      <Button
        size="small"
        danger
        icon={<DeleteOutlined />}
        onClick={() => setOpen(true)}
        data-testid="erasure-request-open"
      >
        {t('erasure.request.button')}
      </Button>
      <Modal
        open={open}
        title={t('erasure.request.title')}
        okText={t('erasure.request.submit')}
        cancelText={t('erasure.request.cancel')}
        okButtonProps={{ danger: true, 'data-testid': 'erasure-request-submit' }}
        onOk={onOk}
        onCancel={close}
        confirmLoading={request.isPending}
        maskClosable={false}
        destroyOnHidden
      >
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('erasure.request.warning')}
          data-testid="erasure-request-warning"
        />
        {request.error ? (
          <ErrorAlert
            error={request.error}
            title={t('erasure.request.failed')}
            reasons={requestWording(request.error)}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Typography.Paragraph className="kesu-mono" data-testid="erasure-request-customer">
          {t('erasure.request.customer', { id: customerId })}
        </Typography.Paragraph>
        <Form form={form} layout="vertical" name="erasure-request">
          <Form.Item
            name="reason"
            label={t('erasure.request.reason')}
            rules={[{ required: true, whitespace: true, message: t('erasure.request.reason.required') }]}
          >
            <Input.TextArea
              autoFocus
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={MAX_REASON}
              showCount
              placeholder={t('erasure.request.reason.ph')}
              data-testid="erasure-request-reason"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

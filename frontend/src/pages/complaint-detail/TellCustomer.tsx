import { Alert, Typography } from 'antd';
import { useT } from '../../i18n';

/**
 * Right after registration: what to tell the customer (告知客户), as the
 * server worded it (`customerMessage`: the number and the link where they
 * check its progress with their phone's last four digits). The agent reads
 * it out or copies it into a text message; it is the customer's text, so it
 * stays in Chinese whatever the console language.
 */
export function TellCustomer({ message }: { message: string }) {
  const t = useT();
  return (
    <Alert
      type="success"
      showIcon
      data-testid="tell-customer"
      message={<Typography.Text strong>{t('detail.tellCustomer.title')}</Typography.Text>}
      description={
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
            {t('detail.tellCustomer.desc')}
          </Typography.Paragraph>
          <Typography.Paragraph
            lang="zh-CN"
            style={{ margin: 0, fontSize: 16, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            copyable={{ text: message, tooltips: [t('detail.tellCustomer.copy'), t('detail.tellCustomer.copied')] }}
            data-testid="customer-message"
          >
            {message}
          </Typography.Paragraph>
        </>
      }
    />
  );
}

import { Space, Spin, Tag, Typography } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import type { GraphQLRequestError } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { IntakeCustomerByPhoneQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { maskName, maskPhone } from '../../lib/masking';

/**
 * What the phone lookup found: 老客户 (masked name and phone) or 新客户.
 * The server audits each lookup, so it runs on blur/Enter, not per keystroke.
 */
export function CustomerLookup({
  phone,
  data,
  error,
  loading,
}: {
  /** The looked-up (normalised) phone, or null before any lookup. */
  phone: string | null;
  data: IntakeCustomerByPhoneQuery | undefined;
  error: GraphQLRequestError | null;
  loading: boolean;
}) {
  const t = useT();
  if (!phone) {
    return <Typography.Text type="secondary">{t('intake.customer.hint')}</Typography.Text>;
  }
  if (error) return <ErrorAlert error={error} style={{ marginTop: 4 }} />;
  if (loading || !data) {
    return (
      <Space size={6} role="status">
        <Spin size="small" />
        <Typography.Text type="secondary">{t('intake.customer.looking')}</Typography.Text>
      </Space>
    );
  }
  const c = data.customerByPhone;
  if (!c) {
    return (
      <Space size={6} role="status" data-testid="customer-lookup" data-found="false">
        <Tag color="blue" bordered={false} style={{ marginInlineEnd: 0 }}>
          {t('intake.customer.new')}
        </Tag>
        <Typography.Text type="secondary">{t('intake.customer.newHint', { phone: maskPhone(phone) })}</Typography.Text>
      </Space>
    );
  }
  return (
    <Space size={6} role="status" data-testid="customer-lookup" data-found="true" wrap>
      <Tag color="green" bordered={false} icon={<UserOutlined />} style={{ marginInlineEnd: 0 }}>
        {t('intake.customer.existing')}
      </Tag>
      <Typography.Text>{maskName(c.nameMasked)}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {maskPhone(c.phoneMasked)}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('intake.customer.existingHint')}
      </Typography.Text>
    </Space>
  );
}

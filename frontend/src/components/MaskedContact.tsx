import { Tooltip, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useT } from '../i18n';
import { maskName, maskPhone } from '../lib/masking';

/**
 * A customer's masked name and phone, as lists show them. Revealing the
 * contact in clear is a separate, audited action (revealCustomerContact).
 */
export function MaskedContact({
  name,
  phone,
  layout = 'stacked',
}: {
  name: string | null | undefined;
  phone: string | null | undefined;
  layout?: 'stacked' | 'inline';
}) {
  const t = useT();
  if (!name && !phone) return <Typography.Text type="secondary">—</Typography.Text>;
  const maskedPhone = maskPhone(phone);
  return (
    <Tooltip title={t('common.masked')}>
      <span
        style={{
          display: 'inline-flex',
          flexDirection: layout === 'stacked' ? 'column' : 'row',
          gap: layout === 'stacked' ? 0 : 6,
          lineHeight: 1.35,
        }}
      >
        <span>
          {maskName(name)}
          <LockOutlined
            aria-label={t('common.masked')}
            style={{ marginInlineStart: 4, fontSize: 11, color: 'rgba(0,0,0,0.35)' }}
          />
        </span>
        {maskedPhone ? (
          <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="masked-phone">
            {maskedPhone}
          </Typography.Text>
        ) : null}
      </span>
    </Tooltip>
  );
}

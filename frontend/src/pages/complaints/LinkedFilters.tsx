import { Space, Tag, Typography } from 'antd';
import { NotificationOutlined, UserOutlined } from '@ant-design/icons';
import { useT } from '../../i18n';
import { maskName } from '../../lib/masking';
import type { QueueState } from './queueState';

/**
 * The filters a link sets and the form does not show: one customer's
 * complaints (from intake or a detail page) and those linked to an
 * announcement. Each is a closable tag naming what it narrows to, from the
 * rows on screen (they all share it), else its id.
 */
export function LinkedFilters({
  state,
  customerName,
  announcementTitle,
  onChange,
}: {
  state: QueueState;
  customerName: string | undefined;
  announcementTitle: string | undefined;
  onChange: (patch: Partial<QueueState>) => void;
}) {
  const t = useT();
  if (!state.customerId && !state.announcementId) return null;
  return (
    <Space size={8} wrap style={{ marginBottom: 12 }} data-testid="queue-linked-filters">
      <Typography.Text type="secondary">{t('queue.linked.label')}</Typography.Text>
      {state.customerId ? (
        <Tag
          closable
          color="blue"
          icon={<UserOutlined />}
          onClose={() => onChange({ customerId: null })}
          data-testid="queue-filter-customer"
        >
          {t('queue.linked.customer', {
            name: customerName ? maskName(customerName) : `#${state.customerId}`,
          })}
        </Tag>
      ) : null}
      {state.announcementId ? (
        <Tag
          closable
          color="orange"
          icon={<NotificationOutlined />}
          onClose={() => onChange({ announcementId: null })}
          data-testid="queue-filter-announcement"
        >
          {t('queue.linked.announcement', { title: announcementTitle ?? `#${state.announcementId}` })}
        </Tag>
      ) : null}
    </Space>
  );
}

import { Card, List, Space, Tag, Typography } from 'antd';
import { ExportOutlined, HistoryOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { StatusTag } from '../../components/EnumTags';
import { TimeText } from '../../components/TimeText';
import type { IntakeCustomerByPhoneQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { FINISHED_STATUSES } from '../../lib/enums';
import { complaintDetailPath, paths } from '../../paths';
import { customerQueuePath } from '../complaints/queueState';
import { historyOrder } from './intakeForm';

type Customer = NonNullable<IntakeCustomerByPhoneQuery['customerByPhone']>;

/**
 * 来电客户历史: a returning caller's complaints, shown before filing so the
 * agent sees an open one the call may be about. Open ones first, each with
 * its number (opens in a new tab: the form stays) and status; past the
 * first page, the queue filtered to this customer has them all.
 */
export function CustomerHistory({ customer }: { customer: Customer }) {
  const t = useT();
  const rows = historyOrder(customer.complaints.nodes);
  const count = customer.complaintCount;
  const complete = rows.length >= count;
  const open = rows.filter((r) => !FINISHED_STATUSES.includes(r.status)).length;
  return (
    <Card
      size="small"
      variant="borderless"
      className="kesu-card"
      data-testid="customer-history"
      data-count={count}
      title={
        <Space size={8}>
          <HistoryOutlined />
          {t('intake.history.title')}
        </Space>
      }
      extra={
        count > 0 ? (
          <Space size={8}>
            <Typography.Text type="secondary">{t('intake.history.count', { count })}</Typography.Text>
            {complete && open > 0 ? (
              <Tag color="orange" bordered={false} style={{ marginInlineEnd: 0 }}>
                {t('intake.history.openCount', { open })}
              </Tag>
            ) : null}
          </Space>
        ) : null
      }
      styles={{ body: { padding: count > 0 ? '0 12px 4px' : 12 } }}
    >
      {count === 0 ? (
        <Typography.Text type="secondary">{t('intake.history.none')}</Typography.Text>
      ) : (
        <>
          <List
            size="small"
            dataSource={rows}
            rowKey={(r) => r.id}
            renderItem={(r) => (
              <List.Item style={{ paddingInline: 0 }} data-testid="history-item" data-status={r.status}>
                <Space size={8} style={{ minWidth: 0, width: '100%' }}>
                  <a
                    href={complaintDetailPath(r.id)}
                    target="_blank"
                    rel="noopener"
                    className="kesu-mono"
                    aria-label={t('intake.history.open', { number: r.number })}
                  >
                    {r.number} <ExportOutlined style={{ fontSize: 11 }} />
                  </a>
                  <StatusTag status={r.status} />
                  <span className="kesu-ellipsis" style={{ flex: 1, minWidth: 0 }} title={r.title}>
                    {r.title}
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                    <TimeText value={r.createdAt} mode="relative" />
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
          <div style={{ padding: '4px 0 8px' }}>
            <Link to={customerQueuePath(paths.complaints, customer.id)} target="_blank" data-testid="history-more">
              {t('intake.history.more', { count })}
            </Link>
          </div>
        </>
      )}
    </Card>
  );
}

import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Button, Empty, Space, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { PhoneOutlined, StopOutlined } from '@ant-design/icons';
import { MaskedContact } from '../../components/MaskedContact';
import { SlaStateTag } from '../../components/SlaStateTag';
import { TimeText } from '../../components/TimeText';
import { useI18n } from '../../i18n';
import { dueRelative } from '../../lib/sla';
import { formatDateTime } from '../../lib/time';
import { complaintDetailPath } from '../../paths';
import { CALLBACK_MAX_ATTEMPTS, type CallbackAction } from '../complaint-detail/callback';
import { callbackDue, rowSteps } from './callbackQueue';
import type { CallbackRow } from './queries';

/**
 * The 回访队列 as a table: each complaint with its customer (masked), when it
 * was resolved, when the callback is due (overdue rows in red), the
 * unanswered attempts so far, and its two steps.
 */
export function CallbackTable({
  rows,
  loading,
  onStep,
  footer,
}: {
  rows: readonly CallbackRow[];
  loading: boolean;
  onStep: (row: CallbackRow, action: CallbackAction) => void;
  footer?: () => ReactNode;
}) {
  const { t, locale } = useI18n();
  const now = new Date();

  const columns: TableProps<CallbackRow>['columns'] = [
    {
      key: 'number',
      title: t('callbacks.col.number'),
      width: 150,
      fixed: 'left',
      render: (_, r) => (
        <Link
          to={complaintDetailPath(r.id)}
          className="kesu-mono"
          aria-label={t('callbacks.openDetail', { number: r.number })}
          data-testid="callback-number"
        >
          {r.number}
        </Link>
      ),
    },
    {
      key: 'title',
      title: t('callbacks.col.title'),
      ellipsis: { showTitle: false },
      render: (_, r) => (
        <div className="kesu-title-cell">
          {r.reopenCount > 0 ? (
            <Tag color="magenta" bordered={false}>
              {t('queue.tag.reopened', { count: r.reopenCount })}
            </Tag>
          ) : null}
          <Tooltip title={r.title} placement="topLeft">
            <span className="kesu-ellipsis">{r.title}</span>
          </Tooltip>
        </div>
      ),
    },
    {
      key: 'customer',
      title: t('callbacks.col.customer'),
      width: 110,
      render: (_, r) => <MaskedContact name={r.customer?.nameMasked} phone={r.customer?.phoneMasked} />,
    },
    {
      key: 'resolvedAt',
      title: t('callbacks.col.resolvedAt'),
      width: 140,
      render: (_, r) => <TimeText value={r.resolvedAt} />,
    },
    {
      key: 'due',
      title: t('callbacks.col.due'),
      width: 140,
      render: (_, r) => {
        const { dueAt, overdue } = callbackDue(r.sla, now);
        if (!r.sla) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <Space direction="vertical" size={0} data-testid="callback-due" data-overdue={overdue}>
            {overdue && r.sla.state !== 'BREACHED' ? (
              <Tag color="red" bordered={false} style={{ marginInlineEnd: 0 }}>
                {t('callbacks.overdue')}
              </Tag>
            ) : (
              <SlaStateTag state={r.sla.state} />
            )}
            {dueAt ? (
              <Tooltip title={dueRelative(t, dueAt, locale, now)}>
                <Typography.Text
                  type={overdue ? 'danger' : 'secondary'}
                  style={{ fontSize: 12, whiteSpace: 'nowrap' }}
                >
                  {formatDateTime(dueAt)}
                </Typography.Text>
              </Tooltip>
            ) : null}
          </Space>
        );
      },
    },
    {
      key: 'attempts',
      title: t('callbacks.col.attempts'),
      width: 100,
      render: (_, r) =>
        r.callbackAttempts > 0 ? (
          <Tag color="gold" bordered={false} data-testid="callback-attempts">
            {t('callbacks.attempts', { count: r.callbackAttempts, max: CALLBACK_MAX_ATTEMPTS })}
          </Tag>
        ) : (
          <Typography.Text type="secondary" data-testid="callback-attempts">
            {t('callbacks.attempts.none')}
          </Typography.Text>
        ),
    },
    {
      key: 'actions',
      title: t('callbacks.col.actions'),
      width: 210,
      fixed: 'right',
      render: (_, r) => {
        const steps = rowSteps(r.availableActions);
        return (
          <Space size={4}>
            {steps.record ? (
              <Button
                size="small"
                type="primary"
                icon={<PhoneOutlined />}
                onClick={() => onStep(r, 'RECORD_CALLBACK')}
                aria-label={t('callbacks.recordAria', { number: r.number })}
                data-testid="callback-record"
              >
                {t('callbacks.record')}
              </Button>
            ) : null}
            {steps.attempt ? (
              <Button
                size="small"
                icon={<StopOutlined />}
                onClick={() => onStep(r, 'CALLBACK_ATTEMPT')}
                aria-label={t('callbacks.unreachedAria', { number: r.number })}
                data-testid="callback-attempt"
              >
                {t('callbacks.unreached')}
              </Button>
            ) : null}
          </Space>
        );
      },
    },
  ];

  return (
    <Table<CallbackRow>
      size="middle"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 1020 }}
      footer={footer}
      rowClassName={(r) => (callbackDue(r.sla, now).overdue ? 'kesu-callback-overdue' : '')}
      onRow={(r) =>
        ({
          'data-testid': 'callback-row',
          'data-number': r.number,
          'data-attempts': r.callbackAttempts,
        }) as React.HTMLAttributes<HTMLElement>
      }
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('callbacks.empty')} /> }}
      aria-label={t('callbacks.table')}
    />
  );
}

import { useState, type HTMLAttributes } from 'react';
import { Button, Card, Flex, Segmented, Space, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import {
  CheckOutlined,
  ClockCircleOutlined,
  CloseOutlined,
  DeleteOutlined,
  QuestionCircleOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import { useGqlConnection } from '../../api/hooks';
import { useMe, usePermission } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TimeText } from '../../components/TimeText';
import { useT } from '../../i18n';
import { erasureStatusLabel } from '../../lib/enums';
import { ErasureDecideModal, type ErasureDecision } from './ErasureDecideModal';
import {
  DEFAULT_ERASURE_FILTER,
  ERASURE_FILTERS,
  ERASURE_STATUS_COLOR,
  erasureDecideRight,
  erasureStatusVariable,
  type ErasureFilter,
} from './erasureModel';
import { CustomerErasuresDoc, selectCustomerErasures, type ErasureRow } from './erasureQueries';
import { RetentionRulesDrawer } from './RetentionRulesDrawer';

const PAGE_SIZE = 20;

/**
 * 个人信息删除申请 (PIPL): for those who ask for erasures or decide them.
 * Newest first, 待审批 unless the filter says otherwise; an auditor other
 * than the requester approves (the erasure runs at once) or rejects each
 * with a reason; 保存期限 shows (and, with `retention.manage`, sets) how long
 * each class of record is kept.
 */
export function ErasureRequestsCard() {
  const allowed = usePermission(['customer.erase', 'customer.erase.request']);
  return allowed ? <ErasureRequests /> : null;
}

function ErasureRequests() {
  const t = useT();
  const me = useMe();
  const canDecide = usePermission('customer.erase');
  const [filter, setFilter] = useState<ErasureFilter>(DEFAULT_ERASURE_FILTER);
  const [deciding, setDeciding] = useState<{ request: ErasureRow; decision: ErasureDecision } | null>(null);
  const [retentionOpen, setRetentionOpen] = useState(false);
  const query = useGqlConnection(
    CustomerErasuresDoc,
    { status: erasureStatusVariable(filter) },
    selectCustomerErasures,
    PAGE_SIZE,
  );
  const rows = query.error ? [] : query.rows;
  const secondary = (text: string | null | undefined) =>
    text ? (
      <Typography.Paragraph ellipsis={{ rows: 2, tooltip: text }} style={{ marginBottom: 0 }}>
        {text}
      </Typography.Paragraph>
    ) : (
      <Typography.Text type="secondary">—</Typography.Text>
    );

  const columns: TableProps<ErasureRow>['columns'] = [
    {
      key: 'id',
      title: t('erasure.col.id'),
      width: 84,
      render: (_, r) => <span className="kesu-mono">#{r.id}</span>,
    },
    {
      key: 'customer',
      title: t('erasure.col.customer'),
      width: 84,
      render: (_, r) => (
        <span className="kesu-mono" data-testid="erasure-customer">
          #{r.customerId}
        </span>
      ),
    },
    { key: 'reason', title: t('erasure.col.reason'), width: 200, render: (_, r) => secondary(r.reason) },
    {
      key: 'requestedBy',
      title: t('erasure.col.requestedBy'),
      width: 112,
      render: (_, r) => (
        <Flex vertical>
          <span>{r.requestedBy?.displayName ?? '—'}</span>
          {r.requestedBy ? (
            <Typography.Text type="secondary" className="kesu-mono" style={{ fontSize: 12 }}>
              {r.requestedBy.username}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'requestedAt',
      title: t('erasure.col.requestedAt'),
      width: 140,
      render: (_, r) => <TimeText value={r.requestedAt} />,
    },
    {
      key: 'status',
      title: t('erasure.col.status'),
      width: 84,
      render: (_, r) => (
        <Tag color={ERASURE_STATUS_COLOR[r.status]} style={{ marginInlineEnd: 0 }} data-testid="erasure-status">
          {erasureStatusLabel(t, r.status)}
        </Tag>
      ),
    },
    {
      key: 'decidedBy',
      title: t('erasure.col.decidedBy'),
      width: 140,
      render: (_, r) =>
        r.decidedAt ? (
          <Flex vertical data-testid="erasure-decided">
            <span>{r.decidedBy?.displayName ?? '—'}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <TimeText value={r.decidedAt} />
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      key: 'decisionReason',
      title: t('erasure.col.decisionReason'),
      width: 180,
      render: (_, r) => <div data-testid="erasure-decision-reason">{secondary(r.decisionReason)}</div>,
    },
    {
      key: 'scrubbed',
      title: (
        <Tooltip title={t('erasure.scrubbed.help')}>
          <span>{t('erasure.col.scrubbed')}</span>
        </Tooltip>
      ),
      width: 96,
      render: (_, r) =>
        r.complaintsScrubbed === null || r.complaintsScrubbed === undefined ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <span data-testid="erasure-scrubbed">{t('erasure.scrubbed', { count: r.complaintsScrubbed })}</span>
        ),
    },
  ];
  if (canDecide) {
    columns.push({
      key: 'actions',
      title: t('erasure.col.actions'),
      width: 184,
      fixed: 'right',
      render: (_, r) => {
        const right = erasureDecideRight(r, { id: me.user.id, canDecide });
        if (right === 'none') return null;
        const own = right === 'own';
        return (
          <Tooltip title={own ? t('erasure.own') : undefined}>
            <Space size={4} data-testid="erasure-actions" data-own={own}>
              <Button
                size="small"
                type="primary"
                danger
                icon={<CheckOutlined />}
                disabled={own}
                onClick={() => setDeciding({ request: r, decision: 'approve' })}
                aria-label={t('erasure.approveAria', { id: r.id })}
                data-testid={`erasure-approve-${r.id}`}
              >
                {t('erasure.approve')}
              </Button>
              <Button
                size="small"
                icon={<CloseOutlined />}
                disabled={own}
                onClick={() => setDeciding({ request: r, decision: 'reject' })}
                aria-label={t('erasure.rejectAria', { id: r.id })}
                data-testid={`erasure-reject-${r.id}`}
              >
                {t('erasure.reject')}
              </Button>
            </Space>
          </Tooltip>
        );
      },
    });
  }

  return (
    <Card
      variant="borderless"
      className="kesu-card"
      size="small"
      styles={{ body: { padding: 0 } }}
      title={
        <Space size={6}>
          <DeleteOutlined />
          {t('erasure.title')}
          <Tooltip title={t('erasure.help')}>
            <QuestionCircleOutlined className="kesu-audit-chain-help" aria-label={t('erasure.help')} />
          </Tooltip>
        </Space>
      }
      extra={
        <Space size={12} wrap>
          <Segmented<ErasureFilter>
            size="small"
            value={filter}
            onChange={setFilter}
            aria-label={t('erasure.filter')}
            data-testid="erasure-status-filter"
            options={ERASURE_FILTERS.map((f) => ({
              value: f,
              label: f === 'ALL' ? t('erasure.filter.ALL') : erasureStatusLabel(t, f),
            }))}
          />
          <Tooltip title={t('erasure.refresh')}>
            <Button
              size="small"
              icon={<ReloadOutlined />}
              onClick={() => void query.refetch()}
              loading={query.isRefetching && !query.isFetchingNextPage}
              aria-label={t('erasure.refresh')}
            />
          </Tooltip>
          <Button
            size="small"
            icon={<ClockCircleOutlined />}
            onClick={() => setRetentionOpen(true)}
            data-testid="retention-open"
          >
            {t('erasure.retentionButton')}
          </Button>
        </Space>
      }
    >
      <div data-testid="erasure-requests" aria-busy={query.isFetching} data-filter={filter}>
        {query.error ? (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} style={{ margin: 12 }} />
        ) : null}
        <Table<ErasureRow>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={query.isPending || (query.isPlaceholderData && query.isFetching)}
          pagination={false}
          scroll={{ x: canDecide ? 1304 : 1120 }}
          onRow={(r) =>
            ({
              'data-testid': `erasure-${r.id}`,
              'data-status': r.status,
              'data-customer': r.customerId,
            }) as HTMLAttributes<HTMLElement>
          }
          locale={{ emptyText: t(filter === 'PENDING' ? 'erasure.empty.pending' : 'erasure.empty') }}
          footer={
            rows.length > 0
              ? () => (
                  <Flex justify="center">
                    {query.hasNextPage ? (
                      <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                        {t('audit.more')}
                      </Button>
                    ) : (
                      <Typography.Text type="secondary">{t('audit.allLoaded')}</Typography.Text>
                    )}
                  </Flex>
                )
              : undefined
          }
        />
      </div>
      {deciding ? (
        <ErasureDecideModal
          request={deciding.request}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
        />
      ) : null}
      <RetentionRulesDrawer open={retentionOpen} onClose={() => setRetentionOpen(false)} />
    </Card>
  );
}

import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Segmented, Space, Table, Tooltip, Typography, type TableProps } from 'antd';
import { CheckOutlined, CloseOutlined, ReloadOutlined } from '@ant-design/icons';
import { gqlRequest } from '../../api/client';
import type { GraphQLRequestError } from '../../api/errors';
import { gqlKey } from '../../api/hooks';
import { useMe, usePermission } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { TimeText } from '../../components/TimeText';
import type { ApprovalsQuery as ApprovalsData } from '../../gql/graphql';
import { useT } from '../../i18n';
import { approvalStatusLabel } from '../../lib/enums';
import { formatCents } from '../../lib/money';
import { complaintDetailPath } from '../../paths';
import {
  STATUS_FILTERS,
  decideRight,
  parseStatusFilter,
  statusFilterParams,
  statusVariable,
  type StatusFilter,
} from './approvalModel';
import { ApprovalStatusTag, ApprovedAmount, RequestedAmount } from './ApprovalBits';
import { DecideModal, type Decision } from './DecideModal';
import { ApprovalsQuery, type ApprovalRow } from './queries';

const PAGE_SIZE = 50;

/**
 * 审批: refunds and compensation above their proposer's authority, oldest
 * first. Approvers (`approval.decide`) see everyone's and approve (possibly
 * another amount) or reject each pending one with a reason; anyone else sees
 * the requests they made and what became of them. The status filter lives
 * in the URL (`?status=`; none means 待审批).
 */
export default function ApprovalsPage() {
  const t = useT();
  const me = useMe();
  const canDecide = usePermission('approval.decide');
  const [params, setParams] = useSearchParams();
  const filter = parseStatusFilter(params);
  const [deciding, setDeciding] = useState<{ approval: ApprovalRow; decision: Decision } | null>(null);

  const query = useInfiniteQuery<
    ApprovalsData,
    GraphQLRequestError,
    { pages: ApprovalsData[] },
    readonly unknown[],
    string | null
  >({
    queryKey: gqlKey('Approvals', { filter }),
    queryFn: ({ pageParam, signal }) =>
      gqlRequest(ApprovalsQuery, { status: statusVariable(filter), first: PAGE_SIZE, after: pageParam }, { signal }),
    initialPageParam: null,
    getNextPageParam: (last) =>
      last.approvals.pageInfo.hasNextPage ? (last.approvals.pageInfo.endCursor ?? undefined) : undefined,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.approvals.nodes) ?? [], [query.data]);
  const setFilter = (f: StatusFilter) => setParams(statusFilterParams(f));

  // nothing is decided yet among the pending ones; only approvers decide, and only pending ones
  const shown = (key: string) =>
    (key !== 'decision' || filter !== 'PENDING') &&
    (key !== 'actions' || (canDecide && (filter === 'PENDING' || filter === 'ALL')));
  const columns: NonNullable<TableProps<ApprovalRow>['columns']> = [
    {
      key: 'number',
      title: t('approvals.col.number'),
      width: 180,
      render: (_, a) => (
        <Link
          to={complaintDetailPath(a.complaintId)}
          className="kesu-mono"
          aria-label={t('approvals.openComplaint', { number: a.complaintNumber })}
          data-testid="approval-complaint"
        >
          {a.complaintNumber}
        </Link>
      ),
    },
    {
      key: 'status',
      title: t('approvals.col.status'),
      width: 90,
      render: (_, a) => <ApprovalStatusTag status={a.status} />,
    },
    {
      key: 'amount',
      title: t('approvals.col.amount'),
      width: 190,
      render: (_, a) => <RequestedAmount approval={a} />,
    },
    {
      key: 'wronglyCharged',
      title: t('approvals.col.wronglyCharged'),
      width: 120,
      render: (_, a) =>
        a.wronglyChargedCents === null || a.wronglyChargedCents === undefined ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <span data-testid="approval-wrongly-charged">{formatCents(a.wronglyChargedCents, 'suffix', t)}</span>
        ),
    },
    {
      key: 'resolution',
      title: t('approvals.col.resolution'),
      render: (_, a) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: a.resolution }} style={{ marginBottom: 0 }}>
          {a.resolution}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'requestedBy',
      title: t('approvals.col.requestedBy'),
      width: 100,
      render: (_, a) => a.requestedBy?.displayName ?? '—',
    },
    {
      key: 'requestedAt',
      title: t('approvals.col.requestedAt'),
      width: 150,
      render: (_, a) => <TimeText value={a.requestedAt} />,
    },
    {
      key: 'decision',
      title: t('approvals.col.decision'),
      width: 230,
      render: (_, a) => <DecisionCell approval={a} />,
    },
    {
      key: 'actions',
      title: t('approvals.col.actions'),
      width: 150,
      fixed: 'right',
      render: (_, a) => {
        const right = decideRight(a, { id: me.user.id, canDecide });
        if (right === 'none') return null;
        const own = right === 'own';
        return (
          <Tooltip title={own ? t('approvals.own') : undefined}>
            <Space size={4}>
              <Button
                size="small"
                type="primary"
                icon={<CheckOutlined />}
                disabled={own}
                onClick={() => setDeciding({ approval: a, decision: 'approve' })}
                aria-label={t('approvals.approveAria', { number: a.complaintNumber })}
                data-testid="approval-approve"
              >
                {t('approvals.approve')}
              </Button>
              <Button
                size="small"
                danger
                icon={<CloseOutlined />}
                disabled={own}
                onClick={() => setDeciding({ approval: a, decision: 'reject' })}
                aria-label={t('approvals.rejectAria', { number: a.complaintNumber })}
                data-testid="approval-reject"
              >
                {t('approvals.reject')}
              </Button>
            </Space>
          </Tooltip>
        );
      },
    },
  ];

  return (
    <PageContainer subTitle={canDecide ? t('approvals.subtitle') : t('approvals.subtitle.own')}>
      <Card
        variant="borderless"
        className="kesu-card"
        title={t('approvals.table')}
        styles={{ body: { padding: 0 } }}
        extra={
          <Space wrap>
            <Segmented<StatusFilter>
              value={filter}
              onChange={setFilter}
              aria-label={t('approvals.filter')}
              data-testid="approvals-filter"
              options={STATUS_FILTERS.map((f) => ({
                value: f,
                label: f === 'ALL' ? t('approvals.filter.ALL') : approvalStatusLabel(t, f),
              }))}
            />
            <Button
              size="small"
              icon={<ReloadOutlined />}
              onClick={() => void query.refetch()}
              loading={query.isFetching && !query.isPending}
              aria-label={t('approvals.refresh')}
            />
          </Space>
        }
      >
        <div
          data-testid="approvals"
          aria-busy={query.isFetching}
          data-search={params.toString()}
          data-filter={filter}
        >
          {query.error ? (
            <ErrorAlert error={query.error} onRetry={() => void query.refetch()} style={{ margin: 16 }} />
          ) : null}
          <Table<ApprovalRow>
            rowKey="id"
            size="middle"
            columns={columns.filter((c) => shown(String(c.key)))}
            dataSource={rows}
            loading={query.isPending}
            pagination={false}
            scroll={{ x: 1300 }}
            onRow={(a) =>
              ({ 'data-testid': 'approval-row', 'data-status': a.status }) as React.HTMLAttributes<HTMLElement>
            }
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={filter === 'PENDING' ? t('approvals.empty.PENDING') : t('approvals.empty')}
                />
              ),
            }}
          />
          <Flex justify="center" align="center" gap={12} style={{ padding: 16 }}>
            {rows.length > 0 ? (
              <Typography.Text type="secondary">{t('approvals.loaded', { count: rows.length })}</Typography.Text>
            ) : null}
            {query.hasNextPage ? (
              <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                {t('approvals.more')}
              </Button>
            ) : null}
          </Flex>
        </div>
      </Card>
      {deciding ? (
        <DecideModal
          key={`${deciding.approval.id}-${deciding.decision}`}
          approval={deciding.approval}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
        />
      ) : null}
    </PageContainer>
  );
}

/** The approved amount, who decided and when, and their reason; for a withdrawn one, why. */
function DecisionCell({ approval: a }: { approval: ApprovalRow }) {
  const t = useT();
  if (a.status === 'WITHDRAWN') {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('approvals.withdrawn')}
      </Typography.Text>
    );
  }
  if (!a.decidedAt) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space direction="vertical" size={0} data-testid="approval-decision">
      <ApprovedAmount approval={a} />
      {a.decisionReason ? (
        <Typography.Text data-testid="approval-reason" style={{ fontSize: 13 }}>
          {a.decisionReason}
        </Typography.Text>
      ) : null}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {a.decidedBy?.displayName ?? '—'} · <TimeText value={a.decidedAt} />
      </Typography.Text>
    </Space>
  );
}

import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Space, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { gqlRequest } from '../../api/client';
import { hasErrorCode, type GraphQLRequestError } from '../../api/errors';
import { gqlKey } from '../../api/hooks';
import { Can } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { graphql } from '../../gql';
import type { AuditLogsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/time';
import { OutcomeTag, type AuditRow } from './AuditBits';
import { AuditChainCard } from './AuditChainCard';
import { ComplianceAlertsCard } from './ComplianceAlertsCard';
import { ErasureRequestsCard } from './ErasureRequestsCard';
import { AuditDetailDrawer } from './AuditDetailDrawer';
import { AuditFilters } from './AuditFilters';
import { ExportModal } from './ExportModal';
import { PERSONAL_DATA_ACTIONS } from './auditActions';
import { useAuditLabels } from './labels';
import { parseAuditParams, toAuditFilter, toAuditParams, type AuditState } from './auditState';
import './audit.css';

const AuditLogsDoc = graphql(`
  query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLogs(filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        at
        actorId
        actorName
        actorKind
        action
        outcome
        targetType
        targetId
        customerId
        fields
        ip
        requestId
        detail
      }
    }
  }
`);

const PAGE_SIZE = 50;

/**
 * 合规审计 (audit.read): the audit trail, newest first, filtered from the URL;
 * a drawer with the whole record; CSV export of the current filter with a
 * recorded reason (audit.export). Reading the trail is itself audited. On
 * top, the audit chain (AuditChainCard), the compliance alerts and their rules
 * (ComplianceAlertsCard), then erasure requests and retention (ErasureRequestsCard).
 */
export default function AuditPage() {
  const t = useT();
  const labels = useAuditLabels();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseAuditParams(params), [params]);
  const filter = useMemo(() => toAuditFilter(state), [state]);
  const [selected, setSelected] = useState<AuditRow | null>(null);
  const [exporting, setExporting] = useState(false);

  const query = useInfiniteQuery<
    AuditLogsQuery,
    GraphQLRequestError,
    { pages: AuditLogsQuery[] },
    readonly unknown[],
    string | null
  >({
    queryKey: gqlKey('AuditLogs', { filter }),
    queryFn: ({ pageParam, signal }) =>
      gqlRequest(AuditLogsDoc, { filter, first: PAGE_SIZE, after: pageParam }, { signal }),
    initialPageParam: null,
    getNextPageParam: (last) =>
      last.auditLogs.pageInfo.hasNextPage ? (last.auditLogs.pageInfo.endCursor ?? undefined) : undefined,
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.auditLogs.nodes) ?? [], [query.data]);

  const apply = (next: AuditState) => setParams(toAuditParams(next));

  const columns: TableProps<AuditRow>['columns'] = [
    {
      key: 'at',
      title: t('audit.col.at'),
      dataIndex: 'at',
      width: 150,
      render: (_, r) => <span className="kesu-mono">{formatDateTime(r.at, 'YYYY-MM-DD HH:mm:ss')}</span>,
    },
    {
      key: 'actor',
      title: t('audit.col.actor'),
      width: 112,
      ellipsis: true,
      render: (_, r) =>
        r.actorName ? (
          <span>
            {r.actorKind === 'system' ? (
              <Tag className="kesu-audit-system" title={t('audit.actor.systemHelp')}>
                {t('audit.actor.system')}
              </Tag>
            ) : null}
            {r.actorName}
            {r.actorId ? <Typography.Text type="secondary"> #{r.actorId}</Typography.Text> : null}
          </span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      key: 'action',
      title: t('audit.col.action'),
      width: 196,
      render: (_, r) => (
        <div className="kesu-audit-action" data-action={r.action}>
          <span className={PERSONAL_DATA_ACTIONS.includes(r.action) ? 'kesu-audit-pii' : undefined}>
            {labels.action(r.action)}
          </span>
          <Typography.Text
            type="secondary"
            className="kesu-mono kesu-ellipsis"
            style={{ fontSize: 12 }}
            title={r.action}
          >
            {r.action}
          </Typography.Text>
        </div>
      ),
    },
    {
      key: 'outcome',
      title: t('audit.col.outcome'),
      width: 68,
      render: (_, r) => <OutcomeTag outcome={r.outcome} label={labels.outcome(r.outcome)} />,
    },
    {
      key: 'target',
      title: t('audit.col.target'),
      width: 118,
      ellipsis: true,
      render: (_, r) =>
        r.targetType ? (
          <span>
            {labels.targetType(r.targetType)}
            {r.targetId ? <span className="kesu-mono"> #{r.targetId}</span> : null}
          </span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      key: 'customer',
      title: t('audit.col.customer'),
      width: 72,
      render: (_, r) =>
        r.customerId ? (
          <span className="kesu-mono">#{r.customerId}</span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      key: 'fields',
      title: t('audit.col.fields'),
      width: 112,
      render: (_, r) =>
        r.fields.length ? (
          <Space size={[2, 2]} wrap>
            {r.fields.map((f) => (
              <Tag key={f} color="magenta" bordered={false} style={{ marginInlineEnd: 0 }}>
                {labels.field(f)}
              </Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      key: 'ip',
      title: t('audit.col.ip'),
      dataIndex: 'ip',
      width: 100,
      render: (_, r) => <span className="kesu-mono">{r.ip ?? '—'}</span>,
    },
    {
      key: 'open',
      title: <span className="kesu-sr-only">{t('audit.col.detail')}</span>,
      width: 60,
      fixed: 'right',
      render: (_, r) => (
        <Button
          type="link"
          size="small"
          onClick={(e) => {
            e.stopPropagation();
            setSelected(r);
          }}
          aria-label={t('audit.openDetail', { id: r.id })}
        >
          {t('audit.col.detail')}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer subTitle={t('audit.subtitle')}>
      <AuditChainCard />
      <ComplianceAlertsCard />
      <ErasureRequestsCard />

      <Card variant="borderless" className="kesu-card" styles={{ body: { padding: '16px 24px' } }}>
        <AuditFilters key={params.toString()} state={state} onApply={apply} />
      </Card>

      <Card
        variant="borderless"
        className="kesu-card"
        title={t('audit.table')}
        styles={{ body: { padding: 0 } }}
        extra={
          <Space size={12}>
            <Typography.Text type="secondary" data-testid="audit-loaded">
              {query.data ? t('audit.loaded', { count: rows.length }) : null}
            </Typography.Text>
            <Tooltip title={t('audit.refresh')}>
              <Button
                size="small"
                icon={<ReloadOutlined />}
                onClick={() => void query.refetch()}
                loading={query.isRefetching && !query.isFetchingNextPage}
                aria-label={t('audit.refresh')}
              />
            </Tooltip>
            <Can permission="audit.export">
              <Button size="small" type="primary" icon={<DownloadOutlined />} onClick={() => setExporting(true)}>
                {t('audit.export.button')}
              </Button>
            </Can>
          </Space>
        }
      >
        <div data-testid="audit" aria-busy={query.isFetching} data-search={params.toString()}>
          {query.error && hasErrorCode(query.error, 'NOT_FOUND') ? (
            // a customer filter (id or phone) that matches no customer: say
            // so, never show an empty "nobody has seen it"
            <Alert
              type="warning"
              showIcon
              data-testid="audit-no-customer"
              message={t('audit.noSuchCustomer')}
              style={{ margin: 16 }}
            />
          ) : query.error ? (
            <ErrorAlert error={query.error} onRetry={() => void query.refetch()} style={{ margin: 16 }} />
          ) : null}
          <Table<AuditRow>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={query.error ? [] : rows}
            loading={query.isPending || (query.isPlaceholderData && query.isFetching)}
            pagination={false}
            scroll={{ x: 988 }}
            onRow={(r) => ({ onClick: () => setSelected(r), className: 'kesu-clickable-row' })}
            locale={{ emptyText: t('audit.empty') }}
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
      </Card>

      <AuditDetailDrawer record={selected} onClose={() => setSelected(null)} />
      <ExportModal open={exporting} state={state} onClose={() => setExporting(false)} />
    </PageContainer>
  );
}

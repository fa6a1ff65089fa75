import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, Col, Flex, Row, Segmented, Statistic, Table, Tabs, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { gqlRequest } from '../../api/client';
import type { GraphQLRequestError } from '../../api/errors';
import { gqlKey, useGqlQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { TimeText } from '../../components/TimeText';
import type {
  KbArticlesNeverFoundQuery as NeverFoundData,
  KbQueryStatKind,
  KbQueryStatsQuery as QueryStatsData,
} from '../../gql/graphql';
import { useT } from '../../i18n';
import { kbArticlePath, paths } from '../../paths';
import './kb.css';
import {
  ANALYTICS_PAGE_SIZE,
  ANALYTICS_TABS,
  DEFAULT_PERIOD,
  PERIOD_DAYS,
  average,
  isAnalyticsTab,
  isPeriodDays,
  percent,
  periodStart,
  type AnalyticsTab,
  type PeriodDays,
} from './analyticsModel';
import { KbArticlesNeverFoundQuery, KbQueryStatsQuery, KbSearchSummaryQuery } from './analyticsQueries';

type QueryRow = QueryStatsData['kbQueryStats']['nodes'][number];
type ArticleRow = NeverFoundData['kbArticlesNeverFound']['nodes'][number];

/**
 * 检索分析 (kb.edit): what agents searched the knowledge base for over the
 * last 7, 30 or 90 days: totals, the most searched queries, those that found
 * nothing, those whose results nobody opened, and the published articles no
 * search brought up. A query opens the search page with it, an article its
 * page. Phone and ID numbers were replaced by the server before storing.
 */
export default function KbAnalyticsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const daysParam = Number(params.get('days'));
  const days: PeriodDays = isPeriodDays(daysParam) ? daysParam : DEFAULT_PERIOD;
  const tabParam = params.get('tab');
  const tab: AnalyticsTab = isAnalyticsTab(tabParam) ? tabParam : 'TOP';
  const from = useMemo(() => periodStart(days), [days]);
  const set = (patch: { days?: PeriodDays; tab?: AnalyticsTab }) => {
    const next = new URLSearchParams(params);
    if (patch.days !== undefined) next.set('days', String(patch.days));
    if (patch.tab !== undefined) next.set('tab', patch.tab);
    setParams(next, { replace: true });
  };

  const summary = useGqlQuery(KbSearchSummaryQuery, { from });
  const s = summary.data?.kbSearchSummary;
  const withResults = s ? s.searches - s.zeroResult : 0;

  return (
    <PageContainer
      subTitle={t('kb.ana.subtitle')}
      extra={
        <Flex gap={8} align="center">
          {s ? (
            <Tooltip title={t(s.semanticSearch ? 'kb.ana.semanticOnHint' : 'kb.ana.semanticOffHint')}>
              <Tag color={s.semanticSearch ? 'green' : 'orange'} data-testid="kb-ana-semantic">
                {t(s.semanticSearch ? 'kb.ana.semanticOn' : 'kb.ana.semanticOff')}
              </Tag>
            </Tooltip>
          ) : null}
          <Segmented<PeriodDays>
            value={days}
            onChange={(v) => set({ days: v })}
            options={PERIOD_DAYS.map((d) => ({ value: d, label: t('kb.ana.period', { days: d }) }))}
            data-testid="kb-ana-period"
          />
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void summary.refetch()}
            aria-label={t('kb.ana.refresh')}
            loading={summary.isRefetching}
          />
        </Flex>
      }
    >
      {summary.error ? <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      <Row gutter={[16, 16]} data-testid="kb-ana-summary" aria-busy={summary.isFetching}>
        <Col xs={12} md={8} xl={4}>
          <Card variant="borderless" className="kesu-card">
            <Statistic title={t('kb.ana.searches')} value={s?.searches ?? '—'} loading={summary.isPending} />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={5}>
          <Card variant="borderless" className="kesu-card">
            <Statistic
              title={t('kb.ana.distinct')}
              value={s?.distinctQueries ?? '—'}
              loading={summary.isPending}
            />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={5}>
          <Card variant="borderless" className="kesu-card">
            <Statistic
              title={t('kb.ana.zeroRate')}
              value={s ? percent(s.zeroResultRate, s.searches) : '—'}
              loading={summary.isPending}
              valueStyle={s && s.zeroResultRate > 0.1 ? { color: '#cf1322' } : undefined}
              data-testid="kb-ana-zero-rate"
            />
          </Card>
        </Col>
        <Col xs={12} md={12} xl={5}>
          <Card variant="borderless" className="kesu-card">
            <Statistic
              title={t('kb.ana.openRate')}
              value={s ? percent(s.openRate, withResults) : '—'}
              loading={summary.isPending}
            />
          </Card>
        </Col>
        <Col xs={24} md={12} xl={5}>
          <Card variant="borderless" className="kesu-card">
            <Statistic
              title={t('kb.ana.useRate')}
              value={s ? percent(s.useRate, s.searches) : '—'}
              loading={summary.isPending}
            />
          </Card>
        </Col>
      </Row>

      <Card variant="borderless" className="kesu-card" styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(k) => set({ tab: k as AnalyticsTab })}
          destroyOnHidden
          items={ANALYTICS_TABS.map((k) => ({
            key: k,
            label: <span data-testid={`kb-ana-tab-${k}`}>{t(`kb.ana.tab.${k}` as const)}</span>,
            children:
              k === 'NEVER_FOUND' ? <NeverFoundTable from={from} /> : <QueryStatsTable kind={k} from={from} />,
          }))}
        />
      </Card>
    </PageContainer>
  );
}

function MoreButton({
  hasNext,
  loading,
  onMore,
  count,
}: {
  hasNext: boolean;
  loading: boolean;
  onMore: () => void;
  count: number;
}) {
  const t = useT();
  if (count === 0) return null;
  return (
    <Flex justify="center" style={{ padding: 12 }}>
      {hasNext ? (
        <Button onClick={onMore} loading={loading}>
          {t('kb.ana.more')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('kb.ana.allLoaded', { count })}</Typography.Text>
      )}
    </Flex>
  );
}

function QueryStatsTable({ kind, from }: { kind: KbQueryStatKind; from: string }) {
  const t = useT();
  const query = useInfiniteQuery<
    QueryStatsData,
    GraphQLRequestError,
    { pages: QueryStatsData[] },
    readonly unknown[],
    string | null
  >({
    queryKey: gqlKey('KbQueryStats', { kind, from }),
    queryFn: ({ pageParam, signal }) =>
      gqlRequest(KbQueryStatsQuery, { kind, from, first: ANALYTICS_PAGE_SIZE, after: pageParam }, { signal }),
    initialPageParam: null,
    getNextPageParam: (last) =>
      last.kbQueryStats.pageInfo.hasNextPage ? (last.kbQueryStats.pageInfo.endCursor ?? undefined) : undefined,
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.kbQueryStats.nodes) ?? [], [query.data]);
  const columns: TableProps<QueryRow>['columns'] = [
    {
      key: 'query',
      title: t('kb.ana.col.query'),
      render: (_, r) => (
        <Link to={`${paths.kb}?${new URLSearchParams({ q: r.query }).toString()}`} data-testid="kb-ana-query">
          {r.query}
        </Link>
      ),
    },
    { key: 'searches', title: t('kb.ana.col.searches'), width: 90, align: 'right', dataIndex: 'searches' },
    {
      key: 'results',
      title: t('kb.ana.col.results'),
      width: 110,
      align: 'right',
      render: (_, r) =>
        r.averageResults === 0 ? <Tag color="red">{t('kb.ana.none')}</Tag> : average(r.averageResults),
    },
    {
      key: 'opened',
      title: t('kb.ana.col.opened'),
      width: 90,
      align: 'right',
      render: (_, r) => r.opened,
    },
    { key: 'used', title: t('kb.ana.col.used'), width: 90, align: 'right', render: (_, r) => r.used },
    {
      key: 'last',
      title: t('kb.ana.col.last'),
      width: 150,
      render: (_, r) => <TimeText value={r.lastSearchedAt} />,
    },
  ];
  if (query.error && !query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <div data-testid={`kb-ana-${kind}`} aria-busy={query.isFetching}>
      <Table<QueryRow>
        size="middle"
        rowKey={(r) => r.query}
        columns={columns}
        dataSource={rows}
        pagination={false}
        loading={query.isPending}
        locale={{ emptyText: t(`kb.ana.empty.${kind}` as const) }}
      />
      <MoreButton
        hasNext={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onMore={() => void query.fetchNextPage()}
        count={rows.length}
      />
    </div>
  );
}

function NeverFoundTable({ from }: { from: string }) {
  const t = useT();
  const query = useInfiniteQuery<
    NeverFoundData,
    GraphQLRequestError,
    { pages: NeverFoundData[] },
    readonly unknown[],
    string | null
  >({
    queryKey: gqlKey('KbArticlesNeverFound', { from }),
    queryFn: ({ pageParam, signal }) =>
      gqlRequest(KbArticlesNeverFoundQuery, { from, first: ANALYTICS_PAGE_SIZE, after: pageParam }, { signal }),
    initialPageParam: null,
    getNextPageParam: (last) =>
      last.kbArticlesNeverFound.pageInfo.hasNextPage
        ? (last.kbArticlesNeverFound.pageInfo.endCursor ?? undefined)
        : undefined,
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.kbArticlesNeverFound.nodes) ?? [], [query.data]);
  const columns: TableProps<ArticleRow>['columns'] = [
    {
      key: 'title',
      title: t('kb.ana.col.title'),
      render: (_, r) => (
        <Link to={kbArticlePath(r.id)} data-testid="kb-ana-article">
          {r.published?.title ?? r.id}
        </Link>
      ),
    },
    {
      key: 'category',
      title: t('kb.ana.col.category'),
      width: 180,
      render: (_, r) => r.published?.category?.name ?? t('common.none'),
    },
    {
      key: 'publishedAt',
      title: t('kb.ana.col.publishedAt'),
      width: 150,
      render: (_, r) => (r.publishedAt ? <TimeText value={r.publishedAt} /> : t('common.none')),
    },
  ];
  if (query.error && !query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <div data-testid="kb-ana-NEVER_FOUND" aria-busy={query.isFetching}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {t('kb.ana.neverFoundHint')}
      </Typography.Paragraph>
      <Table<ArticleRow>
        size="middle"
        rowKey="id"
        columns={columns}
        dataSource={rows}
        pagination={false}
        loading={query.isPending}
        locale={{ emptyText: t('kb.ana.empty.NEVER_FOUND') }}
      />
      <MoreButton
        hasNext={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onMore={() => void query.fetchNextPage()}
        count={rows.length}
      />
    </div>
  );
}

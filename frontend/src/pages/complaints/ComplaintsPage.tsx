import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Select, Space, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { gqlRequest } from '../../api/client';
import type { GraphQLRequestError } from '../../api/errors';
import { gqlKey } from '../../api/hooks';
import { Can, useMe } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import type { ComplaintOrder, ComplaintQueueQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { COMPLAINT_ORDERS, orderLabel } from '../../lib/enums';
import { paths } from '../../paths';
import { ComplaintQueueQuery as QueueDoc } from './queries';
import { LinkedFilters } from './LinkedFilters';
import { QueueFilters } from './QueueFilters';
import { QueueTable } from './QueueTable';
import { EMPTY_QUEUE_STATE, parseQueueParams, toComplaintFilter, toQueueParams, type QueueState } from './queueState';

const QUEUE_PAGE_SIZE = 20;

/**
 * 我的工单: the complaints the user may see (the server filters by their data
 * scope), filtered and sorted from the URL, loaded 20 at a time.
 */
export default function ComplaintsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseQueueParams(params), [params]);
  const filter = useMemo(() => toComplaintFilter(state, me.user.id), [state, me.user.id]);
  const withAnnouncement = state.announcementId !== null;

  const query = useInfiniteQuery<
    ComplaintQueueQuery,
    GraphQLRequestError,
    { pages: ComplaintQueueQuery[] },
    readonly unknown[],
    string | null
  >({
    queryKey: gqlKey('ComplaintQueue', { filter, orderBy: state.orderBy, withAnnouncement }),
    queryFn: ({ pageParam, signal }) =>
      gqlRequest(
        QueueDoc,
        { filter, orderBy: state.orderBy, first: QUEUE_PAGE_SIZE, after: pageParam, withAnnouncement },
        { signal },
      ),
    initialPageParam: null,
    getNextPageParam: (last) =>
      last.complaints.pageInfo.hasNextPage ? (last.complaints.pageInfo.endCursor ?? undefined) : undefined,
    placeholderData: keepPreviousData,
  });

  const rows = useMemo(
    () => query.data?.pages.flatMap((p) => p.complaints.edges.map((e) => e.node)) ?? [],
    [query.data],
  );
  const pages = query.data?.pages ?? [];
  const total = pages[pages.length - 1]?.complaints.totalCount ?? 0;

  const update = (patch: Partial<QueueState>) => setParams(toQueueParams({ ...state, ...patch }, params));
  const reset = () => setParams(toQueueParams({ ...EMPTY_QUEUE_STATE, orderBy: state.orderBy }, params));
  const setOrder = (orderBy: ComplaintOrder) => update({ orderBy });

  return (
    <PageContainer
      subTitle={t('queue.subtitle')}
      extra={
        <Can permission="complaint.create">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(paths.complaintNew)}>
            {t('intake.newButton')}
          </Button>
        </Can>
      }
    >
      <Card variant="borderless" className="kesu-card" styles={{ body: { padding: '16px 24px' } }}>
        <LinkedFilters
          state={state}
          customerName={
            state.customerId ? rows.find((r) => r.customer?.id === state.customerId)?.customer?.nameMasked : undefined
          }
          announcementTitle={rows.find((r) => r.announcement?.id === state.announcementId)?.announcement?.title}
          onChange={update}
        />
        <QueueFilters state={state} onChange={update} onReset={reset} />
      </Card>

      <Card
        variant="borderless"
        className="kesu-card"
        title={t('queue.table')}
        styles={{ body: { padding: 0 } }}
        extra={
          <Space size={12}>
            <Typography.Text type="secondary" data-testid="queue-total">
              {query.data ? t('queue.total', { total, loaded: rows.length }) : null}
            </Typography.Text>
            <label htmlFor="queue-sort" className="kesu-inline-label">
              {t('queue.sort')}
            </label>
            <Select<ComplaintOrder>
              id="queue-sort"
              size="small"
              style={{ width: 128 }}
              value={state.orderBy}
              onChange={setOrder}
              options={COMPLAINT_ORDERS.map((o) => ({ value: o, label: orderLabel(t, o) }))}
            />
            <Button
              size="small"
              icon={<ReloadOutlined />}
              onClick={() => void query.refetch()}
              loading={query.isRefetching && !query.isFetchingNextPage}
              aria-label={t('queue.refresh')}
              title={t('queue.refresh')}
            />
          </Space>
        }
      >
        <div data-testid="queue" aria-busy={query.isFetching} data-search={params.toString()}>
          {query.error ? (
            <ErrorAlert error={query.error} onRetry={() => void query.refetch()} style={{ margin: 16 }} />
          ) : null}
          <QueueTable
            rows={rows}
            loading={query.isPending || (query.isPlaceholderData && query.isFetching)}
            orderBy={state.orderBy}
            onOrderChange={setOrder}
            footer={
              rows.length > 0
                ? () => (
                    <Flex justify="center" align="center" gap={12}>
                      {query.hasNextPage ? (
                        <Button
                          onClick={() => void query.fetchNextPage()}
                          loading={query.isFetchingNextPage}
                          data-testid="load-more"
                        >
                          {t('queue.loadMore')}
                        </Button>
                      ) : (
                        <Typography.Text type="secondary">{t('queue.allLoaded')}</Typography.Text>
                      )}
                    </Flex>
                  )
                : undefined
            }
          />
        </div>
      </Card>
    </PageContainer>
  );
}

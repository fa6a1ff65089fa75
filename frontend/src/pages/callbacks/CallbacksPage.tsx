import { useMemo, useState } from 'react';
import { keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Space, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { gqlRequest } from '../../api/client';
import type { GraphQLRequestError } from '../../api/errors';
import { gqlKey } from '../../api/hooks';
import { usePermission } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import type { CallbackQueueQuery as CallbackQueueData } from '../../gql/graphql';
import { useT } from '../../i18n';
import { CALLBACK_MAX_ATTEMPTS, type CallbackAction } from '../complaint-detail/callback';
import { CallbackModal } from '../complaint-detail/CallbackModal';
import { CALLBACK_PAGE_SIZE } from './callbackQueue';
import { CallbackTable } from './CallbackTable';
import { CallbackQueueQuery, type CallbackRow } from './queries';
import './callbacks.css';

/**
 * 回访队列: resolved complaints within the user's data scope that await the
 * satisfaction call, the deadline that runs out first first, 20 at a time.
 * Each row records the callback (3–5 closes, 1–2 reopens) or an unanswered
 * attempt (the third closes it as unreachable); both leave the queue or
 * update the row.
 */
export default function CallbacksPage() {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const canOverride = usePermission('complaint.callback.override');
  const [step, setStep] = useState<{ row: CallbackRow; action: CallbackAction } | null>(null);

  const query = useInfiniteQuery<
    CallbackQueueData,
    GraphQLRequestError,
    { pages: CallbackQueueData[] },
    readonly unknown[],
    string | null
  >({
    queryKey: gqlKey('CallbackQueue'),
    queryFn: ({ pageParam, signal }) =>
      gqlRequest(CallbackQueueQuery, { first: CALLBACK_PAGE_SIZE, after: pageParam }, { signal }),
    initialPageParam: null,
    getNextPageParam: (last) =>
      last.callbackQueue.pageInfo.hasNextPage ? (last.callbackQueue.pageInfo.endCursor ?? undefined) : undefined,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
  const rows = useMemo(
    () => query.data?.pages.flatMap((p) => p.callbackQueue.edges.map((e) => e.node)) ?? [],
    [query.data],
  );
  const pages = query.data?.pages ?? [];
  const total = pages[pages.length - 1]?.callbackQueue.totalCount ?? 0;
  // the open dialog follows the row as the list reloads; a row that left
  // the queue meanwhile (someone else called) keeps its last state, no longer actionable
  const target = step ? (rows.find((r) => r.id === step.row.id) ?? { ...step.row, availableActions: [] }) : null;

  const done = (said: string) => {
    setStep(null);
    void message.success(said);
    void query.refetch();
    void queryClient.invalidateQueries({ queryKey: gqlKey('ComplaintQueue') });
  };

  return (
    <PageContainer subTitle={t('callbacks.subtitle', { max: CALLBACK_MAX_ATTEMPTS })}>
      <Card
        variant="borderless"
        className="kesu-card"
        title={t('callbacks.table')}
        styles={{ body: { padding: 0 } }}
        extra={
          <Space size={12}>
            <Typography.Text type="secondary" data-testid="callbacks-total">
              {query.data ? t('callbacks.total', { total, loaded: rows.length }) : null}
            </Typography.Text>
            <Button
              size="small"
              icon={<ReloadOutlined />}
              onClick={() => void query.refetch()}
              loading={query.isRefetching && !query.isFetchingNextPage}
              aria-label={t('callbacks.refresh')}
              title={t('callbacks.refresh')}
            />
          </Space>
        }
      >
        <div data-testid="callbacks" aria-busy={query.isFetching}>
          {query.error ? (
            <ErrorAlert error={query.error} onRetry={() => void query.refetch()} style={{ margin: 16 }} />
          ) : null}
          <CallbackTable
            rows={rows}
            loading={query.isPending}
            onStep={(row, action) => setStep({ row, action })}
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
                          {t('callbacks.loadMore')}
                        </Button>
                      ) : (
                        <Typography.Text type="secondary">{t('callbacks.allLoaded')}</Typography.Text>
                      )}
                    </Flex>
                  )
                : undefined
            }
          />
        </div>
      </Card>
      {step && target ? (
        <CallbackModal
          key={`${step.row.id}-${step.action}`}
          action={step.action}
          complaint={target}
          canOverride={canOverride}
          onClose={() => setStep(null)}
          onDone={(_outcome, said) => done(said)}
          onReload={() => query.refetch()}
          reloading={query.isRefetching}
        />
      ) : null}
    </PageContainer>
  );
}

import { useMemo, useState } from 'react';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Button, Empty, Flex, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { gqlRequest } from '../../api/client';
import type { GraphQLRequestError } from '../../api/errors';
import { gqlKey } from '../../api/hooks';
import { Can } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TimeText } from '../../components/TimeText';
import type { AlertState, AlertsQuery } from '../../gql/graphql';
import { useT, type MessageKey } from '../../i18n';
import { formatDateTime } from '../../lib/time';
import { AckModal, AnnounceModal } from './AlertModals';
import { categoryPath, comparator, isRate, LEVEL_COLOR, reading } from './alertModel';
import { AlertsDoc, type AlertRow } from './queries';

const PAGE_SIZE = 50;

/** Alerts in `states`, newest first, with their actions. */
export function AlertTable({ states, emptyKey }: { states: AlertState[]; emptyKey: MessageKey }) {
  const t = useT();
  const [acking, setAcking] = useState<AlertRow | null>(null);
  const [announcing, setAnnouncing] = useState<AlertRow | null>(null);
  const query = useInfiniteQuery<
    AlertsQuery,
    GraphQLRequestError,
    { pages: AlertsQuery[] },
    readonly unknown[],
    string | null
  >({
    queryKey: gqlKey('Alerts', { states }),
    queryFn: ({ pageParam, signal }) =>
      gqlRequest(AlertsDoc, { state: states, first: PAGE_SIZE, after: pageParam }, { signal }),
    initialPageParam: null,
    getNextPageParam: (last) =>
      last.alerts.pageInfo.hasNextPage ? (last.alerts.pageInfo.endCursor ?? undefined) : undefined,
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.alerts.nodes) ?? [], [query.data]);

  const subject = (a: AlertRow): string => {
    if (a.kind === 'CATEGORY_SURGE') return t('alerts.subject.category', { category: categoryPath(a.category) });
    if (a.kind === 'STEP_TIMEOUT_RATE' && a.step) {
      const key = `alertStep.${a.step}`;
      const step = key in STEP_KEYS ? t(key as MessageKey) : a.step;
      return t('alerts.subject.step', { step });
    }
    return t('alerts.subject.centre');
  };

  const columns: ColumnsType<AlertRow> = [
    {
      title: t('alerts.col.level'),
      dataIndex: 'level',
      width: 110,
      render: (_, a) => <Tag color={LEVEL_COLOR[a.level]}>{t(`alertLevel.${a.level}`)}</Tag>,
    },
    {
      title: t('alerts.col.subject'),
      key: 'subject',
      render: (_, a) => (
        <Space direction="vertical" size={2}>
          <Typography.Text strong>{subject(a)}</Typography.Text>
          {a.acknowledgedAt ? (
            <Typography.Text type="secondary" data-testid="alert-ack-info">
              {t('alerts.ackBy', {
                name: a.acknowledgedBy?.displayName ?? '—',
                time: formatDateTime(a.acknowledgedAt),
                note: a.ackNote ?? '',
              })}
            </Typography.Text>
          ) : null}
          {a.clearedAt ? (
            <Typography.Text type="secondary">
              {t('alerts.clearedAt', { time: formatDateTime(a.clearedAt) })}
            </Typography.Text>
          ) : null}
          {a.announcement ? (
            <Typography.Text type="secondary">
              {t('alerts.announce.linked', { title: a.announcement.title })}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('alerts.col.value'),
      key: 'value',
      width: 190,
      render: (_, a) => {
        const r = reading(a.kind, a.value, a.threshold);
        const key = isRate(a.kind) ? 'alerts.value.rate' : 'alerts.value.count';
        return t(key, { value: r.value, threshold: r.threshold, op: comparator(a.kind) });
      },
    },
    {
      title: t('alerts.col.raisedAt'),
      dataIndex: 'raisedAt',
      width: 170,
      render: (_, a) => <TimeText value={a.raisedAt} />,
    },
    {
      title: t('alerts.col.state'),
      dataIndex: 'state',
      width: 100,
      render: (_, a) => (
        <Tag color={a.state === 'RAISED' ? 'error' : 'default'} data-testid="alert-state">
          {t(`alertState.${a.state}`)}
        </Tag>
      ),
    },
    {
      title: t('alerts.col.actions'),
      key: 'actions',
      width: 200,
      render: (_, a) => (
        <Space size={4} wrap>
          {a.state === 'RAISED' ? (
            <Can permission="alert.acknowledge">
              <Button size="small" type="primary" onClick={() => setAcking(a)} data-testid="alert-ack">
                {t('alerts.acknowledge')}
              </Button>
            </Can>
          ) : null}
          {a.kind === 'CATEGORY_SURGE' && !a.announcement ? (
            <Can permission="announcement.manage">
              <Button size="small" danger onClick={() => setAnnouncing(a)} data-testid="alert-announce">
                {t('alerts.announce')}
              </Button>
            </Can>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="alerts" aria-busy={query.isFetching}>
      {query.error ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      <Table<AlertRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={query.isPending}
        pagination={false}
        onRow={(a) => ({ 'data-testid': `alert-row-${a.id}` }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(emptyKey)} /> }}
      />
      {query.hasNextPage ? (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {t('alerts.more')}
          </Button>
        </Flex>
      ) : null}
      {acking ? <AckModal alert={acking} onClose={() => setAcking(null)} /> : null}
      {announcing ? <AnnounceModal alert={announcing} onClose={() => setAnnouncing(null)} /> : null}
    </div>
  );
}

const STEP_KEYS = {
  'alertStep.escalation': true,
  'alertStep.investigation': true,
  'alertStep.resolution': true,
  'alertStep.callback': true,
} as const;

import { useMemo, useState } from 'react';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Space, Spin, Switch, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { gqlRequest } from '../../api/client';
import type { GraphQLRequestError } from '../../api/errors';
import { gqlKey } from '../../api/hooks';
import { Can } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import type { AnnouncementsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import './announcements.css';
import { AnnouncementItem } from './AnnouncementItem';
import { AnnouncementModal } from './AnnouncementModal';
import { AnnouncementsDoc, type AnnouncementRow } from './queries';

const PAGE_SIZE = 20;

/**
 * 系统公告: mass incidents with the one explanation agents give callers
 * (统一解释口径). In force by default; the switch also shows expired and
 * upcoming ones. Supervisors (announcement.manage) publish new ones, edit
 * and end them; anyone sees the complaints linked to one.
 */
export default function AnnouncementsPage() {
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<AnnouncementRow | null>(null);

  const query = useInfiniteQuery<
    AnnouncementsQuery,
    GraphQLRequestError,
    { pages: AnnouncementsQuery[] },
    readonly unknown[],
    string | null
  >({
    queryKey: gqlKey('Announcements', { activeOnly: !showAll }),
    queryFn: ({ pageParam, signal }) =>
      gqlRequest(AnnouncementsDoc, { activeOnly: !showAll, first: PAGE_SIZE, after: pageParam }, { signal }),
    initialPageParam: null,
    getNextPageParam: (last) =>
      last.announcements.pageInfo.hasNextPage ? (last.announcements.pageInfo.endCursor ?? undefined) : undefined,
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.announcements.nodes) ?? [], [query.data]);

  return (
    <PageContainer
      subTitle={t('announcements.subtitle')}
      extra={
        <Can permission="announcement.manage">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('announcements.create')}
          </Button>
        </Can>
      }
    >
      <Card
        variant="borderless"
        className="kesu-card"
        title={showAll ? t('announcements.list.all') : t('announcements.list.active')}
        extra={
          <Space size={8}>
            <label htmlFor="announcements-show-all" className="kesu-inline-label">
              {t('announcements.showAll')}
            </label>
            <Switch id="announcements-show-all" size="small" checked={showAll} onChange={setShowAll} />
          </Space>
        }
      >
        <div data-testid="announcements" aria-busy={query.isFetching}>
          {query.error ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
          <Spin spinning={query.isPending || (query.isPlaceholderData && query.isFetching)}>
            {rows.length === 0 && !query.isPending && !query.error ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={showAll ? t('announcements.empty.all') : t('announcements.empty.active')}
              />
            ) : (
              <Flex vertical gap={16}>
                {rows.map((a) => (
                  <AnnouncementItem key={a.id} a={a} onEdit={() => setEditing(a)} />
                ))}
              </Flex>
            )}
          </Spin>
          {rows.length > 0 ? (
            <Flex justify="center" style={{ marginTop: 16 }}>
              {query.hasNextPage ? (
                <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                  {t('announcements.more')}
                </Button>
              ) : (
                <Typography.Text type="secondary">
                  {t('announcements.allLoaded', { count: rows.length })}
                </Typography.Text>
              )}
            </Flex>
          ) : null}
        </div>
      </Card>
      {creating || editing ? (
        <AnnouncementModal
          editing={editing}
          onClose={() => {
            setCreating(false);
            setEditing(null);
          }}
        />
      ) : null}
    </PageContainer>
  );
}

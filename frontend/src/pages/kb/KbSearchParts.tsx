import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { type UseInfiniteQueryResult } from '@tanstack/react-query';
import { Button, Empty, Flex, List, Space, Tag, Tree, Typography } from 'antd';
import type { GraphQLRequestError } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TimeText } from '../../components/TimeText';
import { buildCategoryTree, categoryPath, useCategories, type CategoryTreeNode } from '../../data/categories';
import type { KbArticlesQuery, KbSearchQuery as KbSearchResult } from '../../gql/graphql';
import { useT } from '../../i18n';
import { kbArticlePath } from '../../paths';
import { Highlighted, KbStatusTag } from './KbBits';
import { sortFacets } from './kbState';
import { recordSearchOpen } from './searchLog';

/* The parts of the knowledge base page: facets, category tree, search hits and the article list. */

export function FacetList({
  total,
  facets,
  selected,
  onSelect,
}: {
  total: number | undefined;
  facets: ReadonlyArray<{ count: number; category?: { id: string; name: string } | null }>;
  selected: string | null;
  onSelect: (categoryId: string | null) => void;
}) {
  const t = useT();
  const sorted = sortFacets(facets);
  const items: Array<{ id: string | null; name: string; count: number | undefined }> = [
    { id: null, name: t('kb.facets.all'), count: selected ? undefined : total },
    ...sorted.map((f) => ({ id: f.category.id, name: f.category.name, count: f.count })),
  ];
  return (
    <ul className="kesu-facets" aria-label={t('kb.facets.title')} data-testid="kb-facets">
      {items.map((f) => (
        <li key={f.id ?? 'all'}>
          <button
            type="button"
            className="kesu-facet"
            aria-pressed={f.id === selected}
            data-category={f.id ?? ''}
            onClick={() => onSelect(f.id)}
          >
            <span className="kesu-facet-name">{f.name}</span>
            {f.count !== undefined ? <span className="kesu-facet-count">{f.count}</span> : null}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function CategoryTree({
  selected,
  onSelect,
}: {
  selected: string | null;
  onSelect: (id: string | null) => void;
}) {
  const t = useT();
  const { data, error, refetch } = useCategories();
  const tree = useMemo(() => buildCategoryTree(data?.categories ?? []), [data]);
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  // the list filter matches an article's own category: only second-level ones are pickable
  return (
    <div data-testid="kb-category-tree">
      <button
        type="button"
        className="kesu-facet"
        aria-pressed={selected === null}
        onClick={() => onSelect(null)}
        style={{ marginBottom: 4 }}
      >
        <span className="kesu-facet-name">{t('kb.facets.all')}</span>
      </button>
      <Tree
        blockNode
        selectedKeys={selected ? [selected] : []}
        defaultExpandedKeys={
          selected ? tree.filter((n) => n.children?.some((c) => c.value === selected)).map((n) => n.value) : []
        }
        treeData={toTreeData(tree)}
        onSelect={(keys) => onSelect(keys.length ? String(keys[0]) : null)}
      />
    </div>
  );
}

interface CategoryTreeItem {
  key: string;
  title: string;
  selectable: boolean;
  children?: CategoryTreeItem[];
}

/** The list filter matches an article's own category: only leaf categories are pickable. */
function toTreeData(nodes: readonly CategoryTreeNode[]): CategoryTreeItem[] {
  return nodes.map((n) => ({
    key: n.value,
    title: n.title,
    selectable: !n.children?.length,
    children: n.children ? toTreeData(n.children) : undefined,
  }));
}

export type SearchQueryResult = UseInfiniteQueryResult<{ pages: KbSearchResult[] }, GraphQLRequestError>;
type SearchHit = KbSearchResult['kbSearch']['hits'][number];

/** The hits of a search, page after page: "load more" fetches the page after the last one's cursor. */
export function SearchResults({
  query,
  hits,
  canEdit,
  searchId,
}: {
  query: SearchQueryResult;
  hits: readonly SearchHit[];
  canEdit: boolean;
  /** The first page's `searchId`: an opened hit is reported for search analytics. */
  searchId?: string | null;
}) {
  const t = useT();
  if (query.error && !query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <List
      itemLayout="vertical"
      loading={query.isPending || (query.isPlaceholderData && query.isFetching && !query.isFetchingNextPage)}
      dataSource={hits as SearchHit[]}
      rowKey={(h) => h.article.id}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('kb.results.empty')} /> }}
      loadMore={
        hits.length > 0 ? (
          <Flex vertical align="center" gap={8} style={{ marginTop: 12 }}>
            {query.error ? <ErrorAlert error={query.error} onRetry={() => void query.fetchNextPage()} /> : null}
            {query.hasNextPage ? (
              <Button
                onClick={() => void query.fetchNextPage()}
                loading={query.isFetchingNextPage}
                data-testid="kb-load-more"
              >
                {t('kb.results.more')}
              </Button>
            ) : (
              <Typography.Text type="secondary" data-testid="kb-all-loaded">
                {t('kb.results.allLoaded', { count: hits.length })}
              </Typography.Text>
            )}
          </Flex>
        ) : null
      }
      renderItem={(h) => (
        <List.Item key={h.article.id} data-testid="kb-hit" data-article={h.article.id}>
          <Flex justify="space-between" align="baseline" gap={12}>
            <Space size={8} wrap style={{ minWidth: 0 }}>
              <Link
                to={kbArticlePath(h.article.id)}
                className="kesu-kb-title"
                onClick={() => recordSearchOpen(searchId, h.article.id)}
              >
                {h.version.title}
              </Link>
              {canEdit && h.article.status !== 'published' ? <KbStatusTag status={h.article.status} /> : null}
            </Space>
            {/* raw scores mean nothing to an agent on a call; editors tune with them */}
            {canEdit ? (
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }} data-testid="kb-score">
                {t('kb.results.score', { score: h.score.toFixed(4) })}
              </Typography.Text>
            ) : null}
          </Flex>
          <Highlighted text={h.snippet} ranges={h.highlights} />
          <Space size={4} wrap style={{ marginTop: 6 }}>
            {h.version.category ? (
              <Tag color="blue" bordered={false} data-testid="kb-hit-category">
                {categoryPath(h.version.category)}
              </Tag>
            ) : null}
            {h.version.tags.map((tag) => (
              <Tag key={tag} bordered={false}>
                {tag}
              </Tag>
            ))}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              v{h.version.number}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}

export type ListQueryResult = UseInfiniteQueryResult<{ pages: KbArticlesQuery[] }, GraphQLRequestError>;

export function ArticleList({ query, canEdit }: { query: ListQueryResult; canEdit: boolean }) {
  const t = useT();
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.kbArticles.nodes) ?? [], [query.data]);
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <List
      itemLayout="vertical"
      loading={query.isPending || (query.isPlaceholderData && query.isFetching)}
      dataSource={rows}
      rowKey={(a) => a.id}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('kb.list.empty')} /> }}
      loadMore={
        rows.length > 0 ? (
          <Flex justify="center" style={{ marginTop: 12 }}>
            {query.hasNextPage ? (
              <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                {t('kb.list.more')}
              </Button>
            ) : (
              <Typography.Text type="secondary">{t('kb.list.allLoaded', { count: rows.length })}</Typography.Text>
            )}
          </Flex>
        ) : null
      }
      renderItem={(a) => {
        const v = a.published ?? a.latest;
        const shown = canEdit ? a.latest : v;
        return (
          <List.Item key={a.id} data-testid="kb-article-row" data-article={a.id}>
            <Flex justify="space-between" align="baseline" gap={12}>
              <Space size={8} wrap style={{ minWidth: 0 }}>
                <Link to={kbArticlePath(a.id)} className="kesu-kb-title">
                  {shown.title}
                </Link>
                {canEdit ? <KbStatusTag status={a.status} /> : null}
              </Space>
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                {t('kb.list.updated')} <TimeText value={a.updatedAt} mode="relative" />
              </Typography.Text>
            </Flex>
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
              {shown.scenario}
            </Typography.Paragraph>
            <Space size={4} wrap style={{ marginTop: 6 }}>
              {shown.category ? (
                <Tag color="blue" bordered={false}>
                  {categoryPath(shown.category)}
                </Tag>
              ) : null}
              {shown.tags.map((tag) => (
                <Tag key={tag} bordered={false}>
                  {tag}
                </Tag>
              ))}
              {a.author ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('kb.list.author', { name: a.author.displayName })}
                </Typography.Text>
              ) : null}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}

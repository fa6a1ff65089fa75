import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import {
  keepPreviousData,
  useInfiniteQuery,
  type UseInfiniteQueryResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import {
  AutoComplete,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Flex,
  Input,
  List,
  Row,
  Select,
  Space,
  Tag,
  Tree,
  Typography,
} from 'antd';
import { FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { gqlRequest } from '../../api/client';
import type { GraphQLRequestError } from '../../api/errors';
import { gqlKey, useGqlQuery } from '../../api/hooks';
import { Can, usePermission } from '../../auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { TimeText } from '../../components/TimeText';
import { buildCategoryTree, categoryPath, useCategories, type CategoryTreeNode } from '../../data/categories';
import type { KbArticlesQuery, KbSearchQuery as KbSearchResult } from '../../gql/graphql';
import { useT } from '../../i18n';
import './kb.css';
import { kbArticlePath, paths } from '../../paths';
import { Highlighted, KbStatusTag } from './KbBits';
import { useDebounced } from './hooks';
import { KbArticlesQuery as ArticlesDoc, KbSearchQuery, KbSuggestQuery } from './queries';
import {
  KB_STATUSES,
  SEARCH_PAGE_SIZES,
  nextPageSize,
  parseKbParams,
  sortFacets,
  toKbParams,
  toListFilter,
  toSearchVariables,
  type KbPageState,
  type KbStatus,
} from './kbState';

const LIST_PAGE_SIZE = 20;

/**
 * 知识库: search as agents do mid-call (suggestions while typing, highlighted
 * snippets, category facets), or browse the list when there is no query.
 * The URL holds the query and filters.
 */
export default function KbSearchPage() {
  const t = useT();
  const navigate = useNavigate();
  const canEdit = usePermission('kb.edit');
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseKbParams(params), [params]);
  const [text, setText] = useState(state.q);
  const [syncedQ, setSyncedQ] = useState(state.q);
  const [size, setSize] = useState<number>(SEARCH_PAGE_SIZES[0]);
  const [sizeFor, setSizeFor] = useState(params.toString());

  // the box follows the URL (back button, a link) until the user types again
  if (syncedQ !== state.q) {
    setSyncedQ(state.q);
    setText(state.q);
  }
  // a new query or filter starts again with the first page of hits
  if (sizeFor !== params.toString()) {
    setSizeFor(params.toString());
    setSize(SEARCH_PAGE_SIZES[0]);
  }

  const update = (patch: Partial<KbPageState>) => setParams(toKbParams({ ...state, ...patch }));
  const runSearch = (value: string) => {
    const q = value.trim();
    // a new question starts from every category (the facets belong to the query)
    setParams(toKbParams({ ...state, q, categoryId: q === state.q ? state.categoryId : null }));
  };

  const prefix = useDebounced(text.trim(), 250);
  const suggest = useGqlQuery(
    KbSuggestQuery,
    { prefix },
    { enabled: prefix !== '' && prefix !== state.q, staleTime: 60_000 },
  );
  const suggesting = prefix !== '' && prefix !== state.q;
  const suggestOptions = useMemo(() => {
    if (!suggesting) return [];
    const seen = new Set<string>();
    return (suggest.data?.kbSuggest ?? [])
      .filter((s) => !seen.has(s.title) && seen.add(s.title))
      .map((s) => ({
        value: s.title,
        articleId: s.articleId,
        label: (
          <Space size={6}>
            <FileTextOutlined style={{ color: 'rgba(0,0,0,0.45)' }} />
            <span>{s.title}</span>
          </Space>
        ),
      }));
  }, [suggest.data, suggesting]);

  const searchVars = toSearchVariables(state, canEdit, size);
  const search = useGqlQuery(KbSearchQuery, searchVars ?? { query: '' }, {
    enabled: searchVars !== null,
    placeholderData: keepPreviousData,
  });

  const listFilter = toListFilter(state, canEdit);
  const list = useInfiniteQuery<
    KbArticlesQuery,
    GraphQLRequestError,
    { pages: KbArticlesQuery[] },
    readonly unknown[],
    string | null
  >({
    queryKey: gqlKey('KbArticles', { filter: listFilter }),
    queryFn: ({ pageParam, signal }) =>
      gqlRequest(ArticlesDoc, { filter: listFilter, first: LIST_PAGE_SIZE, after: pageParam }, { signal }),
    initialPageParam: null,
    getNextPageParam: (last) =>
      last.kbArticles.pageInfo.hasNextPage ? (last.kbArticles.pageInfo.endCursor ?? undefined) : undefined,
    enabled: searchVars === null,
    placeholderData: keepPreviousData,
  });

  const searching = searchVars !== null;
  const busy = searching ? search.isFetching : list.isFetching;

  return (
    <PageContainer
      subTitle={t('kb.subtitle')}
      extra={
        <Can permission="kb.edit">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(paths.kbNew)}>
            {t('kb.new')}
          </Button>
        </Can>
      }
    >
      <Card variant="borderless" className="kesu-card" styles={{ body: { padding: '20px 24px' } }}>
        <label htmlFor="kb-search" className="kesu-kb-search-label">
          {t('kb.search.label')}
        </label>
        <AutoComplete
          id="kb-search"
          options={suggestOptions}
          value={text}
          onChange={(v: string) => setText(v)}
          onSelect={(_: string, option: { articleId: string }) => void navigate(kbArticlePath(option.articleId))}
          defaultActiveFirstOption={false}
          style={{ width: '100%', maxWidth: 720, display: 'block' }}
          popupMatchSelectWidth
        >
          <Input.Search
            size="large"
            allowClear
            enterButton={t('kb.search.button')}
            placeholder={t('kb.search.placeholder')}
            onSearch={runSearch}
            loading={searching && search.isFetching}
          />
        </AutoComplete>
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 13 }}>
          {t('kb.search.hint')}
        </Typography.Text>
      </Card>

      <Row gutter={16} wrap={false}>
        <Col flex="240px">
          <Card
            variant="borderless"
            className="kesu-card"
            title={t('kb.facets.title')}
            size="small"
            styles={{ body: { padding: 8 } }}
          >
            {searching ? (
              <FacetList
                total={search.data?.kbSearch.total}
                facets={search.data?.kbSearch.facets ?? []}
                selected={state.categoryId}
                onSelect={(categoryId) => update({ categoryId })}
              />
            ) : (
              <CategoryTree selected={state.categoryId} onSelect={(categoryId) => update({ categoryId })} />
            )}
          </Card>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card
            variant="borderless"
            className="kesu-card"
            title={
              searching && search.data
                ? t('kb.results.total', { total: search.data.kbSearch.total, query: state.q })
                : searching
                  ? t('kb.results.searching')
                  : t('kb.list.title')
            }
            extra={
              canEdit ? (
                searching ? (
                  <Checkbox
                    id="kb-drafts"
                    checked={state.includeDrafts}
                    onChange={(e) => update({ includeDrafts: e.target.checked })}
                  >
                    {t('kb.filter.includeDrafts')}
                  </Checkbox>
                ) : (
                  <Space size={8}>
                    <label htmlFor="kb-status" className="kesu-inline-label">
                      {t('kb.filter.status')}
                    </label>
                    <Select<KbStatus | 'all'>
                      id="kb-status"
                      size="small"
                      style={{ width: 120 }}
                      value={state.status ?? 'all'}
                      onChange={(v) => update({ status: v === 'all' ? null : v })}
                      options={[
                        { value: 'all', label: t('common.all') },
                        ...KB_STATUSES.map((s) => ({ value: s, label: t(`kb.status.${s}`) })),
                      ]}
                    />
                  </Space>
                )
              ) : null
            }
            styles={{ body: { paddingTop: 4 } }}
          >
            <div data-testid="kb-results" aria-busy={busy} data-search={params.toString()}>
              {searching ? (
                <SearchResults
                  query={search}
                  canEdit={canEdit}
                  size={size}
                  onMore={() => {
                    const next = nextPageSize(size);
                    if (next) setSize(next);
                  }}
                />
              ) : (
                <ArticleList query={list} canEdit={canEdit} />
              )}
            </div>
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}

function FacetList({
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

function CategoryTree({ selected, onSelect }: { selected: string | null; onSelect: (id: string | null) => void }) {
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

type SearchQueryResult = UseQueryResult<KbSearchResult, GraphQLRequestError>;

function SearchResults({
  query,
  canEdit,
  size,
  onMore,
}: {
  query: SearchQueryResult;
  canEdit: boolean;
  size: number;
  onMore: () => void;
}) {
  const t = useT();
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const result = query.data?.kbSearch;
  const hits = result?.hits ?? [];
  const canGrow =
    result !== undefined && hits.length >= size && result.total > hits.length && nextPageSize(size) !== null;
  return (
    <List
      itemLayout="vertical"
      loading={query.isPending || (query.isPlaceholderData && query.isFetching)}
      dataSource={hits}
      rowKey={(h) => h.article.id}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('kb.results.empty')} /> }}
      loadMore={
        canGrow ? (
          <Flex justify="center" style={{ marginTop: 12 }}>
            <Button onClick={onMore} loading={query.isFetching}>
              {t('kb.results.more')}
            </Button>
          </Flex>
        ) : null
      }
      renderItem={(h) => (
        <List.Item key={h.article.id} data-testid="kb-hit" data-article={h.article.id}>
          <Flex justify="space-between" align="baseline" gap={12}>
            <Space size={8} wrap style={{ minWidth: 0 }}>
              <Link to={kbArticlePath(h.article.id)} className="kesu-kb-title">
                {h.version.title}
              </Link>
              {canEdit && h.article.status !== 'published' ? <KbStatusTag status={h.article.status} /> : null}
            </Space>
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }} data-testid="kb-score">
              {t('kb.results.score', { score: h.score.toFixed(4) })}
            </Typography.Text>
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

type ListQueryResult = UseInfiniteQueryResult<{ pages: KbArticlesQuery[] }, GraphQLRequestError>;

function ArticleList({ query, canEdit }: { query: ListQueryResult; canEdit: boolean }) {
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

import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { AutoComplete, Button, Card, Checkbox, Col, Input, Row, Select, Space, Typography } from 'antd';
import { FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { gqlRequest } from '../../api/client';
import type { GraphQLRequestError } from '../../api/errors';
import { gqlKey, useGqlQuery } from '../../api/hooks';
import { Can, usePermission } from '../../auth';
import { PageContainer } from '../../components/PageContainer';
import type { KbArticlesQuery, KbSearchQuery as KbSearchData } from '../../gql/graphql';
import { useT } from '../../i18n';
import './kb.css';
import { kbArticlePath, paths } from '../../paths';
import { useDebounced } from './hooks';
import { KbArticlesQuery as ArticlesDoc, KbSearchQuery, KbSuggestQuery } from './queries';
import {
  KB_STATUSES,
  SEARCH_PAGE_SIZE,
  mergeSearchPages,
  parseKbParams,
  toKbParams,
  toListFilter,
  toSearchVariables,
  type KbPageState,
  type KbStatus,
} from './kbState';
import { ArticleList, CategoryTree, FacetList, SearchResults } from './KbSearchParts';

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

  // the box follows the URL (back button, a link) until the user types again
  if (syncedQ !== state.q) {
    setSyncedQ(state.q);
    setText(state.q);
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

  // a search is paged by cursor: a new query or filter starts again from the first page
  const searchVars = toSearchVariables(state, canEdit, SEARCH_PAGE_SIZE);
  const search = useInfiniteQuery<
    KbSearchData,
    GraphQLRequestError,
    { pages: KbSearchData[] },
    readonly unknown[],
    string | null
  >({
    queryKey: gqlKey('KbSearch', searchVars ?? {}),
    queryFn: ({ pageParam, signal }) =>
      gqlRequest(
        KbSearchQuery,
        { ...(searchVars ?? { query: '' }), after: pageParam, withFacets: pageParam === null },
        { signal },
      ),
    initialPageParam: null,
    getNextPageParam: (last) => (last.kbSearch.hasNextPage ? (last.kbSearch.endCursor ?? undefined) : undefined),
    enabled: searchVars !== null,
    placeholderData: keepPreviousData,
  });
  const merged = useMemo(() => mergeSearchPages((search.data?.pages ?? []).map((p) => p.kbSearch)), [search.data]);
  const firstPage = merged.first;

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
                total={firstPage?.total}
                facets={firstPage?.facets ?? []}
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
              searching && firstPage
                ? t('kb.results.total', { total: firstPage.total, query: state.q })
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
                  hits={merged.hits}
                  canEdit={canEdit}
                  searchId={firstPage?.searchId}
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

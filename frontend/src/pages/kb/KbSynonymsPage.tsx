import { useMemo, useState } from 'react';
import { keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Flex,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { gqlRequest } from '../../api/client';
import type { GraphQLRequestError } from '../../api/errors';
import { gqlKey, useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { TimeText } from '../../components/TimeText';
import type { KbSynonymKind, KbSynonymsQuery as KbSynonymsData } from '../../gql/graphql';
import { useT } from '../../i18n';
import './kb.css';
import { KbSynonymModal } from './KbSynonymModal';
import { KbSynonymTry } from './KbSynonymTry';
import {
  NO_SYNONYM_FILTER,
  SYNONYM_KINDS,
  SYNONYM_PAGE_SIZE,
  isFiltered,
  termsText,
  toDeleteInput,
  toSynonymFilter,
  type SynonymFilterState,
  type SynonymRow,
} from './synonymModel';
import { DeleteKbSynonymMutation, KbSynonymsQuery } from './synonymQueries';

const KIND_COLORS: Record<KbSynonymKind, string> = { GROUP: 'geekblue', CORRECTION: 'orange' };

/**
 * 同义词与纠错 (kb.edit): the search's domain synonym groups and typo
 * corrections, built-in and added by editors, newest first; filtered by a
 * word and a kind; added, edited and deleted here (audited by the server,
 * in force for search at once), and tried out on a query.
 */
export default function KbSynonymsPage() {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [filterState, setFilterState] = useState<SynonymFilterState>(NO_SYNONYM_FILTER);
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<{ synonym: SynonymRow | null } | null>(null);
  const filter = useMemo(() => toSynonymFilter(filterState), [filterState]);

  const query = useInfiniteQuery<
    KbSynonymsData,
    GraphQLRequestError,
    { pages: KbSynonymsData[] },
    readonly unknown[],
    string | null
  >({
    queryKey: gqlKey('KbSynonyms', { filter }),
    queryFn: ({ pageParam, signal }) =>
      gqlRequest(KbSynonymsQuery, { filter, first: SYNONYM_PAGE_SIZE, after: pageParam }, { signal }),
    initialPageParam: null,
    getNextPageParam: (last) =>
      last.kbSynonyms.pageInfo.hasNextPage ? (last.kbSynonyms.pageInfo.endCursor ?? undefined) : undefined,
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.kbSynonyms.nodes) ?? [], [query.data]);
  const total = query.data?.pages[0]?.kbSynonyms.totalCount;

  // the list and the try-it answer both change with the entries
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: gqlKey('KbSynonyms') });
    void queryClient.invalidateQueries({ queryKey: gqlKey('KbSynonymPreview') });
  };
  const del = useGqlMutation(DeleteKbSynonymMutation, {
    onSuccess: () => {
      void message.success(t('kb.syn.deleted'));
      refresh();
    },
    // a stale or vanished entry: the reloaded list shows what is there now
    onError: refresh,
  });

  const columns: TableProps<SynonymRow>['columns'] = [
    {
      key: 'terms',
      title: t('kb.syn.col.terms'),
      render: (_, r) => <SynonymTerms row={r} />,
    },
    {
      key: 'kind',
      title: t('kb.syn.col.kind'),
      width: 104,
      render: (_, r) => (
        <Tag color={KIND_COLORS[r.kind]} bordered={false} data-kind={r.kind}>
          {t(`kb.syn.kind.${r.kind}` as const)}
        </Tag>
      ),
    },
    {
      key: 'source',
      title: t('kb.syn.col.source'),
      width: 96,
      render: (_, r) => (
        <Tag color={r.source === 'EDITOR' ? 'green' : undefined} bordered={false} data-source={r.source}>
          {t(`kb.syn.source.${r.source}` as const)}
        </Tag>
      ),
    },
    {
      key: 'note',
      title: t('kb.syn.col.note'),
      width: 200,
      ellipsis: { showTitle: true },
      render: (_, r) => r.note ?? <Typography.Text type="secondary">{t('common.none')}</Typography.Text>,
    },
    {
      key: 'updatedAt',
      title: t('kb.syn.col.updatedAt'),
      width: 140,
      render: (_, r) => <TimeText value={r.updatedAt} />,
    },
    {
      key: 'updatedBy',
      title: t('kb.syn.col.updatedBy'),
      width: 100,
      ellipsis: true,
      render: (_, r) =>
        r.updatedBy?.displayName ?? <Typography.Text type="secondary">{t('common.none')}</Typography.Text>,
    },
    {
      key: 'ops',
      title: t('kb.syn.col.actions'),
      width: 120,
      fixed: 'right',
      render: (_, r) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            onClick={() => setEditing({ synonym: r })}
            aria-label={t('kb.syn.editAria', { terms: termsText(r) })}
            data-testid="kb-synonym-edit"
          >
            {t('kb.syn.edit')}
          </Button>
          <Popconfirm
            title={t('kb.syn.deleteConfirm')}
            description={t('kb.syn.deleteConfirmDesc', { terms: termsText(r) })}
            okText={t('kb.syn.delete')}
            cancelText={t('kb.syn.cancel')}
            okButtonProps={{ danger: true, 'data-testid': 'kb-synonym-delete-ok' }}
            onConfirm={() => del.mutateAsync({ input: toDeleteInput(r) }).catch(() => undefined)}
          >
            <Button
              type="link"
              size="small"
              danger
              aria-label={t('kb.syn.deleteAria', { terms: termsText(r) })}
              data-testid="kb-synonym-delete"
            >
              {t('kb.syn.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      subTitle={t('kb.syn.subtitle')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ synonym: null })}
          data-testid="kb-synonym-create"
        >
          {t('kb.syn.create')}
        </Button>
      }
    >
      <KbSynonymTry />

      <Card
        variant="borderless"
        className="kesu-card"
        title={t('kb.syn.table')}
        styles={{ body: { padding: 0 } }}
        extra={
          <Space size={12}>
            <Typography.Text type="secondary" data-testid="kb-synonym-total">
              {total !== undefined ? t('kb.syn.total', { total }) : null}
            </Typography.Text>
            <Button
              size="small"
              icon={<ReloadOutlined />}
              onClick={() => void query.refetch()}
              loading={query.isRefetching && !query.isFetchingNextPage}
              aria-label={t('kb.syn.refresh')}
            />
          </Space>
        }
      >
        <Flex gap={16} wrap align="center" style={{ padding: '12px 16px' }}>
          <Space size={8}>
            <label htmlFor="kb-synonym-text" className="kesu-inline-label">
              {t('kb.syn.filter.text')}
            </label>
            <Input.Search
              id="kb-synonym-text"
              allowClear
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                // clearing the box shows everything again
                if (e.target.value === '' && filterState.text !== '') setFilterState({ ...filterState, text: '' });
              }}
              onSearch={(v) => setFilterState({ ...filterState, text: v })}
              placeholder={t('kb.syn.filter.textPh')}
              style={{ width: 240 }}
            />
          </Space>
          <Space size={8}>
            <label htmlFor="kb-synonym-kind" className="kesu-inline-label">
              {t('kb.syn.filter.kind')}
            </label>
            <Select<KbSynonymKind | 'all'>
              id="kb-synonym-kind"
              style={{ width: 140 }}
              value={filterState.kind ?? 'all'}
              onChange={(v) => setFilterState({ ...filterState, kind: v === 'all' ? null : v })}
              options={[
                { value: 'all', label: t('common.all') },
                ...SYNONYM_KINDS.map((k) => ({ value: k, label: t(`kb.syn.kind.${k}` as const) })),
              ]}
            />
          </Space>
        </Flex>
        <div data-testid="kb-synonyms" aria-busy={query.isFetching} data-filter={JSON.stringify(filter)}>
          {query.error ? (
            <ErrorAlert error={query.error} onRetry={() => void query.refetch()} style={{ margin: 16 }} />
          ) : null}
          {del.error ? <ErrorAlert error={del.error} style={{ margin: 16 }} /> : null}
          <Table<SynonymRow>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={query.error ? [] : rows}
            loading={query.isPending || (query.isPlaceholderData && query.isFetching)}
            pagination={false}
            scroll={{ x: 1000 }}
            locale={{ emptyText: isFiltered(filterState) ? t('kb.syn.emptyFiltered') : t('kb.syn.empty') }}
            footer={
              rows.length > 0
                ? () => (
                    <Flex justify="center">
                      {query.hasNextPage ? (
                        <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                          {t('kb.syn.more')}
                        </Button>
                      ) : (
                        <Typography.Text type="secondary">{t('kb.syn.allLoaded')}</Typography.Text>
                      )}
                    </Flex>
                  )
                : undefined
            }
          />
        </div>
      </Card>

      {editing ? (
        <KbSynonymModal
          key={editing.synonym?.id ?? 'new'}
          synonym={editing.synonym}
          onClose={() => setEditing(null)}
          onDone={refresh}
        />
      ) : null}
    </PageContainer>
  );
}

/** A group's words as tags; a correction as `wrong → right`. */
function SynonymTerms({ row }: { row: SynonymRow }) {
  if (row.kind === 'CORRECTION' && row.terms.length === 2) {
    return (
      <Space size={4} data-testid="kb-synonym-terms">
        <Tag color="error" bordered={false} style={{ marginInlineEnd: 0 }}>
          <s>{row.terms[0]}</s>
        </Tag>
        <span>→</span>
        <Tag color="success" bordered={false} style={{ marginInlineEnd: 0 }}>
          {row.terms[1]}
        </Tag>
      </Space>
    );
  }
  return (
    <Space size={[4, 4]} wrap data-testid="kb-synonym-terms">
      {row.terms.map((w) => (
        <Tag key={w} style={{ marginInlineEnd: 0 }}>
          {w}
        </Tag>
      ))}
    </Space>
  );
}

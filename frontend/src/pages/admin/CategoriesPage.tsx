import { useMemo, useState, type Key } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/errorMessage';
import { gqlKey, useGqlMutation, useGqlQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { useT } from '../../i18n';
import { CategoryModal, type CategoryTarget } from './CategoryModal';
import { buildAdminCategoryTree, type CategoryNode } from './categoryModel';
import { AdminCategoriesQuery, UpdateCategoryMutation } from './queries';
import './admin.css';

/**
 * 分类管理 (category.manage): the complaint category tree, retired ones
 * included and marked. Create, edit (name, parent, default team), and
 * retire or bring back a category: a retired one is hidden from intake but
 * stays on the complaints filed under it.
 */
export default function CategoriesPage() {
  const t = useT();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const { data, error, isPending, isFetching, refetch } = useGqlQuery(AdminCategoriesQuery, {});
  const rows = useMemo(() => data?.categories ?? [], [data]);
  const tree = useMemo(() => buildAdminCategoryTree(rows), [rows]);
  const [target, setTarget] = useState<CategoryTarget | null>(null);
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);
  const parents = useMemo(() => rows.filter((x) => rows.some((c) => c.parentId === x.id)).map((x) => x.id), [rows]);
  const inactive = rows.filter((r) => !r.active).length;

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: gqlKey('AdminCategories') });
    void queryClient.invalidateQueries({ queryKey: gqlKey('Categories') });
  };
  const toggle = useGqlMutation(UpdateCategoryMutation);
  const setActive = (c: CategoryNode, active: boolean) => {
    const run = () =>
      toggle
        .mutateAsync({ input: { id: c.id, active } })
        .then(() =>
          message.success(
            active
              ? t('admin.categories.reactivated', { name: c.name })
              : t('admin.categories.deactivated', { name: c.name }),
          ),
        )
        .catch((err: unknown) => message.error(errorMessage(err, t)))
        .finally(refresh);
    if (active) return void run();
    modal.confirm({
      title: t('admin.categories.deactivate.confirm', { name: c.name }),
      content: t('admin.categories.deactivate.desc'),
      okText: t('admin.categories.deactivate'),
      okButtonProps: { danger: true, 'data-testid': 'category-deactivate-ok' },
      cancelText: t('admin.cancel'),
      onOk: run,
    });
  };

  const columns: TableProps<CategoryNode>['columns'] = [
    {
      key: 'name',
      title: t('admin.categories.col.name'),
      render: (_, r) => (
        <Space size={6}>
          <Typography.Text strong={r.active} type={r.active ? undefined : 'secondary'} delete={!r.active}>
            {r.name}
          </Typography.Text>
          {!r.active ? (
            <Tag bordered={false} data-testid="category-inactive">
              {t('admin.categories.inactive')}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    {
      key: 'code',
      title: t('admin.categories.col.code'),
      dataIndex: 'code',
      width: 200,
      render: (v: string) => <span className="kesu-mono">{v}</span>,
    },
    {
      key: 'team',
      title: t('admin.categories.col.defaultTeam'),
      width: 200,
      render: (_, r) => r.defaultTeam?.name ?? '—',
    },
    {
      key: 'ops',
      title: t('admin.col.actions'),
      width: 160,
      render: (_, r) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            onClick={() => setTarget({ mode: 'edit', category: r })}
            aria-label={`${t('admin.edit')} ${r.name}`}
            data-testid="category-edit"
          >
            {t('admin.edit')}
          </Button>
          <Button
            type="link"
            size="small"
            danger={r.active}
            onClick={() => setActive(r, !r.active)}
            data-testid={r.active ? 'category-deactivate' : 'category-reactivate'}
          >
            {r.active ? t('admin.categories.deactivate') : t('admin.categories.reactivate')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      subTitle={t('admin.categories.subtitle')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setTarget({ mode: 'create' })}
          data-testid="category-create"
        >
          {t('admin.categories.create')}
        </Button>
      }
    >
      <Card
        variant="borderless"
        className="kesu-card"
        title={t('admin.categories.table', { count: rows.length, inactive })}
        styles={{ body: { padding: 0 } }}
        extra={
          <Button
            size="small"
            icon={<ReloadOutlined />}
            onClick={() => void refetch()}
            loading={isFetching && !isPending}
            aria-label={t('admin.refresh')}
          />
        }
      >
        <div data-testid="admin-categories" aria-busy={isFetching}>
          {error ? <ErrorAlert error={error} onRetry={() => void refetch()} style={{ margin: 16 }} /> : null}
          <Table<CategoryNode>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={tree}
            loading={isPending}
            pagination={false}
            rowClassName={(r) => (r.active ? '' : 'kesu-row-inactive')}
            expandable={{ expandedRowKeys: expanded ?? parents, onExpandedRowsChange: (keys) => setExpanded(keys) }}
          />
        </div>
      </Card>
      {target ? <CategoryModal target={target} rows={rows} onClose={() => setTarget(null)} onDone={refresh} /> : null}
    </PageContainer>
  );
}

import { useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Table, Typography, type TableProps } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { gqlKey, useGqlQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { TimeText } from '../../components/TimeText';
import { useT } from '../../i18n';
import { targetLabel } from '../../lib/sla';
import { AdminCategoriesQuery } from './queries';
import { SlaPolicyModal } from './SlaPolicyModal';
import { TARGET_FIELDS, policyScope, sortPolicies, type PolicyRow } from './slaPolicyModel';
import { SlaPoliciesQuery } from './slaQueries';
import './admin.css';

/**
 * 时限标准 (sla.manage): the time limits per complaint category × priority
 * (全部 = any), each policy's five targets, and an editor for them.
 */
export default function SlaPoliciesPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const { data, error, isPending, isFetching, refetch } = useGqlQuery(SlaPoliciesQuery, {});
  const categories = useGqlQuery(AdminCategoriesQuery, {});
  const cats = useMemo(() => categories.data?.categories ?? [], [categories.data]);
  const rows = useMemo(() => sortPolicies(data?.slaPolicies ?? []), [data]);
  const [editing, setEditing] = useState<{ policy: PolicyRow | null } | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: gqlKey('AdminSlaPolicies') });

  const columns: TableProps<PolicyRow>['columns'] = [
    {
      key: 'category',
      title: t('admin.sla.col.category'),
      render: (_, r) => {
        const scope = policyScope(t, r, cats);
        return r.categoryId ? scope.category : <Typography.Text type="secondary">{scope.category}</Typography.Text>;
      },
    },
    {
      key: 'priority',
      title: t('admin.sla.col.priority'),
      width: 88,
      render: (_, r) => {
        const scope = policyScope(t, r, cats);
        return r.priority ? scope.priority : <Typography.Text type="secondary">{scope.priority}</Typography.Text>;
      },
    },
    ...TARGET_FIELDS.map((f) => ({
      key: f,
      title: t(`admin.sla.col.${f}` as const),
      width: 112,
      render: (_: unknown, r: PolicyRow) => <span data-target={f}>{targetLabel(t, r[f])}</span>,
    })),
    {
      key: 'updatedAt',
      title: t('admin.sla.col.updatedAt'),
      width: 140,
      render: (_, r) => <TimeText value={r.updatedAt} />,
    },
    {
      key: 'ops',
      title: t('admin.col.actions'),
      width: 80,
      render: (_, r) => (
        <Button type="link" size="small" onClick={() => setEditing({ policy: r })} data-testid="sla-policy-edit">
          {t('admin.edit')}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer
      subTitle={t('admin.sla.subtitle')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ policy: null })}
          data-testid="sla-policy-create"
        >
          {t('admin.sla.create')}
        </Button>
      }
    >
      <Card
        variant="borderless"
        className="kesu-card"
        title={t('admin.sla.table', { count: rows.length })}
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
        <div data-testid="admin-sla" aria-busy={isFetching}>
          {error ? <ErrorAlert error={error} onRetry={() => void refetch()} style={{ margin: 16 }} /> : null}
          {categories.error ? <ErrorAlert error={categories.error} style={{ margin: 16 }} /> : null}
          <Table<PolicyRow>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={isPending}
            pagination={false}
            scroll={{ x: 1000 }}
          />
        </div>
      </Card>
      {editing ? (
        <SlaPolicyModal
          key={editing.policy?.id ?? 'new'}
          policy={editing.policy}
          categories={cats}
          onClose={() => setEditing(null)}
          onDone={refresh}
        />
      ) : null}
    </PageContainer>
  );
}

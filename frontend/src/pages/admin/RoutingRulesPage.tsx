import { useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Space, Switch, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/errorMessage';
import { gqlKey, useGqlMutation, useGqlQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { TimeText } from '../../components/TimeText';
import { useT } from '../../i18n';
import { assignModeLabel } from '../../lib/enums';
import { AdminCategoriesQuery } from './queries';
import { RoutingDryRun } from './RoutingDryRun';
import { RoutingRuleModal } from './RoutingRuleModal';
import { conditionParts, moveRule, sortRules, toggledRuleInput, type RuleRow } from './routingModel';
import {
  DeleteRoutingRuleMutation,
  ReorderRoutingRulesMutation,
  RoutingRulesQuery,
  SaveRoutingRuleMutation,
} from './routingQueries';
import './admin.css';

/**
 * 分派规则 (routing.manage): the rules in the order they are tried, each
 * with its conditions in words, team and assignment; create, edit, switch
 * on or off, delete, move up or down; and a 试运行 panel that shows which
 * rule a complaint would hit.
 */
export default function RoutingRulesPage() {
  const t = useT();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const { data, error, isPending, isFetching, refetch } = useGqlQuery(RoutingRulesQuery, {});
  const categories = useGqlQuery(AdminCategoriesQuery, {});
  const cats = useMemo(() => categories.data?.categories ?? [], [categories.data]);
  const rows = useMemo(() => sortRules(data?.routingRules.nodes ?? []), [data]);
  const ids = useMemo(() => rows.map((r) => r.id), [rows]);
  const [editing, setEditing] = useState<{ rule: RuleRow | null } | null>(null);
  // bumped on every change made here: a dry-run result may no longer hold
  const [generation, setGeneration] = useState(0);
  const refresh = () => {
    setGeneration((g) => g + 1);
    return queryClient.invalidateQueries({ queryKey: gqlKey('AdminRoutingRules') });
  };
  const fail = (err: unknown) => void message.error(errorMessage(err, t));

  const reorder = useGqlMutation(ReorderRoutingRulesMutation);
  const move = (r: RuleRow, delta: -1 | 1) => {
    const order = moveRule(ids, r.id, delta);
    if (!order) return;
    reorder
      .mutateAsync({ input: { ids: order } })
      .then(() => message.success(t('admin.routing.reordered')))
      .catch(fail)
      .finally(() => void refresh());
  };

  const toggle = useGqlMutation(SaveRoutingRuleMutation);
  const setActive = (r: RuleRow, active: boolean) => {
    const input = toggledRuleInput(r, active);
    if (!input) return;
    toggle
      .mutateAsync({ input })
      .then((d) => message.success(t('admin.routing.updated', { name: d.saveRoutingRule.name })))
      .catch(fail)
      .finally(() => void refresh());
  };

  const remove = useGqlMutation(DeleteRoutingRuleMutation);
  const confirmDelete = (r: RuleRow) => {
    modal.confirm({
      title: t('admin.routing.delete.confirm', { name: r.name }),
      content: t('admin.routing.delete.desc'),
      okText: t('admin.routing.delete'),
      okButtonProps: { danger: true, 'data-testid': 'routing-rule-delete-ok' },
      cancelText: t('admin.cancel'),
      onOk: () =>
        remove
          .mutateAsync({ input: { id: r.id, expectedVersion: r.version } })
          .then(() => message.success(t('admin.routing.deleted', { name: r.name })))
          .catch(fail)
          .finally(() => void refresh()),
    });
  };
  const busy = reorder.isPending || isFetching;

  const columns: TableProps<RuleRow>['columns'] = [
    {
      key: 'position',
      title: t('admin.routing.col.position'),
      width: 64,
      align: 'center',
      render: (_v, _r, i) => <span data-testid="routing-rule-position">{i + 1}</span>,
    },
    {
      key: 'name',
      title: t('admin.routing.col.name'),
      width: 180,
      render: (_, r) => (
        <Typography.Text strong={r.active} type={r.active ? undefined : 'secondary'} data-testid="routing-rule-name">
          {r.name}
        </Typography.Text>
      ),
    },
    {
      key: 'active',
      title: t('admin.routing.col.active'),
      width: 90,
      render: (_, r) => (
        <Switch
          size="small"
          checked={r.active}
          disabled={!r.team || toggle.isPending}
          onChange={(on) => setActive(r, on)}
          checkedChildren={t('admin.routing.active')}
          unCheckedChildren={t('admin.routing.inactive')}
          aria-label={`${t('admin.routing.col.active')} ${r.name}`}
          data-testid="routing-rule-active"
        />
      ),
    },
    {
      key: 'conditions',
      title: t('admin.routing.col.conditions'),
      width: 280,
      render: (_, r) => {
        const parts = conditionParts(t, r.conditions);
        return (
          <div data-testid="routing-rule-conditions">
            {parts.length === 0 ? (
              <Typography.Text type="secondary">{t('admin.routing.anything')}</Typography.Text>
            ) : (
              parts.map((p) => (
                <div key={p} className="kesu-routing-cond">
                  {p}
                </div>
              ))
            )}
          </div>
        );
      },
    },
    {
      key: 'team',
      title: t('admin.routing.col.team'),
      width: 150,
      render: (_, r) =>
        r.team ? (
          <span data-testid="routing-rule-team">{r.team.name}</span>
        ) : (
          <Typography.Text type="danger">{t('admin.routing.teamGone')}</Typography.Text>
        ),
    },
    {
      key: 'assignMode',
      title: t('admin.routing.col.assignMode'),
      width: 130,
      render: (_, r) => (
        <Tag bordered={false} color={r.assignMode === 'TEAM_QUEUE' ? 'default' : 'blue'} data-mode={r.assignMode}>
          {assignModeLabel(t, r.assignMode)}
        </Tag>
      ),
    },
    {
      key: 'updatedAt',
      title: t('admin.routing.col.updatedAt'),
      width: 150,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <TimeText value={r.updatedAt} />
          {r.updatedBy ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.updatedBy.displayName}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      key: 'ops',
      title: t('admin.col.actions'),
      width: 200,
      fixed: 'right',
      render: (_, r, i) => (
        <Space size={0}>
          <Tooltip title={t('admin.routing.moveUp')}>
            <Button
              type="text"
              size="small"
              icon={<ArrowUpOutlined />}
              disabled={i === 0 || busy}
              onClick={() => move(r, -1)}
              aria-label={t('admin.routing.moveUpAria', { name: r.name })}
              data-testid="routing-rule-up"
            />
          </Tooltip>
          <Tooltip title={t('admin.routing.moveDown')}>
            <Button
              type="text"
              size="small"
              icon={<ArrowDownOutlined />}
              disabled={i === rows.length - 1 || busy}
              onClick={() => move(r, 1)}
              aria-label={t('admin.routing.moveDownAria', { name: r.name })}
              data-testid="routing-rule-down"
            />
          </Tooltip>
          <Button
            type="link"
            size="small"
            onClick={() => setEditing({ rule: r })}
            aria-label={t('admin.routing.editAria', { name: r.name })}
            data-testid="routing-rule-edit"
          >
            {t('admin.edit')}
          </Button>
          <Button
            type="link"
            size="small"
            danger
            onClick={() => confirmDelete(r)}
            aria-label={t('admin.routing.deleteAria', { name: r.name })}
            data-testid="routing-rule-delete"
          >
            {t('admin.routing.delete')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      subTitle={t('admin.routing.subtitle')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ rule: null })}
          data-testid="routing-rule-create"
        >
          {t('admin.routing.create')}
        </Button>
      }
    >
      <Card
        variant="borderless"
        className="kesu-card"
        title={t('admin.routing.table', { count: data?.routingRules.totalCount ?? rows.length })}
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
        <div data-testid="admin-routing" aria-busy={isFetching}>
          {error ? <ErrorAlert error={error} onRetry={() => void refetch()} style={{ margin: 16 }} /> : null}
          {categories.error ? <ErrorAlert error={categories.error} style={{ margin: 16 }} /> : null}
          <Table<RuleRow>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={isPending}
            pagination={false}
            scroll={{ x: 1300 }}
            rowClassName={(r) => (r.active ? '' : 'kesu-row-inactive')}
            locale={{ emptyText: t('admin.routing.empty') }}
          />
        </div>
      </Card>
      <RoutingDryRun categories={cats} generation={generation} />
      {editing ? (
        <RoutingRuleModal
          key={editing.rule?.id ?? 'new'}
          rule={editing.rule}
          categories={cats}
          onClose={() => setEditing(null)}
          onDone={() => void refresh()}
        />
      ) : null}
    </PageContainer>
  );
}

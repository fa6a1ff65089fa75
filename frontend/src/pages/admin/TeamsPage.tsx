import { useEffect, useMemo, useState, type Key } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Modal, Select, Table, Tag, TreeSelect, type TableProps } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { gqlKey, useGqlMutation, useGqlQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { useT } from '../../i18n';
import { isOneOf } from '../../lib/enums';
import {
  TEAM_KINDS,
  buildTeamTree,
  teamAndDescendants,
  type TeamKind,
  type TeamNode,
  type TeamRow,
} from './adminModel';
import { AdminTeamsQuery, CreateTeamMutation, UpdateTeamMutation } from './queries';
import './admin.css';

const KIND_COLORS: Record<TeamKind, string> = {
  center: 'blue',
  branch: 'cyan',
  store: 'green',
  expert: 'volcano',
  department: 'purple',
};

type Target = { mode: 'create' } | { mode: 'edit'; team: TeamRow };

interface SelectNode {
  value: string;
  title: string;
  disabled?: boolean;
  children?: SelectNode[];
}

function toSelect(nodes: readonly TeamNode[], excluded: ReadonlySet<string>): SelectNode[] {
  return nodes.map((n) => ({
    value: n.id,
    title: n.name,
    disabled: excluded.has(n.id),
    children: n.children ? toSelect(n.children, excluded) : undefined,
  }));
}

/** 组织架构 (team.manage): the team tree (centre, branches, stores, expert team, departments). */
export default function TeamsPage() {
  const t = useT();
  const { data, error, isPending, isFetching, refetch } = useGqlQuery(AdminTeamsQuery, {});
  const [target, setTarget] = useState<Target | null>(null);
  const teams = useMemo(() => data?.teams ?? [], [data]);
  const tree = useMemo(() => buildTeamTree(teams), [teams]);
  const nameOf = useMemo(() => new Map(teams.map((x) => [x.id, x.name])), [teams]);
  // every branch open at first; the user may fold them
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);
  const parents = useMemo(() => teams.filter((x) => teams.some((c) => c.parentId === x.id)).map((x) => x.id), [teams]);
  const kindLabel = (k: string) => (isOneOf(TEAM_KINDS, k) ? t(`admin.teams.kind.${k}`) : k);

  const columns: TableProps<TeamNode>['columns'] = [
    {
      key: 'name',
      title: t('admin.teams.col.name'),
      dataIndex: 'name',
      render: (v: string) => <span style={{ fontWeight: 500 }}>{v}</span>,
    },
    {
      key: 'kind',
      title: t('admin.teams.col.kind'),
      width: 140,
      render: (_, r) => (
        <Tag color={isOneOf(TEAM_KINDS, r.kind) ? KIND_COLORS[r.kind] : 'default'} bordered={false}>
          {kindLabel(r.kind)}
        </Tag>
      ),
    },
    {
      key: 'parent',
      title: t('admin.teams.col.parent'),
      width: 200,
      render: (_, r) => (r.parentId ? (nameOf.get(r.parentId) ?? `#${r.parentId}`) : '—'),
    },
    {
      key: 'id',
      title: 'ID',
      dataIndex: 'id',
      width: 80,
      render: (v: string) => <span className="kesu-mono">{v}</span>,
    },
    {
      key: 'ops',
      title: t('admin.col.actions'),
      width: 88,
      render: (_, r) => (
        <Button
          type="link"
          size="small"
          onClick={() => setTarget({ mode: 'edit', team: r })}
          aria-label={`${t('admin.edit')} ${r.name}`}
        >
          {t('admin.edit')}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer
      subTitle={t('admin.teams.subtitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create' })}>
          {t('admin.teams.create')}
        </Button>
      }
    >
      <Card
        variant="borderless"
        className="kesu-card"
        title={t('admin.teams.table', { count: teams.length })}
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
        <div data-testid="admin-teams" aria-busy={isFetching}>
          {error ? <ErrorAlert error={error} onRetry={() => void refetch()} style={{ margin: 16 }} /> : null}
          {data ? (
            <Table<TeamNode>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={tree}
              pagination={false}
              expandable={{ expandedRowKeys: expanded ?? parents, onExpandedRowsChange: (keys) => setExpanded(keys) }}
            />
          ) : (
            <Table<TeamNode>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={[]}
              loading={isPending}
              pagination={false}
            />
          )}
        </div>
      </Card>
      <TeamModal target={target} teams={teams} onClose={() => setTarget(null)} />
    </PageContainer>
  );
}

interface TeamValues {
  name: string;
  kind: TeamKind;
  parentId?: string | null;
}

function TeamModal({
  target,
  teams,
  onClose,
}: {
  target: Target | null;
  teams: readonly TeamRow[];
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<TeamValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const team = target?.mode === 'edit' ? target.team : null;
  const parentTree = useMemo(
    () => toSelect(buildTeamTree(teams), team ? teamAndDescendants(team.id, teams) : new Set()),
    [teams, team],
  );
  const done = (text: string) => {
    void message.success(text);
    void queryClient.invalidateQueries({ queryKey: gqlKey('AdminTeams') });
    close();
  };
  const create = useGqlMutation(CreateTeamMutation, {
    onSuccess: (d) => done(t('admin.teams.created', { name: d.createTeam.name })),
  });
  const update = useGqlMutation(UpdateTeamMutation, {
    onSuccess: (d) => done(t('admin.teams.updated', { name: d.updateTeam.name })),
  });
  const error = create.error ?? update.error;
  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };
  // one form instance serves every team: load this team's values whenever the dialog opens
  useEffect(() => {
    if (!target) return;
    form.setFieldsValue(
      target.mode === 'edit'
        ? { name: target.team.name, kind: target.team.kind as TeamKind, parentId: target.team.parentId ?? null }
        : { name: '', kind: 'store', parentId: null },
    );
  }, [target, form]);
  const onOk = () => {
    form
      .validateFields()
      .then((v) => {
        if (team) {
          const input: { id: string; name?: string; parentId?: string | null; kind?: string } = { id: team.id };
          if (v.name.trim() !== team.name) input.name = v.name.trim();
          if (v.kind !== team.kind) input.kind = v.kind;
          if ((v.parentId ?? null) !== (team.parentId ?? null)) input.parentId = v.parentId ?? null;
          update.mutate({ input });
        } else {
          create.mutate({ input: { name: v.name.trim(), kind: v.kind, parentId: v.parentId ?? null } });
        }
      })
      .catch(() => undefined); // field errors are shown next to the fields
  };
  return (
    <Modal
      open={target !== null}
      title={team ? t('admin.teams.editTitle', { name: team.name }) : t('admin.teams.create')}
      onOk={onOk}
      onCancel={close}
      okText={t('admin.save')}
      cancelText={t('admin.cancel')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      {error ? <ErrorAlert error={error} style={{ marginBottom: 16 }} /> : null}
      {target ? (
        <Form<TeamValues>
          form={form}
          layout="vertical"
          name="team"
          preserve={false}
          initialValues={
            team ? { name: team.name, kind: team.kind as TeamKind, parentId: team.parentId ?? null } : { kind: 'store' }
          }
        >
          <Form.Item
            name="name"
            label={t('admin.teams.col.name')}
            rules={[{ required: true, whitespace: true, message: t('admin.teams.required.name') }]}
          >
            <Input maxLength={100} placeholder={t('admin.teams.namePh')} />
          </Form.Item>
          <Form.Item
            name="kind"
            label={t('admin.teams.col.kind')}
            extra={team ? t('admin.teams.kindHelp') : undefined}
            rules={[{ required: true, message: t('admin.teams.required.kind') }]}
          >
            <Select
              data-testid="team-kind"
              options={TEAM_KINDS.map((k) => ({ value: k, label: t(`admin.teams.kind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="parentId" label={t('admin.teams.col.parent')} extra={t('admin.teams.parentHelp')}>
            <TreeSelect
              treeData={parentTree}
              allowClear
              showSearch
              treeNodeFilterProp="title"
              treeDefaultExpandAll
              placeholder={t('admin.teams.noParent')}
            />
          </Form.Item>
        </Form>
      ) : null}
    </Modal>
  );
}

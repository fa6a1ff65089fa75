import { useMemo, useState, type HTMLAttributes } from 'react';
import { Button, Card, Checkbox, Flex, Space, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { AlertOutlined, QuestionCircleOutlined, ReloadOutlined, SettingOutlined } from '@ant-design/icons';
import { useGqlConnection } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TimeText } from '../../components/TimeText';
import type { AlertState } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ALERT_STATES, complianceRuleLabel } from '../../lib/enums';
import { formatDateTime } from '../../lib/time';
import { ComplianceAckModal } from './ComplianceAckModal';
import { ComplianceRulesDrawer } from './ComplianceRulesDrawer';
import {
  OPEN_STATES,
  readingText,
  RULE_COLOR,
  ruleHelpText,
  STATE_COLOR,
  stateFilter,
  thresholdText,
} from './complianceModel';
import { ComplianceAlertsDoc, selectComplianceAlerts, type ComplianceAlertRow } from './complianceQueries';

const PAGE_SIZE = 20;

/**
 * 合规预警 (audit.read): who tripped a compliance rule — too many customers
 * opened, personal data reached outside working hours, repeated refusals, a
 * large export — newest first, the open ones (未处理 + 已确认) unless the
 * filter says otherwise; 确认 with a note; 规则设置 tunes the rules.
 */
export function ComplianceAlertsCard() {
  const t = useT();
  const [ticked, setTicked] = useState<AlertState[]>([...OPEN_STATES]);
  const [acking, setAcking] = useState<ComplianceAlertRow | null>(null);
  const [rulesOpen, setRulesOpen] = useState(false);
  const state = useMemo(() => stateFilter(ticked), [ticked]);
  const query = useGqlConnection(ComplianceAlertsDoc, { state }, selectComplianceAlerts, PAGE_SIZE);
  const rows = query.error ? [] : query.rows;
  const onlyOpen = state !== null && state.length === OPEN_STATES.length && state.every((s) => OPEN_STATES.includes(s));

  const columns: TableProps<ComplianceAlertRow>['columns'] = [
    {
      key: 'rule',
      title: t('compliance.col.rule'),
      width: 132,
      render: (_, a) => (
        <Tooltip title={ruleHelpText(t, a)}>
          <Tag color={RULE_COLOR[a.rule]} style={{ marginInlineEnd: 0 }}>
            {complianceRuleLabel(t, a.rule)}
          </Tag>
        </Tooltip>
      ),
    },
    {
      key: 'actor',
      title: t('compliance.col.actor'),
      width: 140,
      render: (_, a) => (
        <Flex vertical>
          <span>{a.actor?.displayName ?? a.actorName}</span>
          {a.actor ? (
            <Typography.Text type="secondary" className="kesu-mono" style={{ fontSize: 12 }}>
              {a.actor.username}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'reading',
      title: t('compliance.col.reading'),
      width: 210,
      render: (_, a) => (
        <Tooltip title={t('compliance.lastEvaluated', { time: formatDateTime(a.lastEvaluatedAt) })}>
          <Flex vertical>
            <span data-testid="compliance-reading">{readingText(t, a)}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="compliance-threshold">
              {thresholdText(t, a)}
            </Typography.Text>
          </Flex>
        </Tooltip>
      ),
    },
    {
      key: 'state',
      title: t('compliance.col.state'),
      width: 84,
      render: (_, a) => (
        <Tag color={STATE_COLOR[a.state]} style={{ marginInlineEnd: 0 }} data-testid="compliance-alert-state">
          {t(`compliance.state.${a.state}`)}
        </Tag>
      ),
    },
    {
      key: 'raisedAt',
      title: t('compliance.col.raisedAt'),
      width: 150,
      render: (_, a) => (
        <Flex vertical>
          <TimeText value={a.raisedAt} />
          {a.clearedAt ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('compliance.clearedAt', { time: formatDateTime(a.clearedAt) })}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'handling',
      title: t('compliance.col.handling'),
      width: 220,
      render: (_, a) =>
        a.state === 'RAISED' ? (
          <Button size="small" type="primary" onClick={() => setAcking(a)} data-testid={`compliance-ack-${a.id}`}>
            {t('compliance.ack')}
          </Button>
        ) : a.acknowledgedAt ? (
          <Flex vertical data-testid="compliance-ack-info">
            <Typography.Text style={{ fontSize: 12 }}>
              {t('compliance.ackBy', {
                name: a.acknowledgedBy?.displayName ?? '—',
                time: formatDateTime(a.acknowledgedAt),
              })}
            </Typography.Text>
            {a.ackNote ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: a.ackNote }}>
                {t('compliance.ackNote', { note: a.ackNote })}
              </Typography.Text>
            ) : null}
          </Flex>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];

  return (
    <Card
      variant="borderless"
      className="kesu-card"
      size="small"
      styles={{ body: { padding: 0 } }}
      title={
        <Space size={6}>
          <AlertOutlined />
          {t('compliance.title')}
          <Tooltip title={t('compliance.help')}>
            <QuestionCircleOutlined className="kesu-audit-chain-help" aria-label={t('compliance.help')} />
          </Tooltip>
        </Space>
      }
      extra={
        <Space size={12} wrap>
          <Checkbox.Group<AlertState>
            aria-label={t('compliance.filter')}
            data-testid="compliance-state-filter"
            value={ticked}
            onChange={setTicked}
            options={ALERT_STATES.map((s) => ({ value: s, label: t(`compliance.state.${s}`) }))}
          />
          <Tooltip title={t('compliance.refresh')}>
            <Button
              size="small"
              icon={<ReloadOutlined />}
              onClick={() => void query.refetch()}
              loading={query.isRefetching && !query.isFetchingNextPage}
              aria-label={t('compliance.refresh')}
            />
          </Tooltip>
          <Button
            size="small"
            icon={<SettingOutlined />}
            onClick={() => setRulesOpen(true)}
            data-testid="compliance-rules-open"
          >
            {t('compliance.rulesButton')}
          </Button>
        </Space>
      }
    >
      <div data-testid="compliance-alerts" aria-busy={query.isFetching} data-state={state?.join(',') ?? ''}>
        {query.error ? (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} style={{ margin: 12 }} />
        ) : null}
        <Table<ComplianceAlertRow>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={query.isPending || (query.isPlaceholderData && query.isFetching)}
          pagination={false}
          scroll={{ x: 936 }}
          onRow={(a) =>
            ({
              'data-testid': `compliance-alert-${a.id}`,
              'data-rule': a.rule,
              'data-state': a.state,
            }) as HTMLAttributes<HTMLElement>
          }
          locale={{ emptyText: t(onlyOpen ? 'compliance.empty.open' : 'compliance.empty') }}
          footer={
            rows.length > 0
              ? () => (
                  <Flex justify="center">
                    {query.hasNextPage ? (
                      <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                        {t('audit.more')}
                      </Button>
                    ) : (
                      <Typography.Text type="secondary">{t('audit.allLoaded')}</Typography.Text>
                    )}
                  </Flex>
                )
              : undefined
          }
        />
      </div>
      {acking ? <ComplianceAckModal alert={acking} onClose={() => setAcking(null)} /> : null}
      <ComplianceRulesDrawer open={rulesOpen} onClose={() => setRulesOpen(false)} />
    </Card>
  );
}

import { Col, Row, Space, Tag } from 'antd';
import type { KpiVerdict } from '../../gql/graphql';
import { useT } from '../../i18n';
import { Kpi } from './DashboardBody';
import {
  formatNumber,
  formatPercent,
  formatTarget,
  KPI_TARGETS,
  OTHER_RATES,
  TARGETED_METRICS,
  verdictOf,
  verdictTag,
} from './kpi';
import type { KpiRowData } from './kpiQuery';

/** 达标 / 未达标 / 需整改 / 暂无数据, coloured. */
export function VerdictTag({ verdict }: { verdict: KpiVerdict }) {
  const t = useT();
  const tag = verdictTag(verdict);
  return (
    <Tag color={tag.color} data-verdict={verdict} style={{ marginInlineEnd: 0 }}>
      {t(tag.key)}
    </Tag>
  );
}

/** `kpi-card-responseTimelinessRate` … */
const cardId = (metric: string) => `kpi-card-${metric}`;

/** One card per figure of a KpiRow: the targeted ones with their target and verdict first. */
export function KpiCards({ row }: { row: KpiRowData }) {
  const t = useT();
  const piece = t('kpi.unit.piece');
  const noTarget = t('kpi.noTarget');
  return (
    <Row gutter={[16, 16]} data-testid="kpi-cards">
      {TARGETED_METRICS.map((metric) => {
        const target = KPI_TARGETS[metric];
        return (
          <Col key={metric} xs={12} lg={6}>
            <Kpi
              testId={cardId(metric)}
              title={t(`kpi.metric.${metric}`)}
              value={formatPercent(row[metric] ?? null)}
              help={metric === 'timelyCompletionRate' ? t('kpi.help.timelyCompletionRate') : undefined}
              footer={
                <Space size={8}>
                  {target ? t('kpi.target', { target: formatTarget(target) }) : null}
                  <VerdictTag verdict={verdictOf(row.checks, metric)} />
                </Space>
              }
            />
          </Col>
        );
      })}
      <Col xs={12} lg={6}>
        <Kpi
          testId={cardId('volume')}
          title={t('kpi.metric.volume')}
          value={row.volume}
          suffix={piece}
          footer={noTarget}
        />
      </Col>
      <Col xs={12} lg={6}>
        <Kpi
          testId={cardId('majorCount')}
          title={t('kpi.metric.majorCount')}
          value={row.majorCount}
          suffix={piece}
          footer={noTarget}
        />
      </Col>
      <Col xs={12} lg={6}>
        <Kpi
          testId={cardId('satisfactionAverage')}
          title={t('kpi.metric.satisfactionAverage')}
          value={formatNumber(row.satisfactionAverage, 2)}
          suffix={row.satisfactionAverage == null ? undefined : '/ 5'}
          footer={noTarget}
        />
      </Col>
      <Col xs={12} lg={6}>
        <Kpi
          testId={cardId('averageHandlingHours')}
          title={t('kpi.metric.averageHandlingHours')}
          value={formatNumber(row.averageHandlingHours, 1)}
          suffix={row.averageHandlingHours == null ? undefined : t('kpi.unit.hour')}
          footer={noTarget}
        />
      </Col>
      {OTHER_RATES.map((metric) => (
        <Col key={metric} xs={12} lg={6}>
          <Kpi
            testId={cardId(metric)}
            title={t(`kpi.metric.${metric}`)}
            value={formatPercent(row[metric] ?? null)}
            footer={noTarget}
          />
        </Col>
      ))}
      <Col xs={12} lg={6}>
        <Kpi
          testId={cardId('perTenThousandCustomers')}
          title={t('kpi.metric.perTenThousandCustomers')}
          value={formatNumber(row.perTenThousandCustomers, 2)}
          help={t('kpi.help.perTenThousandCustomers')}
          footer={noTarget}
        />
      </Col>
    </Row>
  );
}

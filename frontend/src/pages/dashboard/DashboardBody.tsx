import { useMemo, type ReactNode } from 'react';
import { Card, Col, Empty, Flex, Row, Skeleton, Space, Statistic, Tooltip, Typography } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import type { ComplaintStatsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { channelLabel, statusLabel } from '../../lib/enums';
import { channelOption, paretoOption, satisfactionOption, statusOption, volumeOption } from './charts';
import { EChart } from './EChart';
import { computeKpis, formatPercent } from './stats';

/** The dashboard's content: KPIs and charts for one period, and its loading skeleton. */

type Stats = ComplaintStatsQuery['complaintStats'];

export function DashboardSkeleton() {
  return (
    <Flex vertical gap={16} role="status" aria-busy="true">
      <Row gutter={[16, 16]}>
        {Array.from({ length: 8 }, (_, i) => (
          <Col key={i} xs={12} lg={6}>
            <Card variant="borderless" className="kesu-card">
              <Skeleton active paragraph={{ rows: 1 }} title={false} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card variant="borderless" className="kesu-card">
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    </Flex>
  );
}

export function Kpi({
  title,
  value,
  suffix,
  footer,
  testId,
  help,
}: {
  title: string;
  value: ReactNode;
  suffix?: ReactNode;
  footer?: ReactNode;
  testId: string;
  help?: string;
}) {
  return (
    <Card
      variant="borderless"
      className="kesu-card kesu-kpi"
      data-testid={testId}
      styles={{ body: { padding: '16px 20px' } }}
    >
      <Statistic
        title={
          <Space size={4}>
            {title}
            {help ? (
              <Tooltip title={help}>
                <InfoCircleOutlined aria-label={help} />
              </Tooltip>
            ) : null}
          </Space>
        }
        value={value as string | number}
        suffix={suffix}
        valueStyle={{ fontSize: 26, fontVariantNumeric: 'tabular-nums' }}
      />
      <div className="kesu-kpi-footer">{footer ?? '\u00a0'}</div>
    </Card>
  );
}

export function ChartCard({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <Card
      variant="borderless"
      className="kesu-card"
      title={title}
      extra={extra}
      styles={{ body: { padding: '12px 16px' } }}
    >
      {children}
    </Card>
  );
}

export function DashboardBody({ stats }: { stats: Stats }) {
  const t = useT();
  const k = computeKpis(stats);
  const empty = stats.total === 0;

  const volume = useMemo(
    () =>
      volumeOption(stats.byDay, {
        count: t('dashboard.chart.dailyCount'),
        average: t('dashboard.chart.movingAverage'),
      }),
    [stats.byDay, t],
  );
  const paretoOpt = useMemo(
    () =>
      paretoOption(
        stats.byCategory.map((c) => ({ label: c.category?.name ?? t('dashboard.uncategorized'), count: c.count })),
        { count: t('dashboard.chart.count'), cumulative: t('dashboard.chart.cumulative') },
      ),
    [stats.byCategory, t],
  );
  const channels = useMemo(
    () => channelOption(stats.byChannel, (c) => channelLabel(t, c), t('dashboard.chart.byChannel')),
    [stats.byChannel, t],
  );
  const statuses = useMemo(
    () => statusOption(stats.byStatus, (s) => statusLabel(t, s), t('dashboard.chart.count')),
    [stats.byStatus, t],
  );
  const satisfaction = useMemo(
    () =>
      satisfactionOption(stats.bySatisfaction, (s) => t('dashboard.score', { score: s }), t('dashboard.chart.count')),
    [stats.bySatisfaction, t],
  );

  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        <Col xs={12} lg={6}>
          <Kpi
            testId="kpi-total"
            title={t('dashboard.kpi.total')}
            value={k.total}
            suffix={t('dashboard.unit.piece')}
            footer={t('dashboard.kpi.totalNote')}
          />
        </Col>
        <Col xs={12} lg={6}>
          <Kpi
            testId="kpi-open"
            title={t('dashboard.kpi.open')}
            value={k.open}
            suffix={t('dashboard.unit.piece')}
            footer={t('dashboard.kpi.openNote')}
          />
        </Col>
        <Col xs={12} lg={6}>
          <Kpi
            testId="kpi-resolved"
            title={t('dashboard.kpi.resolved')}
            value={k.resolved}
            suffix={t('dashboard.unit.piece')}
            footer={t('dashboard.kpi.resolvedRate', { rate: formatPercent(k.resolvedRate) })}
          />
        </Col>
        <Col xs={12} lg={6}>
          <Kpi
            testId="kpi-repeat-rate"
            title={t('dashboard.kpi.repeatRate')}
            value={formatPercent(k.repeatRate)}
            help={t('dashboard.kpi.repeatRateHelp')}
            footer={t('dashboard.kpi.repeats', { count: k.repeats })}
          />
        </Col>
        <Col xs={12} lg={6}>
          <Kpi
            testId="kpi-reopened"
            title={t('dashboard.kpi.reopened')}
            value={k.reopened}
            suffix={t('dashboard.unit.piece')}
            footer={t('dashboard.kpi.reopenRate', { rate: formatPercent(k.reopenRate) })}
          />
        </Col>
        <Col xs={12} lg={6}>
          <Kpi
            testId="kpi-major"
            title={t('dashboard.kpi.major')}
            value={k.major}
            suffix={t('dashboard.unit.piece')}
            footer={t('dashboard.kpi.majorRate', { rate: formatPercent(k.majorRate) })}
          />
        </Col>
        <Col xs={12} lg={6}>
          <Kpi
            testId="kpi-satisfaction"
            title={t('dashboard.kpi.satisfaction')}
            value={k.satisfactionAverage === null ? '—' : k.satisfactionAverage.toFixed(2)}
            suffix={k.satisfactionAverage === null ? undefined : '/ 5'}
            footer={t('dashboard.kpi.satisfactionCount', { count: k.satisfactionCount })}
          />
        </Col>
        <Col xs={12} lg={6}>
          <Kpi
            testId="kpi-satisfied-rate"
            title={t('dashboard.kpi.satisfiedRate')}
            value={formatPercent(k.satisfiedRate)}
            help={t('dashboard.kpi.satisfiedRateHelp')}
            footer={t('dashboard.kpi.satisfactionCount', { count: k.satisfactionCount })}
          />
        </Col>
      </Row>

      {empty ? (
        <Card variant="borderless" className="kesu-card">
          <Empty description={t('dashboard.empty')} />
        </Card>
      ) : (
        <>
          <ChartCard title={t('dashboard.chart.volume')}>
            <EChart option={volume} height={260} label={t('dashboard.chart.volume')} testId="chart-volume" />
          </ChartCard>
          <ChartCard
            title={t('dashboard.chart.pareto')}
            extra={
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('dashboard.chart.paretoNote')}
              </Typography.Text>
            }
          >
            <EChart option={paretoOpt} height={340} label={t('dashboard.chart.pareto')} testId="chart-pareto" />
          </ChartCard>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={8}>
              <ChartCard title={t('dashboard.chart.byChannel')}>
                <EChart option={channels} height={260} label={t('dashboard.chart.byChannel')} testId="chart-channel" />
              </ChartCard>
            </Col>
            <Col xs={24} xl={8}>
              <ChartCard title={t('dashboard.chart.byStatus')}>
                <EChart option={statuses} height={260} label={t('dashboard.chart.byStatus')} testId="chart-status" />
              </ChartCard>
            </Col>
            <Col xs={24} xl={8}>
              <ChartCard title={t('dashboard.chart.satisfaction')}>
                <EChart
                  option={satisfaction}
                  height={260}
                  label={t('dashboard.chart.satisfaction')}
                  testId="chart-satisfaction"
                />
              </ChartCard>
            </Col>
          </Row>
        </>
      )}
    </Flex>
  );
}

import { useMemo, type ReactNode } from 'react';
import { Col, Empty, Row, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { KpisQuery, MajorComplaintsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { STATUS_COLORS, statusLabel } from '../../lib/enums';
import { formatDateTime } from '../../lib/time';
import { satisfactionOption } from '../dashboard/charts';
import { EChart } from '../dashboard/EChart';
import { fillDays, formatNumber, formatPercent, formatTarget, groupRows, KPI_TARGETS } from '../dashboard/kpi';
import { dailyKpiOption } from '../dashboard/kpiCharts';
import { VerdictTag } from '../dashboard/KpiCards';
import type { KpiRowData } from '../dashboard/kpiQuery';
import { figureLines, topCategories, type FigureLine, type TopCategory } from './report';

type Report = KpisQuery['kpis'];
type Major = MajorComplaintsQuery['complaints'];

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="kesu-report-section" data-testid={testId}>
      <Typography.Title level={5} className="kesu-report-heading">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/** The printable content of one month: figures, charts, top categories, major complaints. */
export function MonthlyReportBody({ report, major }: { report: Report; major: Major | undefined }) {
  const t = useT();
  const total = report.total;
  const lines = figureLines(total);
  const top = topCategories(groupRows(report.groups, 'CATEGORY'), total.volume);

  const daily = useMemo(
    // no animation: a print started right away must get the whole chart
    () => ({
      ...dailyKpiOption(
        fillDays(report.from, report.to, report.groups.find((g) => g.by === 'DAY')?.rows ?? []),
        { volume: t('kpi.chart.volume'), timeliness: t('kpi.chart.timeliness') },
      ),
      animation: false,
    }),
    [report, t],
  );
  const satisfaction = useMemo(
    () => ({
      ...satisfactionOption(total.satisfactionDistribution, (s) => t('kpi.score', { score: s }), t('kpi.chart.count')),
      animation: false,
    }),
    [total.satisfactionDistribution, t],
  );

  const figureColumns: TableColumnsType<FigureLine> = [
    { key: 'metric', title: t('report.col.metric'), render: (_, l) => t(`kpi.metric.${l.metric}`) },
    { key: 'value', title: t('report.col.value'), align: 'right', render: (_, l) => formatPercent(l.value) },
    {
      key: 'target',
      title: t('report.col.target'),
      align: 'right',
      render: (_, l) => {
        const target = KPI_TARGETS[l.metric];
        return target ? formatTarget(target) : '—';
      },
    },
    { key: 'verdict', title: t('report.col.verdict'), render: (_, l) => <VerdictTag verdict={l.verdict} /> },
  ];
  const others: Array<{ key: string; label: string; value: string }> = [
    { key: 'volume', label: t('kpi.metric.volume'), value: `${total.volume} ${t('kpi.unit.piece')}` },
    { key: 'majorCount', label: t('kpi.metric.majorCount'), value: `${total.majorCount} ${t('kpi.unit.piece')}` },
    {
      key: 'satisfactionAverage',
      label: t('kpi.metric.satisfactionAverage'),
      value: formatNumber(total.satisfactionAverage, 2),
    },
    { key: 'callbackRate', label: t('kpi.metric.callbackRate'), value: formatPercent(total.callbackRate ?? null) },
    { key: 'repeatRate', label: t('kpi.metric.repeatRate'), value: formatPercent(total.repeatRate ?? null) },
    { key: 'reopenRate', label: t('kpi.metric.reopenRate'), value: formatPercent(total.reopenRate ?? null) },
    {
      key: 'averageHandlingHours',
      label: t('kpi.metric.averageHandlingHours'),
      value:
        total.averageHandlingHours == null
          ? '—'
          : `${formatNumber(total.averageHandlingHours, 1)} ${t('kpi.unit.hour')}`,
    },
  ];
  const topColumns: TableColumnsType<TopCategory<KpiRowData>> = [
    { key: 'rank', title: t('report.col.rank'), dataIndex: 'rank', width: 60 },
    { key: 'label', title: t('kpi.breakdown.CATEGORY'), render: (_, c) => c.row.label },
    { key: 'volume', title: t('kpi.metric.volume'), align: 'right', render: (_, c) => c.row.volume },
    { key: 'share', title: t('report.col.share'), align: 'right', render: (_, c) => formatPercent(c.share) },
    {
      key: 'timeliness',
      title: t('kpi.metric.responseTimelinessRate'),
      align: 'right',
      render: (_, c) => formatPercent(c.row.responseTimelinessRate ?? null),
    },
    {
      key: 'completion',
      title: t('kpi.metric.timelyCompletionRate'),
      align: 'right',
      render: (_, c) => formatPercent(c.row.timelyCompletionRate ?? null),
    },
  ];
  type MajorRow = Major['nodes'][number];
  const majorColumns: TableColumnsType<MajorRow> = [
    { key: 'number', title: t('report.col.number'), dataIndex: 'number', width: 200 },
    { key: 'title', title: t('report.col.title'), dataIndex: 'title' },
    {
      key: 'status',
      title: t('report.col.status'),
      width: 180,
      render: (_, c) => <Tag color={STATUS_COLORS[c.status]}>{statusLabel(t, c.status)}</Tag>,
    },
    { key: 'createdAt', title: t('report.col.createdAt'), width: 160, render: (_, c) => formatDateTime(c.createdAt) },
  ];

  return (
    <>
      <Section title={t('report.figures')} testId="report-figures">
        <Row gutter={[24, 16]}>
          <Col xs={24} lg={14}>
            <Table<FigureLine>
              rowKey="metric"
              size="small"
              pagination={false}
              columns={figureColumns}
              dataSource={lines}
            />
          </Col>
          <Col xs={24} lg={10}>
            <dl className="kesu-report-facts">
              {others.map((o) => (
                <div key={o.key} data-testid={`report-fact-${o.key}`}>
                  <dt>{o.label}</dt>
                  <dd>{o.value}</dd>
                </div>
              ))}
            </dl>
          </Col>
        </Row>
      </Section>

      {total.volume === 0 ? (
        <Empty description={t('kpi.empty')} />
      ) : (
        <Row gutter={[24, 16]} className="kesu-report-charts">
          <Col xs={24} lg={16}>
            <Section title={t('kpi.chart.daily')}>
              <EChart option={daily} height={260} label={t('kpi.chart.daily')} testId="report-chart-daily" />
            </Section>
          </Col>
          <Col xs={24} lg={8}>
            <Section title={t('kpi.chart.satisfaction')}>
              <EChart
                option={satisfaction}
                height={260}
                label={t('kpi.chart.satisfaction')}
                testId="report-chart-satisfaction"
              />
            </Section>
          </Col>
        </Row>
      )}

      <Section title={t('report.topCategories')} testId="report-top-categories">
        <Table<TopCategory<KpiRowData>>
          rowKey={(c) => c.row.key}
          size="small"
          pagination={false}
          columns={topColumns}
          dataSource={top}
        />
      </Section>

      <Section title={t('report.major')} testId="report-major">
        {major && major.totalCount > major.nodes.length ? (
          <Typography.Text type="secondary">
            {t('report.majorMore', { shown: major.nodes.length, total: major.totalCount })}
          </Typography.Text>
        ) : null}
        <Table<MajorRow>
          rowKey="id"
          size="small"
          pagination={false}
          loading={!major}
          columns={majorColumns}
          dataSource={major?.nodes ?? []}
          locale={{ emptyText: t('report.majorNone') }}
        />
      </Section>
    </>
  );
}

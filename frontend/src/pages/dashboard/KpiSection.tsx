import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { keepPreviousData } from '@tanstack/react-query';
import { Button, Card, Col, DatePicker, Empty, Flex, Row, Space, Typography } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useGqlQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import { DATE_FORMAT } from '../../lib/time';
import { monthlyReportPath } from '../../paths';
import { satisfactionOption } from './charts';
import { ChartCard, DashboardSkeleton } from './DashboardBody';
import { EChart } from './EChart';
import {
  beijingMonth,
  fillDays,
  KPI_PERIODS,
  kpiPeriodDays,
  kpiPeriodRange,
  parseBreakdown,
  parseKpiPeriod,
  withKpiPeriod,
  type KpiPeriod,
} from './kpi';
import { dailyKpiOption } from './kpiCharts';
import { KpiBreakdown } from './KpiBreakdown';
import { KpiCards } from './KpiCards';
import { KpisDoc } from './kpiQuery';
import { MAX_RANGE_DAYS } from './stats';

const GROUPS = ['DAY', 'CATEGORY', 'CHANNEL', 'TEAM', 'AGENT'] as const;

/**
 * 考核指标 (the dashboard's KPI tab, report.read): the `kpis` figures of a
 * period (本月 / 上月 / 近30天 / any range) against their targets, the
 * day-by-day volume and timeliness, the satisfaction distribution and a
 * breakdown by category, channel, team or agent. Period and breakdown live
 * in the URL (`?tab=kpi&period=lastMonth&by=TEAM`).
 */
export function KpiSection() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const period = useMemo(() => parseKpiPeriod(params), [params]);
  const by = parseBreakdown(params.get('by'));
  const days = kpiPeriodDays(period);
  const range = kpiPeriodRange(period);
  const query = useGqlQuery(
    KpisDoc,
    { from: range.from, to: range.to, groupBy: [...GROUPS] },
    { placeholderData: keepPreviousData, staleTime: 0 },
  );
  const report = query.data?.kpis;

  const setPeriod = (p: KpiPeriod) => setParams(withKpiPeriod(params, p));
  const setBy = (b: string) => {
    const next = new URLSearchParams(params);
    next.set('by', b);
    setParams(next, { replace: true });
  };

  const daily = useMemo(() => {
    if (!report) return null;
    const rows = report.groups.find((g) => g.by === 'DAY')?.rows ?? [];
    return dailyKpiOption(fillDays(report.from, report.to, rows), {
      volume: t('kpi.chart.volume'),
      timeliness: t('kpi.chart.timeliness'),
    });
  }, [report, t]);
  const satisfaction = useMemo(
    () =>
      report
        ? satisfactionOption(
            report.total.satisfactionDistribution,
            (s) => t('kpi.score', { score: s }),
            t('kpi.chart.count'),
          )
        : null,
    [report, t],
  );
  // the report page opens on the month the period starts in
  const reportMonth = period.kind === 'last30' ? beijingMonth() : days.from.slice(0, 7);

  return (
    <Flex vertical gap={16}>
      <Card variant="borderless" className="kesu-card" styles={{ body: { padding: '12px 24px' } }}>
        <Flex align="center" gap={12} wrap>
          <label htmlFor="kpi-range" className="kesu-inline-label">
            {t('kpi.period')}
          </label>
          <Space.Compact>
            {KPI_PERIODS.map((p) => (
              <Button
                key={p}
                type={period.kind === p ? 'primary' : 'default'}
                aria-pressed={period.kind === p}
                onClick={() => setPeriod({ kind: p })}
              >
                {t(`kpi.period.${p}`)}
              </Button>
            ))}
          </Space.Compact>
          <DatePicker.RangePicker
            id={{ start: 'kpi-range', end: 'kpi-range-end' }}
            allowClear={false}
            value={[dayjs(days.from), dayjs(days.to)]}
            disabledDate={(d, info) => {
              const from = info.from;
              return from ? Math.abs(d.diff(from, 'day')) >= MAX_RANGE_DAYS : false;
            }}
            onChange={(r) => {
              const [a, b] = r ?? [];
              if (a && b) setPeriod({ kind: 'custom', from: a.format(DATE_FORMAT), to: b.format(DATE_FORMAT) });
            }}
          />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('kpi.periodNote')}
          </Typography.Text>
          <Button
            icon={<FileTextOutlined />}
            style={{ marginInlineStart: 'auto' }}
            onClick={() => void navigate(monthlyReportPath(reportMonth))}
          >
            {t('kpi.monthlyReport')}
          </Button>
        </Flex>
      </Card>

      {query.error ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}

      <div
        data-testid="kpi-section"
        aria-busy={query.isFetching}
        data-search={params.toString()}
      >
        {report ? (
          <Flex vertical gap={16}>
            <KpiCards row={report.total} />
            {report.total.volume === 0 ? (
              <Card variant="borderless" className="kesu-card">
                <Empty description={t('kpi.empty')} />
              </Card>
            ) : (
              <>
                <Row gutter={[16, 16]}>
                  <Col xs={24} xl={16}>
                    <ChartCard title={t('kpi.chart.daily')}>
                      {daily ? (
                        <EChart option={daily} height={280} label={t('kpi.chart.daily')} testId="kpi-chart-daily" />
                      ) : null}
                    </ChartCard>
                  </Col>
                  <Col xs={24} xl={8}>
                    <ChartCard title={t('kpi.chart.satisfaction')}>
                      {satisfaction ? (
                        <EChart
                          option={satisfaction}
                          height={280}
                          label={t('kpi.chart.satisfaction')}
                          testId="kpi-chart-satisfaction"
                        />
                      ) : null}
                    </ChartCard>
                  </Col>
                </Row>
                <KpiBreakdown groups={report.groups} by={by} onChange={setBy} />
              </>
            )}
          </Flex>
        ) : query.isPending ? (
          <DashboardSkeleton />
        ) : null}
      </div>
    </Flex>
  );
}

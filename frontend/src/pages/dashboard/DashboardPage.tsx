import { useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { keepPreviousData } from '@tanstack/react-query';
import { Button, Card, Col, DatePicker, Empty, Flex, Row, Skeleton, Space, Statistic, Tooltip, Typography } from 'antd';
import { InfoCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useGqlQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { graphql } from '../../gql';
import type { ComplaintStatsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import './dashboard.css';
import { channelLabel, statusLabel } from '../../lib/enums';
import { DATE_FORMAT, DISPLAY_TZ, formatDateTime } from '../../lib/time';
import { channelOption, paretoOption, satisfactionOption, statusOption, volumeOption } from './charts';
import { EChart } from './EChart';
import {
  MAX_RANGE_DAYS,
  RANGE_PRESETS,
  computeKpis,
  formatPercent,
  parseRangeParams,
  rangeDays,
  toRangeParams,
  toStatsFilter,
  type DateRange,
} from './stats';

const ComplaintStatsDoc = graphql(`
  query ComplaintStats($filter: ComplaintStatsFilter) {
    complaintStats(filter: $filter) {
      from
      to
      total
      open
      resolved
      closed
      repeats
      major
      reopened
      satisfactionCount
      satisfactionAverage
      satisfiedRate
      byDay {
        day
        count
      }
      byCategory {
        count
        category {
          id
          name
          parent {
            id
            name
          }
        }
      }
      byChannel {
        channel
        count
      }
      byStatus {
        status
        count
      }
      bySatisfaction {
        score
        count
      }
    }
  }
`);

/** The API has no subscriptions: the dashboard polls. */
const REFRESH_MS = 60_000;

type Stats = ComplaintStatsQuery['complaintStats'];

/**
 * 统计看板 (report.read): KPIs and charts over the complaints created in a
 * date range (presets 近7天/近30天/近90天 or any range up to 366 days), from
 * `complaintStats`, refreshed every minute.
 */
export default function DashboardPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const range = useMemo(() => parseRangeParams(params), [params]);
  const days = rangeDays(range);
  // presets follow the calendar: the filter is recomputed from "today" at each render
  const filter = toStatsFilter(range);
  const query = useGqlQuery(
    ComplaintStatsDoc,
    { filter },
    { refetchInterval: REFRESH_MS, placeholderData: keepPreviousData, staleTime: 0 },
  );
  const stats = query.data?.complaintStats;

  const setRange = (r: DateRange) => setParams(toRangeParams(r));
  const presets = RANGE_PRESETS.map((n) => ({
    label: t(`dashboard.range.last${n}`),
    value: [
      dayjs()
        .tz(DISPLAY_TZ)
        .subtract(n - 1, 'day'),
      dayjs().tz(DISPLAY_TZ),
    ] as [Dayjs, Dayjs],
  }));

  return (
    <PageContainer
      subTitle={t('dashboard.subtitle')}
      extra={
        <Space size={12} wrap>
          <Typography.Text type="secondary" data-testid="dashboard-updated" style={{ fontSize: 13 }}>
            {query.dataUpdatedAt
              ? t('dashboard.updatedAt', { time: formatDateTime(new Date(query.dataUpdatedAt), 'YYYY-MM-DD HH:mm:ss') })
              : null}
            <Tooltip title={t('dashboard.autoRefresh')}>
              <InfoCircleOutlined style={{ marginInlineStart: 6 }} aria-label={t('dashboard.autoRefresh')} />
            </Tooltip>
          </Typography.Text>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void query.refetch()}
            loading={query.isFetching}
            aria-label={t('dashboard.refresh')}
          >
            {t('dashboard.refresh')}
          </Button>
        </Space>
      }
    >
      <Card variant="borderless" className="kesu-card" styles={{ body: { padding: '12px 24px' } }}>
        <Flex align="center" gap={12} wrap>
          <label htmlFor="dashboard-range" className="kesu-inline-label">
            {t('dashboard.range')}
          </label>
          <Space.Compact>
            {RANGE_PRESETS.map((n) => (
              <Button
                key={n}
                type={range.kind === 'preset' && range.days === n ? 'primary' : 'default'}
                onClick={() => setRange({ kind: 'preset', days: n })}
                aria-pressed={range.kind === 'preset' && range.days === n}
              >
                {t(`dashboard.range.last${n}`)}
              </Button>
            ))}
          </Space.Compact>
          <DatePicker.RangePicker
            id={{ start: 'dashboard-range', end: 'dashboard-range-end' }}
            allowClear={false}
            value={[dayjs(days.from), dayjs(days.to)]}
            presets={presets}
            disabledDate={(d, info) => {
              if (d.isAfter(dayjs().tz(DISPLAY_TZ), 'day')) return true;
              const from = info.from;
              return from ? Math.abs(d.diff(from, 'day')) >= MAX_RANGE_DAYS : false;
            }}
            onChange={(r) => {
              const [a, b] = r ?? [];
              if (a && b) setRange({ kind: 'custom', from: a.format(DATE_FORMAT), to: b.format(DATE_FORMAT) });
            }}
          />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('dashboard.rangeNote')}
          </Typography.Text>
        </Flex>
      </Card>

      {query.error ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}

      <div data-testid="dashboard" aria-busy={query.isFetching} data-search={params.toString()}>
        {stats ? <DashboardBody stats={stats} /> : query.isPending ? <DashboardSkeleton /> : null}
      </div>
    </PageContainer>
  );
}

function DashboardSkeleton() {
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

function Kpi({
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

function ChartCard({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
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

import { useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { keepPreviousData } from '@tanstack/react-query';
import { Button, Card, DatePicker, Flex, Space, Tabs, Tooltip, Typography } from 'antd';
import { InfoCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useGqlQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageContainer } from '../../components/PageContainer';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { useLiveSubscription } from '../../live';
import './dashboard.css';
import { DATE_FORMAT, DISPLAY_TZ, formatDateTime } from '../../lib/time';
import {
  MAX_RANGE_DAYS,
  RANGE_PRESETS,
  parseRangeParams,
  rangeDays,
  toRangeParams,
  toStatsFilter,
  type DateRange,
} from './stats';
import { DashboardBody, DashboardSkeleton } from './DashboardBody';
import { KpiSection } from './KpiSection';

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

const DashboardChangedDoc = graphql(`
  subscription DashboardChanged {
    dashboardChanged {
      at
    }
  }
`);

/** At most one re-read per this interval, however busy the queue is. */
const MIN_REFRESH_MS = 3_000;

/**
 * 统计看板 (report.read): KPIs and charts over the complaints created in a
 * date range (presets 近7天/近30天/近90天 or any range up to 366 days), from
 * `complaintStats`, re-read when the server says complaints changed (the
 * `dashboardChanged` subscription; no polling). A second tab (`?tab=kpi`)
 * holds the KPI figures against their targets (`KpiSection`).
 */
export default function DashboardPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'kpi' ? 'kpi' : 'overview';
  const range = useMemo(() => parseRangeParams(params), [params]);
  const days = rangeDays(range);
  // presets follow the calendar: the filter is recomputed from "today" at each render
  const filter = toStatsFilter(range);
  const query = useGqlQuery(
    ComplaintStatsDoc,
    { filter },
    { placeholderData: keepPreviousData, staleTime: 0, enabled: tab === 'overview' },
  );
  const refetch = query.refetch;
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastRead = useRef(0);
  useLiveSubscription(DashboardChangedDoc, undefined, () => {
    if (pending.current) return;
    const wait = Math.max(0, lastRead.current + MIN_REFRESH_MS - Date.now());
    pending.current = setTimeout(() => {
      pending.current = null;
      lastRead.current = Date.now();
      void refetch();
    }, wait);
  });
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
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
        tab !== 'overview' ? null : (
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
        )
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'kpi' ? { tab: 'kpi' } : {})}
        items={[
          { key: 'overview', label: t('kpi.tab.overview') },
          { key: 'kpi', label: t('kpi.tab.kpi') },
        ]}
        style={{ marginBottom: -8 }}
      />
      {tab === 'kpi' ? (
        <KpiSection />
      ) : (
        <>
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
        </>
      )}
    </PageContainer>
  );
}

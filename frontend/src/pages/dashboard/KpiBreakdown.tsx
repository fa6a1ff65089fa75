import { useMemo } from 'react';
import { Segmented, Table, type TableColumnsType } from 'antd';
import type { KpiGroupBy } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ChartCard } from './DashboardBody';
import { BREAKDOWNS, formatNumber, formatPercent, groupRows, TARGETED_METRICS, type Breakdown } from './kpi';
import type { KpiRowData } from './kpiQuery';

/** 分项明细: the main figures per category / channel / team / agent, switchable. */
export function KpiBreakdown({
  groups,
  by,
  onChange,
}: {
  groups: ReadonlyArray<{ by: KpiGroupBy; rows: readonly KpiRowData[] }>;
  by: Breakdown;
  onChange: (by: Breakdown) => void;
}) {
  const t = useT();
  const rows = useMemo(() => groupRows(groups, by), [groups, by]);
  const columns: TableColumnsType<KpiRowData> = [
    { key: 'label', title: t(`kpi.breakdown.${by}`), dataIndex: 'label', ellipsis: true },
    { key: 'volume', title: t('kpi.metric.volume'), dataIndex: 'volume', align: 'right', width: 90 },
    ...TARGETED_METRICS.map((metric) => ({
      key: metric,
      title: t(`kpi.metric.${metric}`),
      align: 'right' as const,
      width: 130,
      render: (_: unknown, r: KpiRowData) => formatPercent(r[metric] ?? null),
    })),
    {
      key: 'satisfactionAverage',
      title: t('kpi.metric.satisfactionAverage'),
      align: 'right',
      width: 110,
      render: (_: unknown, r: KpiRowData) => formatNumber(r.satisfactionAverage, 2),
    },
    { key: 'majorCount', title: t('kpi.metric.majorCount'), dataIndex: 'majorCount', align: 'right', width: 90 },
  ];
  return (
    <ChartCard
      title={t('kpi.breakdown')}
      extra={
        <Segmented<Breakdown>
          aria-label={t('kpi.breakdown')}
          value={by}
          onChange={onChange}
          options={BREAKDOWNS.map((b) => ({ value: b, label: t(`kpi.breakdown.${b}`) }))}
        />
      }
    >
      <div data-testid="kpi-breakdown" data-by={by}>
        <Table<KpiRowData>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 900 }}
        />
      </div>
    </ChartCard>
  );
}

/**
 * ECharts options of the KPI figures: the day-by-day volume and timeliness
 * (two axes, the 95% target dashed). Pure functions of the data and labels.
 */
import type { EChartsOption } from 'echarts';
import { ANTD_PALETTE } from './charts';
import type { DayPoint } from './kpi';

const FONT = { color: 'rgba(0,0,0,0.65)', fontSize: 12 };
const SPLIT = '#f0f0f0';

export function dailyKpiOption(
  days: readonly DayPoint[],
  labels: { volume: string; timeliness: string },
  target = 0.95,
): EChartsOption {
  return {
    color: ANTD_PALETTE,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, right: 0, textStyle: FONT, data: [labels.volume, labels.timeliness] },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: days.map((d) => d.day.slice(5)),
      axisLabel: FONT,
      axisLine: { lineStyle: { color: '#d9d9d9' } },
    },
    yAxis: [
      { type: 'value', minInterval: 1, axisLabel: FONT, splitLine: { lineStyle: { color: SPLIT } } },
      {
        type: 'value',
        min: 0,
        max: 100,
        axisLabel: { ...FONT, formatter: '{value}%' },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        name: labels.volume,
        type: 'line',
        data: days.map((d) => d.volume),
        smooth: true,
        symbolSize: 5,
        areaStyle: { opacity: 0.08 },
      },
      {
        name: labels.timeliness,
        type: 'line',
        yAxisIndex: 1,
        // a day without a counted first response is a gap, not 0%
        data: days.map((d) => (d.timeliness === null ? null : Math.round(d.timeliness * 1000) / 10)),
        connectNulls: false,
        symbolSize: 5,
        lineStyle: { width: 2, color: '#52c41a' },
        itemStyle: { color: '#52c41a' },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: true, formatter: `${Math.round(target * 100)}%`, ...FONT },
          lineStyle: { type: 'dashed', color: '#95de64' },
          data: [{ yAxis: target * 100 }],
        },
      },
    ],
  };
}

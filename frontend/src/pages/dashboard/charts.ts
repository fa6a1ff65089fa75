/**
 * ECharts options for the dashboard, in Ant Design's palette. Pure functions
 * of the data and labels (the EChart component only draws them).
 */
import type { EChartsOption } from 'echarts';
import type { Channel, ComplaintStatus } from '../../gql/graphql';
import { movingAverage, pareto, type ParetoInput } from './stats';

/** Ant Design's preset colours, in the order charts use them. */
export const ANTD_PALETTE = [
  '#1677ff',
  '#52c41a',
  '#faad14',
  '#ff4d4f',
  '#722ed1',
  '#13c2c2',
  '#eb2f96',
  '#fa8c16',
  '#2f54eb',
  '#a0d911',
];

/** The same hues as the status tags (lib/enums STATUS_COLORS). */
export const STATUS_HEX: Record<ComplaintStatus, string> = {
  ACCEPTED: '#1677ff',
  ESCALATED: '#fa541c',
  DISPATCHED: '#722ed1',
  INVESTIGATED: '#13c2c2',
  RESOLUTION_PROPOSED: '#faad14',
  RESOLVED: '#52c41a',
  CALLBACK_DONE: '#a0d911',
  CLOSED: '#8c8c8c',
};

/** 1 (very dissatisfied, red) … 5 (very satisfied, green). */
export const SATISFACTION_HEX = ['#ff4d4f', '#fa8c16', '#faad14', '#95de64', '#52c41a'];

const TEXT = 'rgba(0,0,0,0.65)';
const SPLIT = '#f0f0f0';
const FONT = { color: TEXT, fontSize: 12 };

const baseGrid = { left: 8, right: 16, top: 36, bottom: 8, containLabel: true };

export function volumeOption(
  days: ReadonlyArray<{ day: string; count: number }>,
  labels: { count: string; average: string },
): EChartsOption {
  const counts = days.map((d) => d.count);
  return {
    color: ANTD_PALETTE,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, right: 0, textStyle: FONT, data: [labels.count, labels.average] },
    grid: baseGrid,
    xAxis: {
      type: 'category',
      data: days.map((d) => d.day.slice(5)),
      axisLabel: FONT,
      axisLine: { lineStyle: { color: '#d9d9d9' } },
      axisTick: { alignWithLabel: true },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: FONT, splitLine: { lineStyle: { color: SPLIT } } },
    series: [
      { name: labels.count, type: 'bar', data: counts, barMaxWidth: 18, itemStyle: { borderRadius: [2, 2, 0, 0] } },
      {
        name: labels.average,
        type: 'line',
        data: movingAverage(counts, 7),
        smooth: true,
        symbol: 'none',
        lineStyle: { width: 2, color: '#fa8c16' },
        itemStyle: { color: '#fa8c16' },
      },
    ],
  };
}

export function paretoOption(
  items: readonly ParetoInput[],
  labels: { count: string; cumulative: string },
): EChartsOption {
  const p = pareto(items);
  return {
    color: ANTD_PALETTE,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, left: 'center', textStyle: FONT, data: [labels.count, labels.cumulative] },
    grid: { ...baseGrid, left: 24, right: 8, top: 48, bottom: 4 },
    xAxis: {
      type: 'category',
      data: p.labels,
      axisLabel: { ...FONT, interval: 0, rotate: p.labels.length > 8 ? 40 : 0, width: 96, overflow: 'truncate' },
      axisTick: { alignWithLabel: true },
    },
    yAxis: [
      {
        type: 'value',
        name: labels.count,
        minInterval: 1,
        axisLabel: FONT,
        nameTextStyle: FONT,
        splitLine: { lineStyle: { color: SPLIT } },
      },
      {
        type: 'value',
        name: labels.cumulative,
        min: 0,
        max: 100,
        interval: 20,
        axisLabel: { ...FONT, formatter: '{value}%' },
        nameTextStyle: FONT,
        splitLine: { show: false },
      },
    ],
    series: [
      {
        name: labels.count,
        type: 'bar',
        data: p.counts.map((c, i) => ({ value: c, itemStyle: { color: i < p.vitalFew ? '#1677ff' : '#91caff' } })),
        barMaxWidth: 28,
        itemStyle: { borderRadius: [2, 2, 0, 0] },
      },
      {
        name: labels.cumulative,
        type: 'line',
        yAxisIndex: 1,
        data: p.cumulative,
        symbolSize: 6,
        lineStyle: { width: 2, color: '#fa541c' },
        itemStyle: { color: '#fa541c' },
        tooltip: { valueFormatter: (v) => `${String(v)}%` },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { type: 'dashed', color: '#ffbb96' },
          data: [{ yAxis: 80 }],
        },
      },
    ],
  };
}

export function channelOption(
  rows: ReadonlyArray<{ channel: Channel; count: number }>,
  label: (c: Channel) => string,
  seriesName: string,
): EChartsOption {
  return {
    color: ANTD_PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle', textStyle: FONT },
    series: [
      {
        name: seriesName,
        type: 'pie',
        radius: ['42%', '70%'],
        center: ['36%', '50%'],
        avoidLabelOverlap: true,
        label: { show: false },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        data: rows.filter((r) => r.count > 0).map((r) => ({ name: label(r.channel), value: r.count })),
      },
    ],
  };
}

export function statusOption(
  rows: ReadonlyArray<{ status: ComplaintStatus; count: number }>,
  label: (s: ComplaintStatus) => string,
  seriesName: string,
): EChartsOption {
  // lifecycle order top to bottom
  const ordered = [...rows].reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { ...baseGrid, top: 8 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: FONT, splitLine: { lineStyle: { color: SPLIT } } },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => label(r.status)),
      axisLabel: { ...FONT, width: 110, overflow: 'truncate' },
    },
    series: [
      {
        name: seriesName,
        type: 'bar',
        barMaxWidth: 16,
        label: { show: true, position: 'right', ...FONT },
        data: ordered.map((r) => ({ value: r.count, itemStyle: { color: STATUS_HEX[r.status] } })),
      },
    ],
  };
}

export function satisfactionOption(
  rows: ReadonlyArray<{ score: number; count: number }>,
  label: (score: number) => string,
  seriesName: string,
): EChartsOption {
  const sorted = [...rows].sort((a, b) => a.score - b.score);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { ...baseGrid, top: 16 },
    xAxis: {
      type: 'category',
      data: sorted.map((r) => label(r.score)),
      axisLabel: FONT,
      axisTick: { alignWithLabel: true },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: FONT, splitLine: { lineStyle: { color: SPLIT } } },
    series: [
      {
        name: seriesName,
        type: 'bar',
        barMaxWidth: 36,
        label: { show: true, position: 'top', ...FONT },
        data: sorted.map((r) => ({
          value: r.count,
          itemStyle: { color: SATISFACTION_HEX[r.score - 1] ?? '#8c8c8c', borderRadius: [2, 2, 0, 0] },
        })),
      },
    ],
  };
}

/**
 * The one place the console touches ECharts: tree-shaken modules (bar, line,
 * pie; grid, tooltip, legend, mark line; canvas), resizing with its
 * container, and an accessible name. Unit tests mock this module (jsdom has
 * no canvas); end-to-end tests draw the real thing.
 */
import ReactEChartsCore from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export function EChart({
  option,
  height = 280,
  label,
  testId,
}: {
  option: EChartsOption;
  height?: number;
  /** What the chart shows, for screen readers. */
  label: string;
  testId?: string;
}) {
  return (
    <div role="img" aria-label={label} data-testid={testId} className="kesu-chart">
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        autoResize
        style={{ height, width: '100%' }}
        opts={{ renderer: 'canvas' }}
      />
    </div>
  );
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { EChartsOption } from 'echarts';
import { I18nProvider } from '../../i18n';
import { createQueryClient } from '../../api/queryClient';
import { fakeGraphQL } from '../../test/fakeServer';
import DashboardPage from './DashboardPage';

// jsdom has no canvas: unit tests check the options handed to the chart, not the drawing
const drawn: Array<{ testId?: string; option: EChartsOption }> = [];
vi.mock('./EChart', () => ({
  EChart: (props: { testId?: string; option: EChartsOption; label: string }) => {
    drawn.push({ testId: props.testId, option: props.option });
    return <div data-testid={props.testId} aria-label={props.label} />;
  },
}));

const STATUSES = [
  'ACCEPTED',
  'ESCALATED',
  'DISPATCHED',
  'INVESTIGATED',
  'RESOLUTION_PROPOSED',
  'RESOLVED',
  'CALLBACK_DONE',
  'CLOSED',
];

function stats(over: Record<string, unknown> = {}) {
  return {
    from: '2026-11-17T16:00:00Z',
    to: '2026-11-24T16:00:00Z',
    total: 100,
    open: 41,
    resolved: 59,
    closed: 33,
    repeats: 3,
    major: 5,
    reopened: 11,
    satisfactionCount: 52,
    satisfactionAverage: 2.8846,
    satisfiedRate: 0.3654,
    byDay: [
      { day: '2026-11-23', count: 60 },
      { day: '2026-11-24', count: 40 },
    ],
    byCategory: [
      { count: 10, category: { id: '7', name: '态度恶劣', parent: { id: '6', name: '服务态度' } } },
      { count: 30, category: { id: '8', name: '误导宣传', parent: { id: '6', name: '服务态度' } } },
      { count: 60, category: { id: '2', name: '功能故障', parent: { id: '1', name: '产品质量' } } },
    ],
    byChannel: [
      { channel: 'HOTLINE', count: 70 },
      { channel: 'WECHAT', count: 30 },
    ],
    byStatus: STATUSES.map((status, i) => ({ status, count: i })),
    bySatisfaction: [1, 2, 3, 4, 5].map((score) => ({ score, count: score * 2 })),
    ...over,
  };
}

function renderAt(url: string) {
  return render(
    <I18nProvider initialLocale="zh-CN">
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path="/dashboard" element={<DashboardPage />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>,
  );
}

const kpi = (id: string) =>
  within(screen.getByTestId(id)).getByText((_, el) => el?.classList.contains('ant-statistic-content-value') ?? false);

afterEach(() => {
  vi.unstubAllGlobals();
  drawn.splice(0);
});

describe('<DashboardPage>', () => {
  it('asks for whole Beijing days of the chosen range and shows the KPIs', async () => {
    const calls: Array<Record<string, unknown>> = [];
    fakeGraphQL({
      ComplaintStats: (v) => {
        calls.push(v);
        return { data: { complaintStats: stats() } };
      },
    });
    renderAt('/dashboard?range=7');
    await waitFor(() => expect(screen.getByTestId('kpi-total')).toBeInTheDocument());

    const filter = calls[0]?.filter as { from: string; to: string };
    expect(filter.from).toMatch(/T16:00:00\.000Z$/);
    expect((Date.parse(filter.to) - Date.parse(filter.from)) / 86_400_000).toBe(7);

    expect(kpi('kpi-total')).toHaveTextContent('100');
    expect(kpi('kpi-repeat-rate')).toHaveTextContent('3%');
    expect(kpi('kpi-satisfaction')).toHaveTextContent('2.88');
    expect(kpi('kpi-satisfied-rate')).toHaveTextContent('36.5%');
    expect(screen.getByTestId('kpi-resolved')).toHaveTextContent('办结率 59%');
    expect(screen.getByTestId('dashboard-updated')).toHaveTextContent(/最后更新 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
    expect(screen.getByRole('button', { name: '近7天' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('draws the categories as a Pareto chart: largest first, cumulative share on the second axis', async () => {
    fakeGraphQL({ ComplaintStats: () => ({ data: { complaintStats: stats() } }) });
    renderAt('/dashboard');
    await waitFor(() => expect(screen.getByTestId('chart-pareto')).toBeInTheDocument());
    const option = drawn.filter((d) => d.testId === 'chart-pareto').at(-1)?.option as {
      xAxis: { data: string[] };
      series: Array<{ data: Array<number | { value: number }>; yAxisIndex?: number }>;
    };
    expect(option.xAxis.data).toEqual(['功能故障', '误导宣传', '态度恶劣']);
    const bars = option.series[0]?.data.map((d) => (typeof d === 'number' ? d : d.value));
    expect(bars).toEqual([60, 30, 10]);
    expect(option.series[1]?.yAxisIndex).toBe(1);
    expect(option.series[1]?.data).toEqual([60, 90, 100]);
    for (const id of ['chart-volume', 'chart-channel', 'chart-status', 'chart-satisfaction']) {
      expect(screen.getByTestId(id)).toBeInTheDocument();
    }
  });

  it('shows dashes, not NaN, for an empty range, and no charts', async () => {
    fakeGraphQL({
      ComplaintStats: () => ({
        data: {
          complaintStats: stats({
            total: 0,
            open: 0,
            resolved: 0,
            closed: 0,
            repeats: 0,
            major: 0,
            reopened: 0,
            satisfactionCount: 0,
            satisfactionAverage: null,
            satisfiedRate: null,
            byCategory: [],
            byChannel: [],
          }),
        },
      }),
    });
    renderAt('/dashboard');
    await waitFor(() => expect(screen.getByTestId('kpi-total')).toBeInTheDocument());
    expect(kpi('kpi-repeat-rate')).toHaveTextContent('—');
    expect(kpi('kpi-satisfaction')).toHaveTextContent('—');
    expect(document.body).not.toHaveTextContent('NaN');
    expect(screen.getByText('该时间段内没有受理投诉')).toBeInTheDocument();
    expect(screen.queryByTestId('chart-pareto')).toBeNull();
  });

  it('words the server’s refusal by its reason and field, not the server’s English', async () => {
    fakeGraphQL({
      ComplaintStats: () => ({
        data: null,
        errors: [
          {
            message: 'the range must be at most 366 days',
            extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'from' },
          },
        ],
      }),
    });
    renderAt('/dashboard?from=2024-01-01&to=2026-01-01');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('「开始时间」填写有误');
    expect(alert).toHaveTextContent('INVALID_INPUT');
    expect(alert).not.toHaveTextContent('366 days');
  });
});

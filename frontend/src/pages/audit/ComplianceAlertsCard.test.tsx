import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { I18nProvider } from '../../i18n';
import { fakeGraphQL } from '../../test/fakeServer';
import { ComplianceAlertsCard } from './ComplianceAlertsCard';

const AGENT = { id: '3', username: 'agent', displayName: '张晓燕' };

const alert = (over: Record<string, unknown> = {}) => ({
  id: '1',
  rule: 'MASS_ACCESS',
  actorName: 'agent',
  actor: AGENT,
  state: 'RAISED',
  value: 35,
  threshold: 20,
  windowMinutes: 10,
  raisedAt: '2026-12-07T02:04:00Z',
  lastEvaluatedAt: '2026-12-07T02:09:00Z',
  acknowledgedAt: null,
  acknowledgedBy: null,
  ackNote: null,
  clearedAt: null,
  ...over,
});

const page = (nodes: unknown[], endCursor: string | null = null) => ({
  data: { complianceAlerts: { pageInfo: { hasNextPage: endCursor !== null, endCursor }, nodes } },
});

const operations = (fetch: ReturnType<typeof fakeGraphQL>) =>
  fetch.mock.calls.map(
    (c) => JSON.parse(c[1]?.body as string) as { operationName: string; variables: Record<string, unknown> },
  );

function renderCard() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <I18nProvider initialLocale="zh-CN">
      <QueryClientProvider client={client}>
        <App>
          <ComplianceAlertsCard />
        </App>
      </QueryClientProvider>
    </I18nProvider>,
  );
}

describe('<ComplianceAlertsCard>', () => {
  it('lists the open alerts with their readings in Chinese, and pages with the cursor', async () => {
    const fetch = fakeGraphQL({
      ComplianceAlerts: (v) =>
        v.after === 'c1'
          ? page([alert({ id: '5', rule: 'REPEATED_DENIALS', value: 12, threshold: 10 })])
          : page(
              [
                alert(),
                alert({ id: '2', rule: 'LARGE_EXPORT', value: 5000, threshold: 1000, windowMinutes: 60 }),
                alert({
                  id: '3',
                  rule: 'OFF_HOURS',
                  value: 3,
                  threshold: 1,
                  windowMinutes: 60,
                  state: 'ACKNOWLEDGED',
                  acknowledgedAt: '2026-12-07T03:30:00Z',
                  acknowledgedBy: { id: '9', displayName: '王审计' },
                  ackNote: '夜班值守，已核实',
                }),
              ],
              'c1',
            ),
    });
    renderCard();
    const mass = await screen.findByTestId('compliance-alert-1');
    expect(mass).toHaveTextContent('批量查看客户');
    expect(mass).toHaveTextContent('张晓燕');
    expect(mass).toHaveTextContent('agent');
    expect(within(mass).getByTestId('compliance-reading')).toHaveTextContent('35 位客户 / 10 分钟');
    expect(within(mass).getByTestId('compliance-threshold')).toHaveTextContent('阈值：超过 20 位 / 10 分钟');
    expect(within(mass).getByTestId('compliance-alert-state')).toHaveTextContent('未处理');
    expect(within(mass).getByText('2026-12-07 10:04')).toBeInTheDocument(); // Beijing time
    expect(within(mass).getByTestId('compliance-ack-1')).toBeInTheDocument();

    const exp = screen.getByTestId('compliance-alert-2');
    expect(within(exp).getByTestId('compliance-reading')).toHaveTextContent('导出 5,000 行');
    expect(within(exp).getByTestId('compliance-threshold')).toHaveTextContent('阈值：单次超过 1,000 行');

    const off = screen.getByTestId('compliance-alert-3');
    expect(off).toHaveAttribute('data-state', 'ACKNOWLEDGED');
    expect(within(off).getByTestId('compliance-reading')).toHaveTextContent('非工作时间 3 次');
    expect(within(off).getByTestId('compliance-alert-state')).toHaveTextContent('已确认');
    expect(within(off).getByTestId('compliance-ack-info')).toHaveTextContent('王审计 于 2026-12-07 11:30 确认');
    expect(within(off).getByTestId('compliance-ack-info')).toHaveTextContent('说明：夜班值守，已核实');
    expect(within(off).queryByTestId('compliance-ack-3')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: '加载更多' }));
    const denied = await screen.findByTestId('compliance-alert-5');
    expect(within(denied).getByTestId('compliance-reading')).toHaveTextContent('被拒 12 次');
    expect(screen.getByText('已全部加载')).toBeInTheDocument();
    expect(operations(fetch).map((o) => o.variables)).toEqual([
      { state: ['RAISED', 'ACKNOWLEDGED'], first: 20, after: null },
      { state: ['RAISED', 'ACKNOWLEDGED'], first: 20, after: 'c1' },
    ]);
  });

  it('filters by state', async () => {
    const fetch = fakeGraphQL({ ComplianceAlerts: () => page([]) });
    renderCard();
    expect(await screen.findByText('当前没有需要处理的合规预警')).toBeInTheDocument();
    const filter = screen.getByTestId('compliance-state-filter');
    await userEvent.click(within(filter).getByLabelText('未处理'));
    await userEvent.click(within(filter).getByLabelText('已确认'));
    await userEvent.click(within(filter).getByLabelText('已解除'));
    await waitFor(() => expect(screen.getByTestId('compliance-alerts')).toHaveAttribute('data-state', 'CLEARED'));
    expect(await screen.findByText('没有符合条件的合规预警')).toBeInTheDocument();
    expect(operations(fetch).at(-1)?.variables).toEqual({ state: ['CLEARED'], first: 20, after: null });
  });

  it('确认 requires a note, sends it and shows the alert acknowledged', async () => {
    let acked = false;
    const sent: unknown[] = [];
    fakeGraphQL({
      ComplianceAlerts: () =>
        page([
          acked
            ? alert({
                state: 'ACKNOWLEDGED',
                acknowledgedAt: '2026-12-07T03:00:00Z',
                acknowledgedBy: { id: '9', displayName: '王审计' },
                ackNote: '批量回访任务，属正常业务',
              })
            : alert(),
        ]),
      AcknowledgeComplianceAlert: (v) => {
        sent.push(v);
        acked = true;
        return {
          data: {
            acknowledgeComplianceAlert: {
              id: '1',
              state: 'ACKNOWLEDGED',
              acknowledgedAt: '2026-12-07T03:00:00Z',
              ackNote: '批量回访任务，属正常业务',
            },
          },
        };
      },
    });
    renderCard();
    await userEvent.click(await screen.findByTestId('compliance-ack-1'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('确认合规预警');
    expect(dialog).toHaveTextContent('35 位客户 / 10 分钟');
    await userEvent.click(screen.getByTestId('compliance-ack-submit'));
    expect(await within(dialog).findByText('请填写处理说明')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await userEvent.click(screen.getByTestId('compliance-ack-note'));
    await userEvent.paste('  批量回访任务，属正常业务 ');
    await userEvent.click(screen.getByTestId('compliance-ack-submit'));
    expect(await screen.findByText('合规预警已确认')).toBeInTheDocument();
    expect(sent).toEqual([{ input: { id: '1', note: '批量回访任务，属正常业务' } }]);
    const row = screen.getByTestId('compliance-alert-1');
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'ACKNOWLEDGED'));
    expect(within(row).getByTestId('compliance-ack-info')).toHaveTextContent('王审计 于 2026-12-07 11:00 确认');
  });

  it('says in its own words that the alert was acknowledged or cleared meanwhile (CONFLICT)', async () => {
    const fetch = fakeGraphQL({
      ComplianceAlerts: () => page([alert()]),
      AcknowledgeComplianceAlert: () => ({
        data: null,
        errors: [
          {
            message: 'only a raised alert can be acknowledged (it was acknowledged or cleared)',
            extensions: { code: 'CONFLICT' },
          },
        ],
      }),
    });
    renderCard();
    await userEvent.click(await screen.findByTestId('compliance-ack-1'));
    await userEvent.click(await screen.findByTestId('compliance-ack-note'));
    await userEvent.paste('已核实');
    await userEvent.click(screen.getByTestId('compliance-ack-submit'));
    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByText('确认未成功')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('该预警已被他人确认或已经解除');
    expect(within(dialog).getByTestId('error-item')).toHaveAttribute('data-reason', 'CONFLICT');
    expect(dialog).not.toHaveTextContent('only a raised alert');
    // the list reloads to show the alert as it now is
    await waitFor(() =>
      expect(operations(fetch).map((o) => o.operationName)).toEqual([
        'ComplianceAlerts',
        'AcknowledgeComplianceAlert',
        'ComplianceAlerts',
      ]),
    );
  });
});

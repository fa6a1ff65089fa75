import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGraphQL, type Handler } from '../../test/fakeServer';
import { TestProviders } from '../../test/TestProviders';
import { ErasureRequestsCard } from './ErasureRequestsCard';
import { AUDITOR, AUDITOR_PERMISSIONS, erasure, erasurePage, operations } from './erasureFixtures';

function renderCard(handlers: Record<string, Handler>, permissions = AUDITOR_PERMISSIONS) {
  const fetch = fakeGraphQL(handlers);
  render(
    <TestProviders permissions={permissions}>
      <ErasureRequestsCard />
    </TestProviders>,
  );
  return fetch;
}

describe('<ErasureRequestsCard>', () => {
  it('lists the pending requests in Chinese, offers 批准/驳回, and pages with the cursor', async () => {
    const fetch = renderCard({
      CustomerErasures: (v) =>
        v.after === 'c1'
          ? erasurePage([erasure({ id: '3', customerId: '77', reason: '监管转办：客户投诉后要求删除' })])
          : erasurePage(
              [erasure(), erasure({ id: '11', customerId: '346', requestedBy: AUDITOR, reason: '客户书面申请' })],
              'c1',
            ),
    });
    const row = await screen.findByTestId('erasure-12');
    expect(row).toHaveAttribute('data-status', 'PENDING');
    expect(row).toHaveTextContent('#12');
    expect(within(row).getByTestId('erasure-customer')).toHaveTextContent('#345');
    expect(row).toHaveTextContent('客户来电要求删除其个人信息');
    expect(row).toHaveTextContent('陈主管');
    expect(row).toHaveTextContent('supervisor');
    expect(within(row).getByText('2026-12-07 10:04')).toBeInTheDocument(); // Beijing time
    expect(within(row).getByTestId('erasure-status')).toHaveTextContent('待审批');
    expect(within(row).getByTestId('erasure-approve-12')).toBeEnabled();
    expect(within(row).getByTestId('erasure-reject-12')).toBeEnabled();

    // the auditor's own request: shown, but not theirs to decide
    const own = screen.getByTestId('erasure-11');
    expect(within(own).getByTestId('erasure-actions')).toHaveAttribute('data-own', 'true');
    expect(within(own).getByTestId('erasure-approve-11')).toBeDisabled();
    expect(within(own).getByTestId('erasure-reject-11')).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByTestId('erasure-3')).toHaveTextContent('监管转办');
    expect(screen.getByText('已全部加载')).toBeInTheDocument();
    expect(operations(fetch).map((o) => o.variables)).toEqual([
      { status: 'PENDING', first: 20, after: null },
      { status: 'PENDING', first: 20, after: 'c1' },
    ]);
  });

  it('filters by status and shows who decided, why, and how many complaints were scrubbed', async () => {
    const fetch = renderCard({
      CustomerErasures: (v) =>
        v.status === 'PENDING'
          ? erasurePage([])
          : erasurePage([
              erasure({
                status: 'DONE',
                decidedBy: AUDITOR,
                decidedAt: '2026-12-07T03:30:00Z',
                decisionReason: '已核实客户身份',
                complaintsScrubbed: 2,
              }),
              erasure({
                id: '10',
                status: 'REJECTED',
                decidedBy: AUDITOR,
                decidedAt: '2026-12-06T03:00:00Z',
                decisionReason: '仍有未办结投诉',
              }),
            ]),
    });
    expect(await screen.findByText('当前没有待审批的删除申请')).toBeInTheDocument();
    const filter = screen.getByTestId('erasure-status-filter');
    for (const label of ['待审批', '已删除', '已驳回', '全部']) expect(within(filter).getByText(label)).toBeInTheDocument();

    await userEvent.click(within(filter).getByText('全部'));
    const done = await screen.findByTestId('erasure-12');
    expect(within(done).getByTestId('erasure-status')).toHaveTextContent('已删除');
    expect(within(done).getByTestId('erasure-decided')).toHaveTextContent('王审计');
    expect(within(done).getByTestId('erasure-decided')).toHaveTextContent('2026-12-07 11:30');
    expect(within(done).getByTestId('erasure-decision-reason')).toHaveTextContent('已核实客户身份');
    expect(within(done).getByTestId('erasure-scrubbed')).toHaveTextContent('2 件');
    expect(within(done).queryByTestId('erasure-approve-12')).toBeNull();
    const rejected = screen.getByTestId('erasure-10');
    expect(within(rejected).getByTestId('erasure-status')).toHaveTextContent('已驳回');
    expect(within(rejected).queryByTestId('erasure-scrubbed')).toBeNull();

    await userEvent.click(within(filter).getByText('已删除'));
    await waitFor(() => expect(screen.getByTestId('erasure-requests')).toHaveAttribute('data-filter', 'DONE'));
    expect(operations(fetch).map((o) => o.variables.status)).toEqual(['PENDING', null, 'DONE']);
  });

  it('offers no decision to someone who may only ask for erasures', async () => {
    renderCard({ CustomerErasures: () => erasurePage([erasure()]) }, ['customer.erase.request']);
    const row = await screen.findByTestId('erasure-12');
    expect(within(row).getByTestId('erasure-status')).toHaveTextContent('待审批');
    expect(within(row).queryByTestId('erasure-approve-12')).toBeNull();
    expect(within(row).queryByTestId('erasure-reject-12')).toBeNull();
    expect(screen.queryByText('操作')).toBeNull();
  });

  it('is not shown (nor asked for) without an erasure permission', async () => {
    const fetch = renderCard({ CustomerErasures: () => erasurePage([erasure()]) }, ['audit.read']);
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('erasure-requests')).toBeNull();
    expect(screen.queryByText('个人信息删除申请')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { I18nProvider } from '../../i18n';
import { fakeGraphQL } from '../../test/fakeServer';
import { DecideModal, type Decision } from './DecideModal';
import type { ApprovalRow } from './queries';

const approval: ApprovalRow = {
  id: '7',
  complaintId: '42',
  complaintNumber: 'TS20261207-000101',
  status: 'PENDING',
  amountCents: 272000,
  wronglyChargedCents: 136000,
  approvedCents: null,
  resolution: '错收的会员费按双倍返还',
  requestedBy: { id: '12', displayName: '赵丽娟' },
  requestedAt: '2026-12-07T02:00:00Z',
  decidedBy: null,
  decidedAt: null,
  decisionReason: null,
};

function renderModal(decision: Decision) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const onClose = vi.fn();
  render(
    <I18nProvider initialLocale="zh-CN">
      <QueryClientProvider client={client}>
        <App>
          <DecideModal approval={approval} decision={decision} onClose={onClose} />
        </App>
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { onClose };
}

const sent = (fetch: ReturnType<typeof fakeGraphQL>) =>
  (JSON.parse(fetch.mock.calls[0]?.[1]?.body as string) as { variables: unknown }).variables;

describe('<DecideModal>', () => {
  it('shows what was requested, and approves another amount in 元 with a reason', async () => {
    const fetch = fakeGraphQL({
      DecideApproval: () => ({
        data: { decideApproval: { ...approval, status: 'APPROVED', approvedCents: 200000 } },
      }),
    });
    const { onClose } = renderModal('approve');
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('批准：TS20261207-000101');
    expect(dialog).toHaveTextContent('2,720.00 元');
    expect(dialog).toHaveTextContent('双倍返还');
    expect(dialog).toHaveTextContent('不填则按申请金额 2,720.00 元 批准');

    await userEvent.type(screen.getByLabelText('批准金额'), '2000');
    await userEvent.click(screen.getByLabelText('批准原因'));
    await userEvent.paste(' 只核实到 1,000 元错收，按双倍返还 ');
    await userEvent.click(screen.getByTestId('approval-decide-submit'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent(fetch)).toEqual({
      input: { id: '7', approve: true, amountCents: 200000, reason: '只核实到 1,000 元错收，按双倍返还' },
    });
    expect(await screen.findByText('已批准工单 TS20261207-000101：2,000.00 元')).toBeInTheDocument();
  });

  it('rejects only with a reason, and words a refusal in Chinese', async () => {
    const fetch = fakeGraphQL({
      DecideApproval: () => ({
        data: null,
        errors: [{ message: 'approval 7 is already approved', extensions: { code: 'CONFLICT', reason: 'ALREADY_DECIDED' } }],
      }),
    });
    const { onClose } = renderModal('reject');
    expect(screen.queryByLabelText('批准金额')).toBeNull();
    await userEvent.click(screen.getByTestId('approval-decide-submit'));
    expect(await screen.findByText('请填写驳回原因')).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();

    await userEvent.click(screen.getByLabelText('驳回原因'));
    await userEvent.paste('金额依据不足');
    await userEvent.click(screen.getByTestId('approval-decide-submit'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('该审批已由他人处理或已撤回');
    expect(alert).not.toHaveTextContent('already approved');
    expect(sent(fetch)).toEqual({ input: { id: '7', approve: false, reason: '金额依据不足' } });
    expect(onClose).not.toHaveBeenCalled();
  });
});

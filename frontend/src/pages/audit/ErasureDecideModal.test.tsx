import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGraphQL, type Answer } from '../../test/fakeServer';
import { TestProviders } from '../../test/TestProviders';
import { ErasureRequestsCard } from './ErasureRequestsCard';
import { AUDITOR, AUDITOR_PERMISSIONS, erasure, erasurePage, operations } from './erasureFixtures';

/** The card with one pending request; `decide` answers DecideCustomerErasure. */
async function openDecision(button: 'approve' | 'reject', decide: (input: Record<string, unknown>) => Answer) {
  const sent: Array<Record<string, unknown>> = [];
  let decided: Record<string, unknown> | null = null;
  const fetch = fakeGraphQL({
    CustomerErasures: () => erasurePage([decided ? erasure(decided) : erasure()]),
    DecideCustomerErasure: (v) => {
      const input = v.input as Record<string, unknown>;
      sent.push(input);
      const answer = decide(input);
      if (answer.data) {
        decided = {
          status: input.approve ? 'DONE' : 'REJECTED',
          decidedBy: AUDITOR,
          decidedAt: '2026-12-07T03:00:00Z',
          decisionReason: input.reason,
          complaintsScrubbed: input.approve ? 1 : null,
        };
      }
      return answer;
    },
  });
  render(
    <TestProviders permissions={AUDITOR_PERMISSIONS}>
      <ErasureRequestsCard />
    </TestProviders>,
  );
  await userEvent.click(await screen.findByTestId(`erasure-${button}-12`));
  const dialog = await screen.findByRole('dialog');
  return { fetch, sent, dialog };
}

const decided = (input: Record<string, unknown>): Answer => ({
  data: {
    decideCustomerErasure: {
      id: '12',
      customerId: '345',
      status: input.approve ? 'DONE' : 'REJECTED',
      decidedAt: '2026-12-07T03:00:00Z',
      decisionReason: input.reason,
      complaintsScrubbed: input.approve ? 1 : null,
    },
  },
});

async function writeReason(text: string) {
  await userEvent.click(screen.getByTestId('erasure-decide-reason'));
  await userEvent.paste(text);
}

describe('<ErasureDecideModal>', () => {
  it('批准 warns that the erasure is irreversible and will not go without a reason', async () => {
    const { sent, dialog } = await openDecision('approve', decided);
    expect(dialog).toHaveTextContent('批准删除申请 #12');
    expect(within(dialog).getByTestId('erasure-irreversible')).toHaveTextContent('不可撤销');
    expect(within(dialog).getByTestId('erasure-irreversible')).toHaveTextContent('已删除');
    expect(within(dialog).getByTestId('erasure-decide-subject')).toHaveTextContent('客户#345');
    expect(within(dialog).getByTestId('erasure-decide-subject')).toHaveTextContent('客户来电要求删除其个人信息');
    expect(within(dialog).getByTestId('erasure-decide-subject')).toHaveTextContent('陈主管');
    await userEvent.click(screen.getByTestId('erasure-decide-submit'));
    expect(await within(dialog).findByText('请填写批准意见')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('批准 with a reason erases and refreshes the list', async () => {
    const { fetch, sent } = await openDecision('approve', decided);
    await writeReason('  已核实客户身份及删除请求 ');
    await userEvent.click(screen.getByTestId('erasure-decide-submit'));
    expect(await screen.findByText('已删除客户 #345 的个人信息')).toBeInTheDocument();
    expect(sent).toEqual([{ id: '12', approve: true, reason: '已核实客户身份及删除请求' }]);
    const row = screen.getByTestId('erasure-12');
    await waitFor(() => expect(row).toHaveAttribute('data-status', 'DONE'));
    expect(within(row).getByTestId('erasure-decision-reason')).toHaveTextContent('已核实客户身份及删除请求');
    expect(operations(fetch).map((o) => o.operationName)).toEqual([
      'CustomerErasures',
      'DecideCustomerErasure',
      'CustomerErasures',
    ]);
  });

  it('驳回 has no erasure warning and sends approve: false', async () => {
    const { sent, dialog } = await openDecision('reject', decided);
    expect(dialog).toHaveTextContent('驳回删除申请 #12');
    expect(within(dialog).queryByTestId('erasure-irreversible')).toBeNull();
    expect(dialog).toHaveTextContent('驳回后客户信息保持不变');
    await writeReason('该客户仍有未办结的投诉');
    await userEvent.click(screen.getByTestId('erasure-decide-submit'));
    expect(await screen.findByText('已驳回删除申请 #12')).toBeInTheDocument();
    expect(sent).toEqual([{ id: '12', approve: false, reason: '该客户仍有未办结的投诉' }]);
    await waitFor(() => expect(screen.getByTestId('erasure-12')).toHaveAttribute('data-status', 'REJECTED'));
  });

  it('says in Chinese that one cannot decide one’s own request (SELF_REVIEW)', async () => {
    const { dialog } = await openDecision('approve', () => ({
      data: null,
      errors: [
        {
          message: 'an erasure must be decided by someone other than its requester',
          extensions: { code: 'FORBIDDEN', reason: 'SELF_REVIEW' },
        },
      ],
    }));
    await writeReason('同意');
    await userEvent.click(screen.getByTestId('erasure-decide-submit'));
    expect(await within(dialog).findByText('审批未成功')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('不能审批自己提交的申请');
    expect(within(dialog).getByTestId('error-item')).toHaveAttribute('data-reason', 'SELF_REVIEW');
    expect(dialog).not.toHaveTextContent('someone other than');
    // the dialog stays open
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('says the request was already handled (ALREADY_DECIDED) and reloads the list', async () => {
    const { fetch, dialog } = await openDecision('reject', () => ({
      data: null,
      errors: [
        {
          message: 'erasure request 12 has already been decided',
          extensions: { code: 'CONFLICT', reason: 'ALREADY_DECIDED' },
        },
      ],
    }));
    await writeReason('不符合条件');
    await userEvent.click(screen.getByTestId('erasure-decide-submit'));
    expect(await within(dialog).findByText('审批未成功')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('该申请已被处理');
    expect(dialog).not.toHaveTextContent('already been decided');
    await waitFor(() =>
      expect(operations(fetch).map((o) => o.operationName)).toEqual([
        'CustomerErasures',
        'DecideCustomerErasure',
        'CustomerErasures',
      ]),
    );
  });
});

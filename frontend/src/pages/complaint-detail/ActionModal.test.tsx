import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { I18nProvider } from '../../i18n';
import { fakeGraphQL } from '../../test/fakeServer';
import type { ComplaintDetailQuery } from '../../gql/graphql';
import { ActionModal } from './ActionModal';

type Complaint = ComplaintDetailQuery['complaint'];

/** Types by pasting: key-by-key typing into antd's auto-sized text areas is very slow in jsdom. */
async function typeInto(el: HTMLElement, text: string) {
  await userEvent.click(el);
  await userEvent.paste(text);
}

const complaint = (over: Partial<Complaint> = {}): Complaint =>
  ({
    id: '42',
    version: 3,
    status: 'ACCEPTED',
    availableActions: ['ESCALATE', 'RESOLVE'],
    category: null,
    ...over,
  }) as Complaint;

function renderModal(c: Complaint, props: Partial<Parameters<typeof ActionModal>[0]> = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const handlers = {
    onClose: vi.fn(),
    onDone: vi.fn(),
    onReload: vi.fn(() => Promise.resolve()),
  };
  const ui = (cc: Complaint) => (
    <I18nProvider initialLocale="zh-CN">
      <QueryClientProvider client={client}>
        <App>
          <ActionModal action="ESCALATE" complaint={cc} reloading={false} {...handlers} {...props} />
        </App>
      </QueryClientProvider>
    </I18nProvider>
  );
  const view = render(ui(c));
  return { ...handlers, rerender: (cc: Complaint) => view.rerender(ui(cc)) };
}

describe('<ActionModal>', () => {
  it('sends the version the user saw, and reports the new one', async () => {
    const fetch = fakeGraphQL({
      DetailEscalate: () => ({ data: { escalateComplaint: { id: '42', status: 'ESCALATED', version: 4 } } }),
    });
    const { onDone } = renderModal(complaint());
    await typeInto(screen.getByLabelText('升级说明'), '  需要专家处理 ');
    await userEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('ESCALATE', { id: '42', status: 'ESCALATED', version: 4 }));
    const body = JSON.parse(fetch.mock.calls[0]?.[1]?.body as string) as { variables: unknown };
    expect(body.variables).toEqual({ input: { id: '42', expectedVersion: 3, note: '需要专家处理' } });
  });

  it('on CONFLICT says someone else changed it, reloads on request and keeps what was typed', async () => {
    let calls = 0;
    const fetch = fakeGraphQL({
      DetailEscalate: () => {
        calls += 1;
        return calls === 1
          ? {
              data: null,
              errors: [
                {
                  message: 'the complaint was changed by someone else (current version 4); reload and try again',
                  extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' },
                },
              ],
            }
          : { data: { escalateComplaint: { id: '42', status: 'ESCALATED', version: 5 } } };
      },
    });
    const { onReload, onDone, rerender } = renderModal(complaint());
    const note = screen.getByLabelText('升级说明');
    await typeInto(note, '客户多次来电');
    await userEvent.click(screen.getByTestId('action-submit'));

    const alert = await screen.findByTestId('conflict-alert');
    expect(alert).toHaveTextContent('该投诉已被他人更新');
    expect(alert).not.toHaveTextContent('current version 4');
    expect(screen.getByTestId('action-submit')).toBeDisabled();
    expect(onDone).not.toHaveBeenCalled();

    await userEvent.click(screen.getByTestId('conflict-reload'));
    expect(onReload).toHaveBeenCalledTimes(1);
    rerender(complaint({ version: 4 })); // what the reload brought
    await waitFor(() => expect(screen.queryByTestId('conflict-alert')).toBeNull());
    expect(screen.getByLabelText('升级说明')).toHaveValue('客户多次来电');

    await userEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const second = JSON.parse(fetch.mock.calls[1]?.[1]?.body as string) as {
      variables: { input: { expectedVersion: number } };
    };
    expect(second.variables.input.expectedVersion).toBe(4);
  });

  it('after a reload that moved the complaint on, the step can no longer be sent', () => {
    fakeGraphQL({});
    renderModal(complaint({ status: 'ESCALATED', availableActions: ['DISPATCH'] }));
    expect(screen.getByTestId('action-unavailable')).toBeInTheDocument();
    expect(screen.getByTestId('action-submit')).toBeDisabled();
  });

  it('words any other server error by its code and sends nothing without a required field', async () => {
    const fetch = fakeGraphQL({
      DetailReopen: () => ({
        data: null,
        errors: [{ message: 'reason must not be empty', extensions: { code: 'BAD_USER_INPUT' } }],
      }),
    });
    renderModal(complaint({ status: 'RESOLVED', availableActions: ['REOPEN'] }), { action: 'REOPEN' });
    await userEvent.click(screen.getByTestId('action-submit'));
    expect(await screen.findByText('请填写重新处理原因')).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
    await typeInto(screen.getByLabelText('重新处理原因'), 'x');
    await userEvent.click(screen.getByTestId('action-submit'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('输入内容有误，请检查后重试');
    expect(alert).toHaveTextContent('BAD_USER_INPUT');
    expect(alert).not.toHaveTextContent('reason must not be empty');
  });

  it('proposes a wrong charge by its fee, showing the double refund and that it exceeds the authority', async () => {
    const fetch = fakeGraphQL({
      MyAuthority: () => ({ data: { myAuthority: { limitCents: 100000 } } }),
      DetailPropose: () => ({ data: { proposeResolution: { id: '42', status: 'RESOLUTION_PROPOSED', version: 7 } } }),
    });
    const c = complaint({
      status: 'INVESTIGATED',
      version: 6,
      availableActions: ['PROPOSE_RESOLUTION'],
      responsibility: 'WRONG_CHARGE',
      refundRequestedCents: 30000,
      refundGrantedCents: null,
      approvals: [],
    });
    const { onDone } = renderModal(c, { action: 'PROPOSE_RESOLUTION' });
    // the refund is the server's to work out: only the fee is asked for
    expect(screen.queryByLabelText('批准退款/赔偿金额')).toBeNull();
    expect(await screen.findByTestId('double-hint')).toHaveTextContent('按客户要求的 300.00 元 计算，将提出退款 600.00 元');
    expect(screen.queryByTestId('authority-hint')).toBeNull();

    await userEvent.type(screen.getByLabelText('错收金额'), '1360');
    expect(screen.getByTestId('double-hint')).toHaveTextContent('错收双倍返还：将提出退款 2,720.00 元');
    expect(await screen.findByTestId('authority-hint')).toHaveTextContent(
      '超出您的审批权限（1,000.00 元），提交后需审批人批准',
    );
    await typeInto(screen.getByLabelText('处理方案'), '错收会员费双倍返还');
    await userEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const propose = fetch.mock.calls
      .map((call) => JSON.parse(call[1]?.body as string) as { operationName: string; variables: unknown })
      .find((b) => b.operationName === 'DetailPropose');
    expect(propose?.variables).toEqual({
      input: { id: '42', expectedVersion: 6, resolution: '错收会员费双倍返还', wronglyChargedCents: 136000 },
    });
  });

  it('warns when a resolution exceeds the authority and no approval covers it', async () => {
    fakeGraphQL({ MyAuthority: () => ({ data: { myAuthority: { limitCents: 100000 } } }) });
    const approved = { status: 'APPROVED', approvedCents: 200000 } as Complaint['approvals'][number];
    renderModal(
      complaint({
        status: 'RESOLUTION_PROPOSED',
        availableActions: ['RESOLVE'],
        refundGrantedCents: 200000,
        approvals: [approved],
      }),
      { action: 'RESOLVE' },
    );
    const refund = screen.getByLabelText('批准退款/赔偿金额');
    await userEvent.type(refund, '2500');
    expect(await screen.findByTestId('authority-hint')).toHaveTextContent('没有已批准的审批覆盖该金额');
    await userEvent.clear(refund);
    // the approved 2,000 元 covers what is granted now
    await waitFor(() => expect(screen.queryByTestId('authority-hint')).toBeNull());
  });

  it('returns a wrong dispatch to the experts only with a reason, asked in its own words', async () => {
    const fetch = fakeGraphQL({
      DetailReturn: () => ({ data: { returnComplaint: { id: '42', status: 'ESCALATED', version: 5 } } }),
    });
    const { onDone } = renderModal(complaint({ status: 'DISPATCHED', version: 4, availableActions: ['RETURN'] }), {
      action: 'RETURN',
    });
    expect(screen.getByRole('dialog')).toHaveTextContent('退单至专家组');
    const reason = screen.getByLabelText('退单原因');
    expect(reason).toHaveAttribute('placeholder', '说明为何不属于本部门，专家组将据此重新派单');
    await typeInto(reason, '   ');
    await userEvent.click(screen.getByTestId('action-submit'));
    expect(await screen.findByText('请填写退单原因')).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
    await typeInto(reason, ' 属于网络运维部的宽带故障 ');
    await userEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('RETURN', { id: '42', status: 'ESCALATED', version: 5 }));
    const body = JSON.parse(fetch.mock.calls[0]?.[1]?.body as string) as { query: string; variables: unknown };
    expect(body.query).toContain('returnComplaint');
    expect(body.variables).toEqual({ input: { id: '42', expectedVersion: 4, reason: '属于网络运维部的宽带故障' } });
  });
});

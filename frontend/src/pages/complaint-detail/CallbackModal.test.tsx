import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { I18nProvider } from '../../i18n';
import { fakeGraphQL } from '../../test/fakeServer';
import { CallbackModal, type CallbackTarget } from './CallbackModal';

const target = (over: Partial<CallbackTarget> = {}): CallbackTarget => ({
  id: '42',
  number: 'TS20261207-000042',
  version: 3,
  availableActions: ['RECORD_CALLBACK', 'CALLBACK_ATTEMPT', 'REOPEN'],
  callbackAttempts: 0,
  ...over,
});

function renderModal(props: Partial<Parameters<typeof CallbackModal>[0]> = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const handlers = { onClose: vi.fn(), onDone: vi.fn(), onReload: vi.fn(() => Promise.resolve()) };
  render(
    <I18nProvider initialLocale="zh-CN">
      <QueryClientProvider client={client}>
        <App>
          <CallbackModal
            action="RECORD_CALLBACK"
            complaint={target()}
            canOverride={false}
            reloading={false}
            {...handlers}
            {...props}
          />
        </App>
      </QueryClientProvider>
    </I18nProvider>,
  );
  return handlers;
}

/** Picks a score (a click without hovering: the stars' tooltips are slow in jsdom). */
const rate = (n: number) => fireEvent.click(screen.getAllByRole('radio')[n - 1] as HTMLElement);
const sent = (fetch: ReturnType<typeof fakeGraphQL>) =>
  (JSON.parse(fetch.mock.calls[0]?.[1]?.body as string) as { variables: unknown }).variables;

describe('<CallbackModal>', () => {
  it('says a good score closes the complaint, and that it was closed', async () => {
    const fetch = fakeGraphQL({
      DetailCallback: () => ({ data: { recordCallback: { id: '42', status: 'CLOSED', version: 4 } } }),
    });
    const { onDone } = renderModal();
    rate(4);
    expect(screen.getByTestId('callback-effect')).toHaveAttribute('data-effect', 'close');
    expect(screen.getByTestId('callback-effect')).toHaveTextContent('提交后投诉直接结案');
    await userEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(
        { id: '42', status: 'CLOSED', version: 4 },
        '回访已记录，投诉 TS20261207-000042 已结案',
      ),
    );
    expect(sent(fetch)).toEqual({ input: { id: '42', expectedVersion: 3, satisfaction: 4 } });
  });

  it('warns that a low score reopens the complaint; an agent cannot close it anyway', async () => {
    fakeGraphQL({
      DetailCallback: () => ({ data: { recordCallback: { id: '42', status: 'ESCALATED', version: 4 } } }),
    });
    const { onDone } = renderModal();
    rate(1);
    const effect = screen.getByTestId('callback-effect');
    expect(effect).toHaveAttribute('data-effect', 'reopen');
    expect(effect).toHaveTextContent('提交后投诉将重新处理');
    expect(effect).toHaveTextContent('退回专家组');
    expect(screen.queryByTestId('callback-close-despite')).toBeNull();
    await userEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(expect.anything(), '客户不满意，投诉 TS20261207-000042 已重新交专家组处理'),
    );
  });

  it('lets a supervisor close a low score anyway, requiring a reason', async () => {
    const fetch = fakeGraphQL({
      DetailCallback: () => ({ data: { recordCallback: { id: '42', status: 'CLOSED', version: 4 } } }),
    });
    const { onDone } = renderModal({ canOverride: true });
    rate(4);
    expect(screen.queryByTestId('callback-close-despite')).toBeNull();
    rate(2);
    await userEvent.click(screen.getByText('仍予结案（不再重新处理）'));
    expect(screen.getByTestId('callback-effect')).toHaveAttribute('data-effect', 'closeDespite');
    await userEvent.click(screen.getByTestId('action-submit'));
    expect(await screen.findByText('请填写结案理由')).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
    await userEvent.click(screen.getByLabelText('结案理由'));
    await userEvent.paste('已按最高标准补偿');
    await userEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(
        expect.anything(),
        '回访已记录，投诉 TS20261207-000042 客户不满意仍予结案',
      ),
    );
    expect(sent(fetch)).toEqual({
      input: { id: '42', expectedVersion: 3, satisfaction: 2, closeDespiteLowScore: true, reason: '已按最高标准补偿' },
    });
  });

  it('counts an unanswered attempt, and warns that the third closes the complaint as unreachable', async () => {
    const fetch = fakeGraphQL({
      DetailCallbackAttempt: () => ({ data: { recordCallbackAttempt: { id: '42', status: 'CLOSED', version: 6 } } }),
    });
    const { onDone } = renderModal({
      action: 'CALLBACK_ATTEMPT',
      complaint: target({ callbackAttempts: 2, version: 5 }),
    });
    const warning = screen.getByTestId('attempt-warning');
    expect(warning).toHaveAttribute('data-last', 'true');
    expect(warning).toHaveTextContent('这是第 3 次未接通，提交后投诉将按「无法联系」结案');
    await userEvent.click(screen.getByLabelText('未接通情况'));
    await userEvent.paste(' 关机 ');
    await userEvent.click(screen.getByTestId('action-submit'));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(expect.anything(), '3 次回访均未接通，投诉 TS20261207-000042 已按无法联系结案'),
    );
    expect(sent(fetch)).toEqual({ input: { id: '42', expectedVersion: 5, note: '关机' } });
  });

  it('before the last attempt says which one it is', () => {
    renderModal({ action: 'CALLBACK_ATTEMPT', complaint: target({ callbackAttempts: 1 }) });
    const warning = screen.getByTestId('attempt-warning');
    expect(warning).toHaveAttribute('data-last', 'false');
    expect(warning).toHaveTextContent('这是第 2/3 次未接通');
  });
});

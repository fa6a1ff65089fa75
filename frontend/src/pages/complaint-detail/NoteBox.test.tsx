import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { AuthContext, type AuthContextValue } from '../../auth/context';
import { I18nProvider } from '../../i18n';
import { fakeGraphQL } from '../../test/fakeServer';
import { NoteBox } from './NoteBox';

function renderBox(permissions: string[]) {
  const auth: AuthContextValue = {
    state: {
      status: 'signedIn',
      me: { permissions, user: { id: '3', username: 'expert', displayName: '李娜', roles: ['expert'], team: null } },
    },
    login: () => Promise.reject(new Error('unused')),
    logout: () => Promise.resolve(),
    recheck: () => undefined,
  };
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const onAdded = vi.fn();
  render(
    <I18nProvider initialLocale="zh-CN">
      <AuthContext.Provider value={auth}>
        <QueryClientProvider client={client}>
          <App>
            <NoteBox complaintId="42" onAdded={onAdded} />
          </App>
        </QueryClientProvider>
      </AuthContext.Provider>
    </I18nProvider>,
  );
  return { onAdded };
}

describe('<NoteBox>', () => {
  it('offers no visibility choice without complaint.note.customer, and sends internal notes', async () => {
    const fetch = fakeGraphQL({ DetailAddNote: () => ({ data: { addComplaintNote: { id: '9' } } }) });
    const { onAdded } = renderBox(['complaint.note']);
    expect(screen.queryByTestId('note-visibility')).toBeNull();
    await userEvent.click(screen.getByLabelText(/添加内部备注/));
    await userEvent.paste('客户要求晚上回电');
    await userEvent.click(screen.getByTestId('note-submit'));
    await waitFor(() => expect(onAdded).toHaveBeenCalled());
    const body = JSON.parse(fetch.mock.calls[0]?.[1]?.body as string) as { variables: unknown };
    expect(body.variables).toEqual({ input: { id: '42', body: '客户要求晚上回电', visibility: 'INTERNAL' } });
  });

  it('lets those who may write to the customer send a customer-visible note', async () => {
    const fetch = fakeGraphQL({ DetailAddNote: () => ({ data: { addComplaintNote: { id: '9' } } }) });
    const { onAdded } = renderBox(['complaint.note', 'complaint.note.customer']);
    await userEvent.click(screen.getByText('客户可见'));
    expect(screen.getByTestId('note-box').getAttribute('data-visibility')).toBe('CUSTOMER');
    expect(screen.getByLabelText('承诺下次答复时间')).toBeTruthy();
    await userEvent.click(screen.getByLabelText(/添加客户可见的进展说明/));
    await userEvent.paste('已安排师傅上门');
    await userEvent.click(screen.getByTestId('note-submit'));
    await waitFor(() => expect(onAdded).toHaveBeenCalled());
    const body = JSON.parse(fetch.mock.calls[0]?.[1]?.body as string) as { variables: unknown };
    expect(body.variables).toEqual({ input: { id: '42', body: '已安排师傅上门', visibility: 'CUSTOMER' } });
  });
});

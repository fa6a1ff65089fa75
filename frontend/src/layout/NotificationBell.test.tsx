import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { MemoryRouter } from 'react-router-dom';
import { I18nProvider } from '../i18n';
import { LiveProvider, type LiveClient } from '../live';
import { fakeGraphQL } from '../test/fakeServer';
import { NotificationBell } from './NotificationBell';

/** A live client the test pushes events through. */
function fakeLive() {
  const sinks: Array<(d: unknown) => void> = [];
  const client: LiveClient = {
    subscribe: (_doc, _vars, onData) => {
      const sink = onData as (d: unknown) => void;
      sinks.push(sink);
      return () => sinks.splice(sinks.indexOf(sink), 1);
    },
    dispose: () => undefined,
  };
  const push = (unreadCount: number, id?: string) =>
    act(() => {
      for (const s of sinks) s({ notifications: { unreadCount, notification: id ? { id } : null } });
    });
  return { client, push, sinks };
}

const NODE = {
  id: '7',
  kind: 'ASSIGNED',
  title: '投诉 TS20261205-000001 已指派给您',
  body: '宽带无故扣费',
  complaintId: '42',
  createdAt: '2026-12-05T01:00:00Z',
  readAt: null,
};

function renderBell(live: LiveClient) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <I18nProvider initialLocale="zh-CN">
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <App>
            <LiveProvider client={live}>
              <NotificationBell />
            </LiveProvider>
          </App>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>,
  );
}

describe('<NotificationBell>', () => {
  it('shows the count pushed by the subscription, without any request', async () => {
    const fetch = fakeGraphQL({});
    const live = fakeLive();
    renderBell(live.client);
    const bell = screen.getByTestId('notification-bell');
    expect(bell).toHaveAttribute('data-count', '');
    await waitFor(() => expect(live.sinks).toHaveLength(1));
    live.push(2);
    expect(bell).toHaveAttribute('data-count', '2');
    expect(bell).toHaveAccessibleName('通知（2 条未读）');
    live.push(3, '9');
    expect(bell).toHaveAttribute('data-count', '3');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('lists notifications with a link to the complaint and marks one read', async () => {
    let read = false;
    const marked: unknown[] = [];
    fakeGraphQL({
      NotificationList: () => ({
        data: { notifications: { edges: [{ node: { ...NODE, readAt: read ? '2026-12-05T02:00:00Z' : null } }] } },
      }),
      MarkNotificationsRead: (v) => {
        marked.push(v);
        read = true;
        return { data: { markNotificationsRead: { unreadCount: 0 } } };
      },
    });
    const live = fakeLive();
    renderBell(live.client);
    await waitFor(() => expect(live.sinks).toHaveLength(1));
    live.push(1);
    await userEvent.click(screen.getByTestId('notification-bell'));
    const item = await screen.findByTestId('notification-item');
    expect(item).toHaveTextContent('指派给您');
    expect(item).toHaveTextContent('宽带无故扣费');
    // what happened, with the complaint's number, above its description
    expect(item).toHaveTextContent('投诉 TS20261205-000001 已指派给您');
    expect(screen.getByRole('link', { name: '查看投诉' })).toHaveAttribute('href', '/complaints/42');
    await userEvent.click(screen.getByRole('button', { name: '标为已读' }));
    await waitFor(() => expect(screen.getByTestId('notification-bell')).toHaveAttribute('data-count', '0'));
    expect(marked).toEqual([{ input: { ids: ['7'] } }]);
    await waitFor(() => expect(screen.getByTestId('notification-item')).toHaveAttribute('data-unread', 'false'));
  });

  it('labels a compliance alert and leads to the 合规审计 page', async () => {
    fakeGraphQL({
      NotificationList: () => ({
        data: {
          notifications: {
            edges: [
              {
                node: {
                  ...NODE,
                  id: '8',
                  kind: 'COMPLIANCE_ALERT',
                  title: '合规预警：批量查看客户',
                  body: 'agent 10 分钟内查看了 35 位客户',
                  complaintId: null,
                },
              },
            ],
          },
        },
      }),
      MarkNotificationsRead: () => ({ data: { markNotificationsRead: { unreadCount: 0 } } }),
    });
    const live = fakeLive();
    renderBell(live.client);
    await waitFor(() => expect(live.sinks).toHaveLength(1));
    live.push(1);
    await userEvent.click(screen.getByTestId('notification-bell'));
    const item = await screen.findByTestId('notification-item');
    expect(item).toHaveAttribute('data-kind', 'COMPLIANCE_ALERT');
    expect(item).toHaveTextContent('合规预警');
    expect(screen.getByRole('link', { name: '查看合规预警' })).toHaveAttribute('href', '/audit');
  });
});

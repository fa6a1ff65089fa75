import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { I18nProvider } from '../i18n';
import { fakeGraphQL } from '../test/fakeServer';
import { ChangePasswordModal } from './ChangePasswordModal';

function renderModal() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const onClose = vi.fn();
  render(
    <I18nProvider initialLocale="zh-CN">
      <QueryClientProvider client={client}>
        <App>
          <ChangePasswordModal onClose={onClose} />
        </App>
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { onClose };
}

/** Pastes: key-by-key typing is very slow in jsdom. */
async function typeInto(el: HTMLElement, text: string) {
  await userEvent.click(el);
  await userEvent.paste(text);
}

async function fill(current: string, next: string, confirm = next) {
  await typeInto(screen.getByLabelText('当前密码'), current);
  await typeInto(screen.getByLabelText('新密码'), next);
  await typeInto(screen.getByLabelText('确认新密码'), confirm);
  await userEvent.click(screen.getByTestId('change-password-submit'));
}

describe('<ChangePasswordModal>', () => {
  it('checks the new password before sending anything', async () => {
    const fetch = fakeGraphQL({});
    renderModal();
    await fill('Kesu-demo-2026', 'short-1', 'different-2026');
    expect(await screen.findByText('新密码至少 10 位')).toBeInTheDocument();
    expect(screen.getByText('两次输入的新密码不一致')).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends current and new password, then closes', async () => {
    const fetch = fakeGraphQL({ ChangeOwnPassword: () => ({ data: { changePassword: true } }) });
    const { onClose } = renderModal();
    await fill('Kesu-demo-2026', 'New-secret-2027');
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const body = JSON.parse(fetch.mock.calls[0]?.[1]?.body as string) as { variables: unknown };
    expect(body.variables).toEqual({ input: { currentPassword: 'Kesu-demo-2026', newPassword: 'New-secret-2027' } });
  });

  it('puts WRONG_PASSWORD on the current password field, in the console’s words', async () => {
    fakeGraphQL({
      ChangeOwnPassword: () => ({
        data: null,
        errors: [
          {
            message: 'current password is wrong',
            extensions: { code: 'BAD_USER_INPUT', reason: 'WRONG_PASSWORD', field: 'currentPassword' },
          },
        ],
      }),
    });
    const { onClose } = renderModal();
    await fill('not-my-password-1', 'New-secret-2027');
    expect(await screen.findByText('当前密码不正确。')).toBeInTheDocument();
    expect(screen.queryByText('current password is wrong')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('explains WEAK_PASSWORD on the new password field', async () => {
    fakeGraphQL({
      ChangeOwnPassword: () => ({
        data: null,
        errors: [
          {
            message: 'password is too easy to guess (strength 1 of 4, 3 needed)',
            extensions: { code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD', field: 'password' },
          },
        ],
      }),
    });
    renderModal();
    await fill('Kesu-demo-2026', 'qwerty123456');
    expect(await screen.findByText(/太容易被猜到/)).toBeInTheDocument();
  });
});

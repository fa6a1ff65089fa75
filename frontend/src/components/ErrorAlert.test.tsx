import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../i18n';
import { GraphQLRequestError } from '../api/errors';
import { ErrorAlert } from './ErrorAlert';

const renderZh = (ui: React.ReactNode) => render(<I18nProvider initialLocale="zh-CN">{ui}</I18nProvider>);

describe('<ErrorAlert>', () => {
  it('shows every server message verbatim with its code and the request id', () => {
    const err = new GraphQLRequestError(
      [
        { message: 'version 3 is stale (current 4)', code: 'CONFLICT', path: ['escalateComplaint'] },
        { message: 'note is too long', code: 'BAD_USER_INPUT' },
      ],
      { requestId: 'abc123' },
    );
    renderZh(<ErrorAlert error={err} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('数据已被他人修改');
    expect(alert).toHaveTextContent('version 3 is stale (current 4)');
    expect(alert).toHaveTextContent('错误码: CONFLICT');
    expect(alert).toHaveTextContent('note is too long');
    expect(alert).toHaveTextContent('错误码: BAD_USER_INPUT');
    expect(alert).toHaveTextContent('escalateComplaint');
    expect(alert).toHaveTextContent('abc123');
    expect(screen.getAllByTestId('error-item')).toHaveLength(2);
  });

  it('shows a plain error and offers a retry', async () => {
    const onRetry = vi.fn();
    renderZh(<ErrorAlert error={new Error('chunk failed to load')} onRetry={onRetry} title="加载失败" />);
    expect(screen.getByRole('alert')).toHaveTextContent('加载失败');
    expect(screen.getByRole('alert')).toHaveTextContent('chunk failed to load');
    await userEvent.click(screen.getByRole('button'));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

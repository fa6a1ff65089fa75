import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider, type Locale } from '../i18n';
import { GraphQLRequestError } from '../api/errors';
import { ErrorAlert } from './ErrorAlert';

const renderIn = (locale: Locale, ui: React.ReactNode) =>
  render(<I18nProvider initialLocale={locale}>{ui}</I18nProvider>);

describe('<ErrorAlert>', () => {
  it('words each error by its reason, never with the server’s text, and shows the request id', () => {
    const err = new GraphQLRequestError(
      [
        {
          message: 'version 3 is stale (current 4)',
          code: 'CONFLICT',
          reason: 'STALE_VERSION',
          path: ['escalateComplaint'],
        },
        { message: 'note is too long', code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'note' },
      ],
      { requestId: 'abc123' },
    );
    renderIn('zh-CN', <ErrorAlert error={err} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('数据已被他人修改');
    expect(alert).toHaveTextContent('其他人修改了这条记录');
    expect(alert).toHaveTextContent('错误码: STALE_VERSION');
    expect(alert).toHaveTextContent('「备注」填写有误');
    expect(alert).toHaveTextContent('错误码: INVALID_INPUT');
    expect(alert).not.toHaveTextContent('version 3 is stale');
    expect(alert).not.toHaveTextContent('note is too long');
    expect(alert).toHaveTextContent('abc123');
    expect(screen.getAllByTestId('error-item')).toHaveLength(2);
  });

  it('titles a duplicate name “already exists”, not “changed by someone else”', () => {
    const err = new GraphQLRequestError([
      { message: 'username "agent" is taken', code: 'CONFLICT', reason: 'ALREADY_EXISTS', field: 'username' },
    ]);
    renderIn('zh-CN', <ErrorAlert error={err} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('数据已存在');
    expect(alert).toHaveTextContent('该用户名已存在');
    expect(alert).not.toHaveTextContent('数据已被他人修改');
  });

  it('speaks English in English mode', () => {
    const err = new GraphQLRequestError([{ message: 'x', code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_FILE_TYPE' }]);
    renderIn('en-US', <ErrorAlert error={err} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Invalid input');
    expect(alert).toHaveTextContent('This file type is not accepted');
  });

  it('shows a plain error generically and offers a retry', async () => {
    const onRetry = vi.fn();
    renderIn('zh-CN', <ErrorAlert error={new Error('chunk failed to load')} onRetry={onRetry} title="加载失败" />);
    expect(screen.getByRole('alert')).toHaveTextContent('加载失败');
    expect(screen.getByRole('alert')).toHaveTextContent('操作未能完成');
    await userEvent.click(screen.getByRole('button'));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { I18nProvider, type Locale } from '../../i18n';
import type { JustCreatedState } from './justCreated';
import { readJustCreated } from './justCreated';
import { TellCustomer } from './TellCustomer';

const MESSAGE =
  '您的投诉已登记，受理编号 TS20261207-000001。可凭受理编号和登记手机号后四位在 http://127.0.0.1:8080/status?n=TS20261207-000001 查询处理进度。';

function renderMessage(locale: Locale = 'zh-CN') {
  render(
    <I18nProvider initialLocale={locale}>
      <TellCustomer message={MESSAGE} />
    </I18nProvider>,
  );
  return screen.getByTestId('tell-customer');
}

describe('<TellCustomer>', () => {
  it('shows what to tell the customer under 告知客户, with a copy button', () => {
    const alert = renderMessage();
    expect(alert).toHaveTextContent('告知客户');
    expect(screen.getByTestId('customer-message')).toHaveTextContent(MESSAGE);
    expect(within(alert).getByRole('button', { name: '复制' })).toBeInTheDocument();
  });

  it('titles it in English but leaves the customer’s text as the server wrote it', () => {
    const alert = renderMessage('en-US');
    expect(alert).toHaveTextContent('Tell the customer');
    expect(alert).not.toHaveTextContent('告知客户');
    expect(screen.getByTestId('customer-message')).toHaveTextContent(MESSAGE);
    expect(within(alert).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
  });
});

describe('readJustCreated', () => {
  const handOver: JustCreatedState = {
    justCreated: { number: 'TS20261207-000001', customerMessage: MESSAGE, possibleRepeats: [] },
  };

  it('carries the customer message from the intake page', () => {
    expect(readJustCreated(handOver)).toEqual(handOver.justCreated);
  });

  it('reads a hand-over without a message (an older tab) as having none', () => {
    expect(readJustCreated({ justCreated: { number: 'TS20261207-000001', possibleRepeats: [] } })).toEqual({
      number: 'TS20261207-000001',
      customerMessage: null,
      possibleRepeats: [],
    });
    expect(readJustCreated({ justCreated: { ...handOver.justCreated, customerMessage: 42 } })?.customerMessage).toBe(
      null,
    );
    expect(readJustCreated(null)).toBeNull();
    expect(readJustCreated({ justCreated: { customerMessage: MESSAGE } })).toBeNull();
  });
});

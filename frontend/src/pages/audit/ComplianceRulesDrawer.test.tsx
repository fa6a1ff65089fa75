import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { I18nProvider } from '../../i18n';
import { fakeGraphQL, type Answer } from '../../test/fakeServer';
import { ComplianceAlertsCard } from './ComplianceAlertsCard';

const RULES = [
  // the server's order need not be the console's
  { rule: 'LARGE_EXPORT', enabled: true, threshold: 1000, windowMinutes: 60, version: 1, updatedAt: null },
  {
    rule: 'MASS_ACCESS',
    enabled: true,
    threshold: 20,
    windowMinutes: 10,
    version: 3,
    updatedAt: '2026-12-06T08:00:00Z',
  },
  { rule: 'OFF_HOURS', enabled: true, threshold: 1, windowMinutes: 60, version: 1, updatedAt: null },
  { rule: 'REPEATED_DENIALS', enabled: false, threshold: 10, windowMinutes: 10, version: 2, updatedAt: null },
];

type Rule = (typeof RULES)[number];

/** Opens 规则设置 from the card; `update` answers UpdateComplianceRule. */
async function openRules(update: (input: Record<string, unknown>) => Answer, rules: () => Rule[] = () => RULES) {
  const sent: Array<Record<string, unknown>> = [];
  const fetch = fakeGraphQL({
    ComplianceAlerts: () => ({
      data: { complianceAlerts: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } },
    }),
    ComplianceRules: () => ({ data: { complianceRules: rules() } }),
    UpdateComplianceRule: (v) => {
      const input = v.input as Record<string, unknown>;
      sent.push(input);
      return update(input);
    },
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <I18nProvider initialLocale="zh-CN">
      <QueryClientProvider client={client}>
        <App>
          <ComplianceAlertsCard />
        </App>
      </QueryClientProvider>
    </I18nProvider>,
  );
  await userEvent.click(await screen.findByTestId('compliance-rules-open'));
  const mass = await screen.findByTestId('compliance-rule-MASS_ACCESS');
  return { fetch, sent, mass };
}

async function setNumber(row: HTMLElement, label: string, value: string) {
  const input = within(row).getByLabelText(label);
  await userEvent.clear(input);
  await userEvent.type(input, value);
}

describe('规则设置 (compliance rules)', () => {
  it('lists the rules in order and saves one with the version it was read at', async () => {
    let saved = false;
    const { sent, mass } = await openRules(
      (input) => {
        saved = true;
        return { data: { updateComplianceRule: { ...RULES[1], ...input, version: 4 } } };
      },
      () => (saved ? RULES.map((r) => (r.rule === 'MASS_ACCESS' ? { ...r, threshold: 30, version: 4 } : r)) : RULES),
    );
    const drawer = screen.getByTestId('compliance-rules');
    expect(
      within(drawer)
        .getAllByTestId(/^compliance-rule-[A-Z_]+$/)
        .map((e) => e.dataset.testid),
    ).toEqual([
      'compliance-rule-MASS_ACCESS',
      'compliance-rule-OFF_HOURS',
      'compliance-rule-REPEATED_DENIALS',
      'compliance-rule-LARGE_EXPORT',
    ]);
    expect(mass).toHaveTextContent('批量查看客户');
    expect(mass).toHaveTextContent('同一人在 10 分钟内查看（或显示完整联系方式）的客户超过 20 位');
    expect(mass).toHaveTextContent('更新于 2026-12-06 16:00');
    expect(within(screen.getByTestId('compliance-rule-REPEATED_DENIALS')).getByRole('switch')).not.toBeChecked();
    expect(within(mass).getByLabelText('阈值')).toHaveValue('20');

    await setNumber(mass, '阈值', '30');
    await userEvent.click(within(mass).getByTestId('compliance-rule-save-MASS_ACCESS'));
    expect(await screen.findByText('「批量查看客户」已保存')).toBeInTheDocument();
    expect(sent).toEqual([
      { rule: 'MASS_ACCESS', expectedVersion: 3, enabled: true, threshold: 30, windowMinutes: 10 },
    ]);
    await waitFor(() => expect(screen.getByTestId('compliance-rule-MASS_ACCESS')).toHaveAttribute('data-version', '4'));
    expect(within(screen.getByTestId('compliance-rule-MASS_ACCESS')).getByLabelText('阈值')).toHaveValue('30');
  });

  it('shows the field the server refused, in the console’s words', async () => {
    const { sent, mass } = await openRules(() => ({
      data: null,
      errors: [
        {
          message: 'windowMinutes must be between 1 and 1440',
          extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'windowMinutes' },
        },
      ],
    }));
    await setNumber(mass, '时间窗（分钟）', '15');
    await userEvent.click(within(mass).getByTestId('compliance-rule-save-MASS_ACCESS'));
    expect(await within(mass).findByText('时间窗须在 1 到 1440 分钟之间')).toBeInTheDocument();
    expect(within(mass).getByText('保存未成功')).toBeInTheDocument();
    expect(within(mass).getByTestId('error-item')).toHaveAttribute('data-reason', 'INVALID_INPUT');
    expect(mass).not.toHaveTextContent('must be between');
    expect(sent).toEqual([
      { rule: 'MASS_ACCESS', expectedVersion: 3, enabled: true, threshold: 20, windowMinutes: 15 },
    ]);
  });

  it('reloads the rule when someone else changed it (CONFLICT)', async () => {
    let changed = false;
    const { fetch, mass } = await openRules(
      () => {
        changed = true;
        return {
          data: null,
          errors: [{ message: 'the rule was changed meanwhile', extensions: { code: 'CONFLICT' } }],
        };
      },
      () => (changed ? RULES.map((r) => (r.rule === 'MASS_ACCESS' ? { ...r, threshold: 25, version: 5 } : r)) : RULES),
    );
    await userEvent.click(within(mass).getByRole('switch'));
    await userEvent.click(within(mass).getByTestId('compliance-rule-save-MASS_ACCESS'));
    expect(await within(mass).findByText('该规则刚被他人修改，已载入最新设置，请核对后重新保存。')).toBeInTheDocument();
    await waitFor(() => expect(mass).toHaveAttribute('data-version', '5'));
    expect(within(mass).getByLabelText('阈值')).toHaveValue('25');
    expect(within(mass).getByRole('switch')).toBeChecked();
    const ops = fetch.mock.calls.map(
      (c) => (JSON.parse(c[1]?.body as string) as { operationName: string }).operationName,
    );
    expect(ops.filter((o) => o === 'ComplianceRules')).toHaveLength(2);
  });
});

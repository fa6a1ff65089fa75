import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGraphQL, type Answer } from '../../test/fakeServer';
import { TestProviders } from '../../test/TestProviders';
import { ErasureRequestsCard } from './ErasureRequestsCard';
import {
  AUDITOR_PERMISSIONS,
  erasurePage,
  operations,
  RETENTION_RULES,
  type RetentionRuleFixture as Rule,
} from './erasureFixtures';

/** Opens 保存期限 from the card; `update` answers UpdateRetentionRule. */
async function openRetention(
  update: (input: Record<string, unknown>) => Answer,
  rules: () => Rule[] = () => RETENTION_RULES,
  permissions = AUDITOR_PERMISSIONS,
) {
  const sent: Array<Record<string, unknown>> = [];
  const fetch = fakeGraphQL({
    CustomerErasures: () => erasurePage([]),
    RetentionRules: () => ({ data: { retentionRules: rules() } }),
    UpdateRetentionRule: (v) => {
      const input = v.input as Record<string, unknown>;
      sent.push(input);
      return update(input);
    },
  });
  render(
    <TestProviders permissions={permissions}>
      <ErasureRequestsCard />
    </TestProviders>,
  );
  await userEvent.click(await screen.findByTestId('retention-open'));
  const customer = await screen.findByTestId('retention-rule-CUSTOMER');
  return { fetch, sent, customer };
}

async function setDays(row: HTMLElement, value: string) {
  const input = within(row).getByLabelText('保存天数');
  await userEvent.clear(input);
  await userEvent.type(input, value);
}

const withCustomer = (over: Partial<Rule>) =>
  RETENTION_RULES.map((r) => (r.recordClass === 'CUSTOMER' ? { ...r, ...over } : r));

describe('保存期限 (retention rules)', () => {
  it('lists the classes in order with what each means, and saves one with the version it was read at', async () => {
    let saved = false;
    const { sent, customer } = await openRetention(
      (input) => {
        saved = true;
        return { data: { updateRetentionRule: { ...RETENTION_RULES[1], ...input, version: 4 } } };
      },
      () => (saved ? withCustomer({ days: 1460, version: 4 }) : RETENTION_RULES),
    );
    const drawer = screen.getByTestId('retention-rules');
    expect(drawer).toHaveAttribute('data-editable', 'true');
    expect(within(drawer).queryByTestId('retention-read-only')).toBeNull();
    expect(
      within(drawer)
        .getAllByTestId(/^retention-rule-[A-Z_]+$/)
        .map((e) => e.dataset.testid),
    ).toEqual(['retention-rule-CUSTOMER', 'retention-rule-SEARCH_LOG', 'retention-rule-NOTIFICATION']);
    expect(customer).toHaveTextContent('客户个人信息');
    expect(within(customer).getByTestId('retention-desc')).toHaveTextContent('客户最近一件投诉结案满 1,095 天后');
    expect(customer).toHaveTextContent('王审计 更新于 2026-12-06 16:00');
    expect(customer).toHaveTextContent('可设 365–10,980 天');
    const search = screen.getByTestId('retention-rule-SEARCH_LOG');
    expect(search).toHaveTextContent('知识库搜索记录');
    expect(search).toHaveTextContent('保存 180 天，到期删除');
    expect(search).toHaveTextContent('可设 7–10,980 天');
    expect(search).toHaveTextContent('默认设置');
    expect(screen.getByTestId('retention-rule-NOTIFICATION')).toHaveTextContent('站内通知在阅读 90 天后删除');
    expect(within(customer).getByLabelText('保存天数')).toHaveValue('1095');

    await setDays(customer, '1460');
    await userEvent.click(within(customer).getByTestId('retention-save-CUSTOMER'));
    expect(await screen.findByText('「客户个人信息」的保存期限已改为 1,460 天')).toBeInTheDocument();
    expect(sent).toEqual([{ recordClass: 'CUSTOMER', days: 1460, expectedVersion: 3 }]);
    await waitFor(() => expect(screen.getByTestId('retention-rule-CUSTOMER')).toHaveAttribute('data-version', '4'));
    expect(within(screen.getByTestId('retention-rule-CUSTOMER')).getByLabelText('保存天数')).toHaveValue('1460');
  });

  it('keeps a class at or above its minimum, and shows the field the server refused', async () => {
    const { sent, customer } = await openRetention(() => ({
      data: null,
      errors: [
        {
          message: 'days must be between 7 and 10980',
          extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'days' },
        },
      ],
    }));
    // below the customers' minimum: the input keeps to it (365), whatever is typed
    await setDays(customer, '30');
    await userEvent.click(within(customer).getByTestId('retention-save-CUSTOMER'));
    await waitFor(() => expect(within(customer).getByLabelText('保存天数')).toHaveValue('365'));
    expect(sent).toEqual([{ recordClass: 'CUSTOMER', days: 365, expectedVersion: 3 }]);
    expect(await within(customer).findByText('保存天数须在 365 到 10,980 之间')).toBeInTheDocument();
    expect(within(customer).getByText('保存未成功')).toBeInTheDocument();
    expect(within(customer).getByTestId('error-item')).toHaveAttribute('data-reason', 'INVALID_INPUT');
    expect(customer).not.toHaveTextContent('must be between');
  });

  it('reloads the class when someone else changed it (CONFLICT)', async () => {
    let changed = false;
    const { fetch, customer } = await openRetention(
      () => {
        changed = true;
        return {
          data: null,
          errors: [
            { message: 'the CUSTOMER rule is at version 5', extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } },
          ],
        };
      },
      () => (changed ? withCustomer({ days: 730, version: 5 }) : RETENTION_RULES),
    );
    await setDays(customer, '2000');
    await userEvent.click(within(customer).getByTestId('retention-save-CUSTOMER'));
    expect(await within(customer).findByText('该期限刚被他人修改，已载入最新设置，请核对后重新保存。')).toBeInTheDocument();
    await waitFor(() => expect(customer).toHaveAttribute('data-version', '5'));
    expect(within(customer).getByLabelText('保存天数')).toHaveValue('730');
    expect(operations(fetch).filter((o) => o.operationName === 'RetentionRules')).toHaveLength(2);
  });

  it('is read-only without retention.manage', async () => {
    const { fetch, customer } = await openRetention(
      () => ({ data: null }),
      () => RETENTION_RULES,
      ['customer.erase.request', 'audit.read'],
    );
    const drawer = screen.getByTestId('retention-rules');
    expect(drawer).toHaveAttribute('data-editable', 'false');
    expect(within(drawer).getByTestId('retention-read-only')).toHaveTextContent('修改需要「设置个人信息保存期限」权限');
    expect(within(customer).getByLabelText('保存天数')).toBeDisabled();
    expect(within(customer).getByLabelText('保存天数')).toHaveValue('1095');
    expect(within(drawer).queryByRole('button', { name: /保\s*存/ })).toBeNull();
    expect(within(drawer).queryByTestId(/^retention-save-/)).toBeNull();
    expect(operations(fetch).map((o) => o.operationName)).not.toContain('UpdateRetentionRule');
  });
});

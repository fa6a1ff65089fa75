/**
 * 合规预警 on the auditor's page: the demo's past episodes, a rule tuned in
 * the rules drawer, the alert the scheduler raises from a real refusal in
 * the audit trail, and its acknowledgement with a note.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_PASSWORD, graphqlFetch, login, screenshot, useKesu } from './harness';

async function tokenOf(baseURL: string, username: string): Promise<string> {
  const r = await graphqlFetch(baseURL, 'mutation($i: LoginInput!) { login(input: $i) { token } }', {
    i: { username, password: DEMO_PASSWORD },
  });
  const token = (r.data as { login?: { token?: string } } | undefined)?.login?.token;
  assert.ok(token, `signed in as ${username}: ${JSON.stringify(r.errors)}`);
  return token;
}

describe('compliance alerts', () => {
  const e2e = useKesu();

  test('an auditor tunes a rule, sees the alert the trail raises and acknowledges it with a note', async () => {
    const { page, baseURL } = e2e;
    await login(page, 'auditor');
    await page.goto('/audit');
    const card = page.getByTestId('compliance-alerts');
    await card.waitFor();

    // the demo's past episodes, one handled with a note
    await page.getByTestId('compliance-state-filter').getByText('已解除').click();
    await card.locator('[data-state="CLEARED"]').first().waitFor();
    assert.match(await card.innerText(), /批量退费/);

    // any refusal now raises an alert
    await page.getByTestId('compliance-rules-open').click();
    const rule = page.getByTestId('compliance-rule-REPEATED_DENIALS');
    await rule.waitFor();
    await rule.locator('input[id$="threshold"]').fill('1');
    await page.getByTestId('compliance-rule-save-REPEATED_DENIALS').click();
    await page.locator('[data-testid="compliance-rule-REPEATED_DENIALS"][data-version="2"]').waitFor();
    await page.keyboard.press('Escape');

    // the agent asks for what only auditors may see: refused, and recorded
    const agent = await tokenOf(baseURL, 'agent');
    const refused = await graphqlFetch(baseURL, '{ complianceRules { rule } }', {}, agent);
    assert.equal(refused.errors?.[0]?.extensions?.code, 'FORBIDDEN');

    // the scheduler evaluates every minute
    const raised = card.locator('[data-rule="REPEATED_DENIALS"][data-state="RAISED"]', { hasText: 'agent' });
    const deadline = Date.now() + 100_000;
    while ((await raised.count()) === 0) {
      assert.ok(Date.now() < deadline, 'the alert was raised within the scheduler’s minute');
      await page.waitForTimeout(2_000);
      await page.getByRole('button', { name: '刷新合规预警' }).click();
    }
    const row = raised.first();
    assert.match(await row.innerText(), /被拒/);
    await row.getByRole('button', { name: /确\s*认/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('compliance-ack-note').fill('已与本人核实：误点了合规页面，无越权意图');
    await dialog.getByTestId('compliance-ack-submit').click();
    await card.locator('[data-rule="REPEATED_DENIALS"][data-state="ACKNOWLEDGED"]').first().waitFor();
    assert.match(await card.innerText(), /误点了合规页面/);
    await screenshot(page, 'compliance-alerts');
  });
});

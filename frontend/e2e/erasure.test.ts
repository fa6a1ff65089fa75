/**
 * Erasure of a customer's personal data (PIPL), four eyes: a supervisor asks
 * for it from the complaint detail with a reason, cannot decide it
 * themselves, a compliance auditor approves it on the audit page, and the
 * complaint then shows the customer as erased (已删除, masked 已**).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { graphqlFetch, login, logout, screenshot, useKesu } from './harness';
import { createComplaintAs, gqlAs, tokenFor, waitForDetail } from './complaintSteps';

const REASON = '客户来电要求删除其个人信息（个人信息保护法第四十七条）';
const APPROVAL = '已核实客户身份及删除请求，同意删除';

/** Opens the complaint's detail page and returns its customer card's text. */
async function customerCardText(page: Page, complaintId: string): Promise<string> {
  await page.goto(`/complaints/${complaintId}`);
  await waitForDetail(page);
  return page.getByTestId('customer-card').innerText();
}

/** Submits the request dialog of the complaint detail with `reason`. */
async function requestErasure(page: Page, reason: string): Promise<void> {
  await page.getByTestId('erasure-request-open').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('erasure-request-reason').fill(reason);
  await dialog.getByTestId('erasure-request-submit').click();
}

describe('erasure of personal data', () => {
  const e2e = useKesu();

  test('a supervisor requests it, an auditor approves it, and the complaint shows the customer erased', async () => {
    const { page, baseURL } = e2e;
    const agent = await tokenFor(baseURL, 'agent');
    const c = await createComplaintAs(baseURL, agent, {
      customerPhone: '13600009911',
      customerName: '郑海燕',
      categoryId: '20',
      description: '洗衣机脱水时异响，客户电话 13600009911，要求上门检修',
    });
    const { complaint } = await gqlAs<{ complaint: { customer: { id: string } } }>(
      baseURL,
      agent,
      'query($id: ID!) { complaint(id: $id) { customer { id } } }',
      { id: c.id },
    );
    const customerId = complaint.customer.id;

    // the supervisor asks from the complaint, with a reason
    await login(page, 'supervisor');
    assert.match(await customerCardText(page, c.id), /郑\*\*/);
    await requestErasure(page, REASON);
    await page.locator('.ant-message-notice').filter({ hasText: '已提交删除申请，待合规审批' }).first().waitFor();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    // a second request for the same customer is refused, in Chinese
    await requestErasure(page, '客户再次来电催促');
    const refused = page.getByRole('dialog');
    await refused.getByText('该客户已有待审批的删除申请').waitFor();
    assert.equal(await refused.getByTestId('error-item').getAttribute('data-reason'), 'ALREADY_EXISTS');
    await refused.getByRole('button', { name: /取\s*消/ }).click();

    // the supervisor cannot approve: no audit page, and the server refuses
    const supervisor = await tokenFor(baseURL, 'supervisor');
    const mine = await gqlAs<{ customerErasures: { nodes: Array<{ id: string; customerId: string; reason: string }> } }>(
      baseURL,
      supervisor,
      '{ customerErasures(status: PENDING) { nodes { id customerId reason } } }',
    );
    const request = mine.customerErasures.nodes.find((n) => n.customerId === customerId);
    assert.ok(request, `the pending request for customer ${customerId} is listed`);
    assert.equal(request.reason, REASON);
    const decided = await graphqlFetch(
      baseURL,
      'mutation($i: DecideCustomerErasureInput!) { decideCustomerErasure(input: $i) { id } }',
      { i: { id: request.id, approve: true, reason: '自己批准' } },
      supervisor,
    );
    assert.equal(decided.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    await page.goto('/audit');
    await page.locator('.ant-result-403').waitFor();
    assert.equal(await page.getByTestId(`erasure-approve-${request.id}`).count(), 0);
    await logout(page);

    // the auditor sees it pending and approves it with a reason
    await login(page, 'auditor');
    await page.goto('/audit');
    const card = page.getByTestId('erasure-requests');
    const row = card.locator(`[data-testid="erasure-${request.id}"][data-status="PENDING"]`);
    await row.waitFor();
    const rowText = await row.innerText();
    assert.match(rowText, new RegExp(`#${customerId}`));
    assert.match(rowText, /个人信息保护法第四十七条/);
    assert.match(rowText, /待审批/);
    await row.getByTestId(`erasure-approve-${request.id}`).click();
    const dialog = page.getByRole('dialog');
    assert.match(await dialog.getByTestId('erasure-irreversible').innerText(), /不可撤销/);
    await dialog.getByTestId('erasure-decide-reason').fill(APPROVAL);
    await dialog.getByTestId('erasure-decide-submit').click();
    await page.locator('.ant-message-notice').filter({ hasText: `已删除客户 #${customerId} 的个人信息` }).first().waitFor();
    // no longer pending; 已删除 shows who decided and why
    await row.waitFor({ state: 'detached' });
    await page.getByTestId('erasure-status-filter').getByText('已删除').click();
    const done = card.locator(`[data-testid="erasure-${request.id}"][data-status="DONE"]`);
    await done.waitFor();
    assert.match(await done.innerText(), /已核实客户身份及删除请求/);
    assert.match(await done.innerText(), /已删除/);
    await screenshot(page, 'erasure-approved');
    await logout(page);

    // the supervisor now sees the customer erased on the complaint
    await login(page, 'supervisor');
    const after = await customerCardText(page, c.id);
    assert.match(after, /已\*\*/);
    assert.doesNotMatch(after, /郑/);
    await screenshot(page, 'erasure-detail');
  });
});

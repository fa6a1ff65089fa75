/**
 * 审批: refunds above their proposer's authority (1,000 元 by default) wait
 * for an approver. A 财务部 handler proposes the double refund of a fee
 * charged by mistake (错收双倍返还) and is told it needs approval; the
 * approver finds it under 审批 and approves a smaller amount with a reason,
 * which the complaint then shows and the expert resolves with. A second
 * proposal cannot be resolved while pending, is rejected with a reason, and
 * its proposer sees why. An admin sets a built-in role's authority limit.
 * The demo has approvals of its own: the test never depends on their number.
 * The steps run in order on one server.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, clickMenu, graphqlFetch, login, logout, screenshot, useKesu } from './harness';
import { createComplaintAs, gqlAs, openAction, submitAction, tokenFor, waitForDetail } from './complaintSteps';

const DOUBLE_RESOLUTION = '核实为系统重复扣收会员费，按错收双倍返还';
const APPROVE_REASON = '核实实际错收 1,000 元，按双倍返还 2,000 元';
const REJECT_REASON = '赔偿金额缺少依据，请补充损失凭证后重新提出';

async function userId(baseURL: string, username: string): Promise<string> {
  const r = await graphqlFetch(baseURL, 'mutation($i: LoginInput!) { login(input: $i) { user { id } } }', {
    i: { username, password: DEMO_PASSWORD },
  });
  const id = (r.data as { login?: { user?: { id?: string } } } | undefined)?.login?.user?.id;
  assert.ok(id, `login ${username}: ${JSON.stringify(r.errors)}`);
  return id;
}

/**
 * A complaint registered by the agent, escalated, dispatched to 财务部 for
 * handler2 and investigated by them with `responsibility` (all through the API).
 */
async function investigatedComplaint(
  baseURL: string,
  c: { phone: string; name: string; categoryId: string; description: string; refundRequestedCents: number },
  responsibility: string,
): Promise<{ id: string; number: string; version: number }> {
  const agent = await tokenFor(baseURL, 'agent');
  const expert = await tokenFor(baseURL, 'expert');
  const handler = await tokenFor(baseURL, 'handler2');
  const created = await createComplaintAs(baseURL, agent, {
    customerPhone: c.phone,
    customerName: c.name,
    categoryId: c.categoryId,
    description: c.description,
    refundRequestedCents: c.refundRequestedCents,
  });
  const step = async (token: string, mutation: string, input: Record<string, unknown>) => {
    const data = await gqlAs<Record<string, { version: number; status: string }>>(
      baseURL,
      token,
      `mutation($i: ${mutation[0]?.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $i) { version status } }`,
      { i: input },
    );
    const out = data[mutation];
    assert.ok(out, mutation);
    return out;
  };
  let version = (await step(agent, 'escalateComplaint', { id: created.id, expectedVersion: created.version })).version;
  const { teams } = await gqlAs<{ teams: Array<{ id: string; name: string }> }>(baseURL, expert, '{ teams { id name } }');
  const finance = teams.find((t) => t.name === '财务部');
  assert.ok(finance, 'the demo has 财务部');
  version = (
    await step(expert, 'dispatchComplaint', {
      id: created.id,
      expectedVersion: version,
      teamId: finance.id,
      assigneeId: await userId(baseURL, 'handler2'),
    })
  ).version;
  const investigated = await step(handler, 'recordInvestigation', {
    id: created.id,
    expectedVersion: version,
    findings: '核查扣费流水，情况属实',
    responsibility,
  });
  assert.equal(investigated.status, 'INVESTIGATED');
  return { id: created.id, number: created.number, version: investigated.version };
}

/** Waits until the approvals list shows what the current URL asks for, loaded and not fetching. */
async function waitForApprovals(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="approvals"]');
    return (
      el !== null &&
      el.getAttribute('aria-busy') === 'false' &&
      el.getAttribute('data-search') === new URLSearchParams(window.location.search).toString()
    );
  });
  await page.locator('[data-testid="approvals"] .ant-table-tbody').locator('tr.ant-table-row, .ant-empty').first().waitFor();
}

const approvalRow = (page: Page, number: string) => page.locator('[data-testid="approval-row"]', { hasText: number });

/** Waits until the open modal has finished zooming in (a click during the animation can land beside its target). */
async function modalSettled(page: Page): Promise<void> {
  await page.locator('.ant-modal').waitFor();
  await page.waitForFunction(() => {
    const modal = document.querySelector('.ant-modal');
    return modal !== null && !/\bant-zoom/.test(modal.className);
  });
}

/** Picks a status in the page's filter and waits for its list. */
async function filterBy(page: Page, label: string, status: string): Promise<void> {
  await page.getByTestId('approvals-filter').locator('.ant-segmented-item', { hasText: label }).click();
  await page.waitForURL((u) => u.searchParams.get('status') === status);
  await waitForApprovals(page);
}

describe('approvals above authority', () => {
  const e2e = useKesu();
  const doubled = { id: '', number: '' };
  const compensation = { id: '', number: '' };

  test('1. a handler proposes a wrong charge’s double refund and is told it needs approval', async () => {
    const { page, baseURL } = e2e;
    const c = await investigatedComplaint(
      baseURL,
      {
        phone: '13600008888',
        name: '钱卫东',
        categoryId: '23',
        description: '同一笔年度会员费被连续扣了两次，共多扣 1,360 元，要求退还',
        refundRequestedCents: 136000,
      },
      'WRONG_CHARGE',
    );
    Object.assign(doubled, { id: c.id, number: c.number });

    await login(page, 'handler2');
    await page.goto(`/complaints/${c.id}`);
    await waitForDetail(page, 'INVESTIGATED');
    assert.match(await page.getByTestId('detail-fields').innerText(), /错收费用/);
    // no 审批 in a handler's menu: they have no approvals to decide
    assert.equal(await page.locator('.ant-menu-item', { hasText: '审批' }).count(), 0);

    await openAction(page, 'PROPOSE_RESOLUTION');
    const modal = page.locator('.ant-modal');
    // a wrong charge is proposed by its fee: the refund is its double, worked out by the server
    assert.equal(await modal.locator('#action-propose_resolution_refundGrantedYuan').count(), 0);
    await page.locator('#action-propose_resolution_resolution').fill(DOUBLE_RESOLUTION);
    await page.locator('#action-propose_resolution_wronglyChargedYuan').fill('1360');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="double-hint"]')?.textContent?.includes('2,720.00 元'),
    );
    assert.equal(await page.getByTestId('double-hint').innerText(), '错收双倍返还：将提出退款 2,720.00 元');
    const hint = page.getByTestId('authority-hint');
    await hint.waitFor();
    assert.equal(await hint.innerText(), '超出您的审批权限（1,000.00 元），提交后需审批人批准');
    await screenshot(page, 'approvals-propose');
    await submitAction(page, 'RESOLUTION_PROPOSED');

    assert.match(await page.getByTestId('detail-fields').innerText(), /2,720\.00 元/);
    const card = page.getByTestId('detail-approvals');
    assert.match(await card.innerText(), /须审批人批准后才能办结/);
    const item = card.getByTestId('approval-item');
    assert.equal(await item.count(), 1);
    assert.equal(await item.getAttribute('data-status'), 'PENDING');
    const text = await item.innerText();
    assert.match(text, /待审批/);
    assert.match(text, /2,720\.00 元/);
    assert.match(text, /双倍返还/);
    assert.match(text, /赵丽娟 提交于/);
    const requested = page.locator('[data-testid="timeline-item"][data-kind="APPROVAL_REQUESTED"]');
    assert.match(await requested.innerText(), /提交审批[\s\S]*申请 2,720\.00 元，超出审批权限 1,000\.00 元/);
    const proposed = page.locator('[data-testid="timeline-item"][data-kind="RESOLUTION_PROPOSED"]');
    assert.match(await proposed.getByTestId('timeline-details').innerText(), /错收 1,360\.00 元，双倍返还/);
  });

  test('2. the approver finds it under 审批 and approves another amount with a reason', async () => {
    const { page } = e2e;
    await login(page, 'approver');
    await clickMenu(page, '审批');
    await page.waitForURL((u) => u.pathname === '/approvals');
    await waitForApprovals(page);
    assert.equal(await page.getByTestId('approvals').getAttribute('data-filter'), 'PENDING');
    const row = approvalRow(page, doubled.number);
    await row.waitFor();
    const cells = await row.innerText();
    assert.match(cells, /2,720\.00 元/);
    assert.match(cells, /双倍返还/);
    assert.match(cells, /1,360\.00 元/);
    assert.ok(cells.includes(DOUBLE_RESOLUTION), cells);
    assert.match(cells, /赵丽娟/);
    assert.match(cells, /待审批/);
    await screenshot(page, 'approvals-queue');

    await row.getByTestId('approval-approve').click();
    await modalSettled(page);
    const dialog = page.getByRole('dialog');
    assert.match(await dialog.innerText(), new RegExp(`批准：${doubled.number}`));
    // a reason is always required
    await dialog.getByTestId('approval-decide-submit').click();
    await dialog.getByText('请填写批准原因').waitFor();
    await page.locator('#approval-decide_amountYuan').fill('2000');
    await page.locator('#approval-decide_reason').fill(APPROVE_REASON);
    await screenshot(page, 'approvals-approve');
    await dialog.getByTestId('approval-decide-submit').click();
    await page.getByText(`已批准工单 ${doubled.number}：2,000.00 元`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    // no longer waiting
    await row.waitFor({ state: 'detached' });

    await filterBy(page, '已批准', 'APPROVED');
    const approved = approvalRow(page, doubled.number);
    await approved.waitFor();
    const decision = await approved.getByTestId('approval-decision').innerText();
    assert.match(decision, /批准 2,000\.00 元/);
    assert.match(decision, /原申请 2,720\.00 元/);
    assert.ok(decision.includes(APPROVE_REASON), decision);
    assert.match(decision, /郑宏伟/);
    assert.equal(await approved.getByTestId('approval-approve').count(), 0);

    // the complaint shows what was approved
    await approved.getByTestId('approval-complaint').click();
    await page.waitForURL((u) => u.pathname === `/complaints/${doubled.id}`);
    await waitForDetail(page, 'RESOLUTION_PROPOSED');
    assert.match(await page.getByTestId('detail-fields').innerText(), /批准退款\/赔偿\s*2,000\.00 元/);
    const item = page.getByTestId('detail-approvals').getByTestId('approval-item');
    assert.equal(await item.getAttribute('data-status'), 'APPROVED');
    const text = await item.innerText();
    assert.match(text, /已批准/);
    assert.match(text, /批准 2,000\.00 元/);
    assert.match(text, /郑宏伟 审批于/);
    assert.ok(text.includes(APPROVE_REASON), text);
    const decided = page.locator('[data-testid="timeline-item"][data-kind="APPROVAL_DECIDED"]');
    const entry = await decided.innerText();
    assert.match(entry, /审批决定/);
    assert.match(entry, /批准 2,000\.00 元（原申请 2,720\.00 元）/);
    assert.ok(entry.includes(APPROVE_REASON), entry);
    await screenshot(page, 'approvals-detail');
  });

  test('3. the expert resolves it within the approved amount', async () => {
    const { page } = e2e;
    await login(page, 'expert');
    await page.goto(`/complaints/${doubled.id}`);
    await waitForDetail(page, 'RESOLUTION_PROPOSED');
    await openAction(page, 'RESOLVE');
    await page.locator('#action-resolve_reply').fill('您好，多扣的会员费已按双倍返还 2,000 元，预计 3 个工作日内退回原支付账户。');
    // 2,000 元 is above the expert's authority, but approved
    assert.equal(await page.getByTestId('authority-hint').count(), 0);
    await submitAction(page, 'RESOLVED');
    assert.match(await page.getByTestId('detail-fields').innerText(), /批准退款\/赔偿\s*2,000\.00 元/);
  });

  test('4. a pending proposal cannot be resolved; the approver rejects it with a reason; its proposer sees why', async () => {
    const { page, baseURL } = e2e;
    const c = await investigatedComplaint(
      baseURL,
      {
        phone: '13600009999',
        name: '孙丽',
        categoryId: '25',
        description: '退货后商家拖了一个月才退款，要求赔偿期间的损失 1,500 元',
        refundRequestedCents: 150000,
      },
      'INTERNAL',
    );
    Object.assign(compensation, { id: c.id, number: c.number });
    const handler = await tokenFor(baseURL, 'handler2');
    const proposed = await gqlAs<{ proposeResolution: { status: string } }>(
      baseURL,
      handler,
      'mutation($i: ProposeResolutionInput!) { proposeResolution(input: $i) { status } }',
      { i: { id: c.id, expectedVersion: c.version, resolution: '赔偿客户 1,500 元', refundGrantedCents: 150000 } },
    );
    assert.equal(proposed.proposeResolution.status, 'RESOLUTION_PROPOSED');

    // the expert may not grant it before an approver has
    await login(page, 'expert');
    await page.goto(`/complaints/${c.id}`);
    await waitForDetail(page, 'RESOLUTION_PROPOSED');
    await openAction(page, 'RESOLVE');
    assert.match(await page.getByTestId('authority-hint').innerText(), /没有已批准的审批覆盖该金额/);
    await page.locator('#action-resolve_reply').fill('您好，已为您办理赔偿。');
    await page.getByTestId('action-submit').click();
    const refused = page.locator('.ant-modal [role="alert"]').filter({ hasText: '该金额超出您的审批权限' });
    await refused.waitFor();
    assert.match(await refused.innerText(), /该金额超出您的审批权限，且没有已批准的审批覆盖/);
    assert.doesNotMatch(await refused.innerText(), /above your authority/);
    await page.getByRole('dialog').getByRole('button', { name: /取\s*消/ }).click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('detail').getAttribute('data-status'), 'RESOLUTION_PROPOSED');
    await logout(page);

    await login(page, 'approver');
    await page.goto('/approvals');
    await waitForApprovals(page);
    const row = approvalRow(page, c.number);
    await row.waitFor();
    assert.match(await row.innerText(), /1,500\.00 元/);
    assert.equal(await row.getByTestId('approval-double').count(), 0);
    await row.getByTestId('approval-reject').click();
    await modalSettled(page);
    const dialog = page.getByRole('dialog');
    assert.equal(await page.locator('#approval-decide_amountYuan').count(), 0, 'a rejection has no amount');
    await dialog.getByTestId('approval-decide-submit').click();
    await dialog.getByText('请填写驳回原因').waitFor();
    await page.locator('#approval-decide_reason').fill(REJECT_REASON);
    await dialog.getByTestId('approval-decide-submit').click();
    await page.getByText(`已驳回工单 ${c.number} 的处理方案`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    await row.waitFor({ state: 'detached' });
    await logout(page);

    // the proposer follows their own requests on the same page (not in their menu)
    await login(page, 'handler2');
    await page.goto('/approvals?status=REJECTED');
    await waitForApprovals(page);
    const mine = approvalRow(page, c.number);
    await mine.waitFor();
    assert.match(await mine.getByTestId('approval-status').innerText(), /已驳回/);
    assert.ok((await mine.getByTestId('approval-reason').innerText()).includes(REJECT_REASON));
    assert.equal(await mine.getByTestId('approval-reject').count(), 0);
    await screenshot(page, 'approvals-own');

    await mine.getByTestId('approval-complaint').click();
    await waitForDetail(page, 'RESOLUTION_PROPOSED');
    const card = page.getByTestId('detail-approvals');
    assert.match(await card.innerText(), /最近一次审批被驳回/);
    assert.ok((await card.getByTestId('approval-reason').innerText()).includes(REJECT_REASON));
    const rejected = page.locator('[data-testid="timeline-item"][data-kind="APPROVAL_DECIDED"]');
    assert.match(await rejected.innerText(), /驳回（申请 1,500\.00 元）/);
    // a rejected proposal may be revised
    await page.locator('button[data-action="PROPOSE_RESOLUTION"]').waitFor();
  });

  test('5. an admin sets the authority limit of a built-in role, and restores the default', async () => {
    const { page, baseURL } = e2e;
    await login(page, 'admin');
    await clickMenu(page, '角色权限', '系统管理');
    await page.waitForURL((u) => u.pathname === '/admin/roles');
    const row = page.locator('[data-testid="admin-roles"] tr[data-code="handler"]');
    await row.waitFor();
    assert.equal(await row.getByTestId('role-authority').innerText(), '默认 1,000.00 元');

    await row.getByTestId('role-authority-edit').click();
    await modalSettled(page);
    const dialog = page.getByRole('dialog');
    assert.match(await dialog.innerText(), /审批权限额度：责任部门处理人/);
    await page.locator('#authority-limit_limitYuan').fill('5000');
    await dialog.getByTestId('authority-limit-save').click();
    await page.getByText('已更新 责任部门处理人 的审批权限额度：5,000.00 元').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(
      () =>
        document.querySelector('tr[data-code="handler"] [data-testid="role-authority"]')?.textContent === '5,000.00 元',
    );
    const handler = await tokenFor(baseURL, 'handler2');
    const mine = await gqlAs<{ myAuthority: { limitCents: number } }>(baseURL, handler, '{ myAuthority { limitCents } }');
    assert.equal(mine.myAuthority.limitCents, 500000);
    await screenshot(page, 'approvals-roles');

    await row.getByTestId('role-authority-edit').click();
    await modalSettled(page);
    await page.locator('#authority-limit_limitYuan').fill('');
    await dialog.getByTestId('authority-limit-save').click();
    await page.getByText('已更新 责任部门处理人 的审批权限额度：默认 1,000.00 元').waitFor();
    await page.waitForFunction(
      () =>
        document.querySelector('tr[data-code="handler"] [data-testid="role-authority"]')?.textContent ===
        '默认 1,000.00 元',
    );
  });
});

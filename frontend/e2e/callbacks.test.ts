/**
 * 回访: the satisfaction call on resolved complaints. The agent works the
 * 回访队列: two unanswered attempts are counted on the row, then a score of
 * 4 closes the complaint. A score of 1 on the detail page sends another back
 * to the expert team. A supervisor closes a low score anyway, giving a
 * reason; QA's third unanswered attempt closes one as unreachable. The
 * complaints are registered and resolved through the API; the steps run in
 * order on one server.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { clickMenu, login, screenshot, useKesu } from './harness';
import { createComplaintAs, gqlAs, openAction, submitAction, tokenFor, waitForDetail } from './complaintSteps';

interface Made {
  id: string;
  number: string;
}

/** Registers a complaint as `token` and resolves it with a reply: it then waits for the callback. */
async function resolvedComplaint(baseURL: string, token: string, input: Record<string, unknown>): Promise<Made> {
  const c = await createComplaintAs(baseURL, token, input);
  const r = await gqlAs<{ resolveComplaint: { status: string } }>(
    baseURL,
    token,
    'mutation($i: ResolveComplaintInput!) { resolveComplaint(input: $i) { status } }',
    { i: { id: c.id, expectedVersion: c.version, reply: '您好，问题已为您处理完毕，稍后将回访确认。' } },
  );
  assert.equal(r.resolveComplaint.status, 'RESOLVED');
  return { id: c.id, number: c.number };
}

/** Waits until 回访队列 has loaded: not fetching, showing rows or its empty state. */
async function waitForCallbacks(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="callbacks"]')?.getAttribute('aria-busy') === 'false',
  );
  await page.locator('.ant-table-tbody tr.ant-table-row, .ant-table-tbody .ant-empty').first().waitFor();
}

/** The queue row of complaint `number`, loading further pages (加载更多) until it shows. */
async function callbackRow(page: Page, number: string) {
  const row = page.locator(`tr[data-testid="callback-row"][data-number="${number}"]`);
  await waitForCallbacks(page);
  while ((await row.count()) === 0) {
    const more = page.getByTestId('load-more');
    assert.equal(await more.count(), 1, `${number} is in the queue`);
    const before = await page.locator('tr[data-testid="callback-row"]').count();
    await more.click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('tr[data-testid="callback-row"]').length > n,
      before,
    );
    await waitForCallbacks(page);
  }
  return row;
}

/** Opens a row's step, waiting for the dialog to finish zooming in. */
async function openRowStep(page: Page, number: string, testId: 'callback-record' | 'callback-attempt') {
  await (await callbackRow(page, number)).getByTestId(testId).click();
  await page.locator('.ant-modal').waitFor();
  await page.waitForFunction(() => {
    const modal = document.querySelector('.ant-modal');
    return modal !== null && !/\bant-zoom/.test(modal.className);
  });
}

/** Submits the open dialog and waits for the success message saying `said` (an earlier one may still show). */
async function submitStep(page: Page, said: RegExp): Promise<void> {
  await page.getByTestId('action-submit').click();
  await page.locator('.ant-modal').waitFor({ state: 'detached' });
  await page.locator('.ant-message-notice').filter({ hasText: said }).first().waitFor();
}

/** Picks the n-th star in the open dialog and waits until it is lit. */
async function rate(page: Page, n: number): Promise<void> {
  await page.locator('.ant-modal .ant-rate-star').nth(n - 1).click();
  await page.waitForFunction((want) => document.querySelectorAll('.ant-modal .ant-rate-star-full').length === want, n);
}

/** The visible text of the timeline entries of `kind`, oldest first. */
function timelineTexts(page: Page, kind: string): Promise<string[]> {
  return page.locator(`[data-testid="timeline-item"][data-kind="${kind}"]`).allInnerTexts();
}

describe('the satisfaction callback (回访)', () => {
  const e2e = useKesu();
  const made: Record<'satisfied' | 'unhappy' | 'override' | 'unreachable', Made> = {
    satisfied: { id: '', number: '' },
    unhappy: { id: '', number: '' },
    override: { id: '', number: '' },
    unreachable: { id: '', number: '' },
  };

  test('1. four resolved complaints wait for the callback; one already rang out twice (API)', async () => {
    const { baseURL } = e2e;
    const agent = await tokenFor(baseURL, 'agent');
    made.satisfied = await resolvedComplaint(baseURL, agent, {
      customerPhone: '13900005501',
      customerName: '孙丽',
      categoryId: '30',
      description: '家里信号很差，通话经常中断',
    });
    made.unhappy = await resolvedComplaint(baseURL, agent, {
      customerPhone: '13900005502',
      customerName: '钱伟',
      categoryId: '30',
      description: '营业厅办理业务排队两个小时',
    });
    made.override = await resolvedComplaint(baseURL, agent, {
      customerPhone: '13900005503',
      customerName: '周敏',
      categoryId: '30',
      description: '宽带安装师傅迟到三个小时',
    });
    made.unreachable = await resolvedComplaint(baseURL, agent, {
      customerPhone: '13900005504',
      customerName: '吴刚',
      categoryId: '30',
      description: '手机流量包到期未提醒',
    });
    const read = await gqlAs<{ complaint: { version: number } }>(
      baseURL,
      agent,
      'query($id: ID!) { complaint(id: $id) { version } }',
      { id: made.unreachable.id },
    );
    let version = read.complaint.version;
    for (const note of ['无人接听', '关机']) {
      const r = await gqlAs<{ recordCallbackAttempt: { version: number; callbackAttempts: number } }>(
        baseURL,
        agent,
        'mutation($i: RecordCallbackAttemptInput!) { recordCallbackAttempt(input: $i) { version callbackAttempts } }',
        { i: { id: made.unreachable.id, expectedVersion: version, note } },
      );
      version = r.recordCallbackAttempt.version;
    }
  });

  test('2. the agent records two unanswered calls in 回访队列, then a score of 4 closes the complaint', async () => {
    const { page } = e2e;
    const { number, id } = made.satisfied;
    await login(page, 'agent');
    await clickMenu(page, '回访队列');
    await page.waitForURL((u) => u.pathname === '/callbacks');
    const row = await callbackRow(page, number);
    const text = await row.innerText();
    assert.match(text, /孙\*/, 'the customer is masked as in lists');
    assert.doesNotMatch(text, /13900005501/, 'no phone in clear');
    assert.match(text, /未尝试/);
    assert.equal(await row.getByTestId('callback-due').count(), 1, 'the callback deadline is shown');

    for (const [attempt, note] of [
      [1, '无人接听'],
      [2, '占线'],
    ] as const) {
      await openRowStep(page, number, 'callback-attempt');
      assert.match(await page.getByTestId('attempt-warning').innerText(), new RegExp(`这是第 ${attempt}/3 次未接通`));
      await page.locator('#action-callback_attempt_note').fill(note);
      await submitStep(page, new RegExp(`已记录投诉 ${number} 第 ${attempt}/3 次回访未接通`));
      await page.locator(`tr[data-number="${number}"][data-attempts="${attempt}"]`).waitFor();
      await waitForCallbacks(page);
      assert.match(await row.getByTestId('callback-attempts').innerText(), new RegExp(`已尝试 ${attempt}/3`));
    }

    // the third would close it as unreachable: the dialog says so (and the agent calls again instead)
    await openRowStep(page, number, 'callback-attempt');
    const warning = page.getByTestId('attempt-warning');
    assert.equal(await warning.getAttribute('data-last'), 'true');
    assert.match(await warning.innerText(), /这是第 3 次未接通，提交后投诉将按「无法联系」结案/);
    await page.locator('.ant-modal-footer button').first().click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
    await screenshot(page, 'callbacks-queue');

    await openRowStep(page, number, 'callback-record');
    await rate(page, 4);
    assert.match(await page.getByTestId('callback-effect').innerText(), /提交后投诉直接结案/);
    await page.locator('#action-record_callback_comment').fill('客户表示信号已恢复，满意');
    await submitStep(page, new RegExp(`回访已记录，投诉 ${number} 已结案`));
    await row.waitFor({ state: 'detached' });

    await page.goto(`/complaints/${id}`);
    await waitForDetail(page, 'CLOSED');
    assert.match((await page.getByTestId('detail').locator('.ant-tag').allInnerTexts()).join(' '), /已结案/);
    assert.equal(await page.getByTestId('detail-satisfaction').getAttribute('data-value'), '4');
    const attempts = await timelineTexts(page, 'CALLBACK_ATTEMPTED');
    assert.equal(attempts.length, 2);
    assert.match(attempts[0] ?? '', /第 1\/3 次回访未接通/);
    assert.match(attempts[0] ?? '', /无人接听/);
    assert.match(attempts[1] ?? '', /第 2\/3 次回访未接通/);
    const closed = await timelineTexts(page, 'CLOSED');
    assert.equal(closed.length, 1);
    assert.match(closed[0] ?? '', /回访满意度 4\/5，回访后结案/);
    assert.equal(await page.locator('button[data-action="CLOSE"]').count(), 0, 'nothing left to close');
  });

  test('3. a score of 1 on the detail page sends the complaint back to the expert team', async () => {
    const { page } = e2e;
    await login(page, 'agent');
    await page.goto(`/complaints/${made.unhappy.id}`);
    await waitForDetail(page, 'RESOLVED');
    assert.equal(await page.locator('[data-primary]').getAttribute('data-primary'), 'RECORD_CALLBACK');
    assert.equal(await page.locator('button[data-action="CALLBACK_ATTEMPT"]').count(), 1, '回访未接通 is offered');
    await openAction(page, 'RECORD_CALLBACK');
    await rate(page, 1);
    const effect = page.getByTestId('callback-effect');
    assert.equal(await effect.getAttribute('data-effect'), 'reopen');
    assert.match(await effect.innerText(), /客户不满意：提交后投诉将重新处理/);
    assert.match(await effect.innerText(), /退回专家组/);
    assert.equal(await page.getByTestId('callback-close-despite').count(), 0, 'an agent may not close it anyway');
    await page.locator('#action-record_callback_comment').fill('客户认为排队问题没有得到解决');
    await submitAction(page, 'ESCALATED');
    await page
      .locator('.ant-message-notice')
      .filter({ hasText: `客户不满意，投诉 ${made.unhappy.number} 已重新交专家组处理` })
      .waitFor();

    const tags = (await page.getByTestId('detail').locator('.ant-tag').allInnerTexts()).join(' ');
    assert.match(tags, /已升级专家组/);
    assert.match(tags, /重新处理 1 次/);
    assert.match(await page.getByTestId('detail-fields').innerText(), /客诉专家组/);
    const reopened = page.locator('[data-testid="timeline-item"][data-kind="REOPENED"]');
    assert.equal(await reopened.getAttribute('data-visibility'), 'CUSTOMER');
    assert.match(await reopened.innerText(), /回访不满意（1\/5），重新交专家组处理/);
    assert.match(await reopened.innerText(), /客户可见/);
    await screenshot(page, 'callback-reopened');
  });

  test('4. a supervisor closes a score of 2 anyway, and must give the reason', async () => {
    const { page } = e2e;
    const { number, id } = made.override;
    await login(page, 'supervisor');
    await clickMenu(page, '回访队列');
    await page.waitForURL((u) => u.pathname === '/callbacks');
    await openRowStep(page, number, 'callback-record');
    await rate(page, 2);
    assert.equal(await page.getByTestId('callback-effect').getAttribute('data-effect'), 'reopen');
    await page.getByTestId('callback-close-despite').click();
    assert.equal(await page.getByTestId('callback-effect').getAttribute('data-effect'), 'closeDespite');
    await page.getByTestId('action-submit').click();
    await page.getByText('请填写结案理由').waitFor();
    const reason = '已按政策给予最高补偿，客户诉求超出合理范围';
    await page.locator('#action-record_callback_reason').fill(reason);
    await submitStep(page, new RegExp(`投诉 ${number} 客户不满意仍予结案`));

    await page.goto(`/complaints/${id}`);
    await waitForDetail(page, 'CLOSED');
    const closed = page.locator('[data-testid="timeline-item"][data-kind="CLOSED"]');
    assert.match(await closed.innerText(), /客户不满意（2\/5），仍予结案/);
    assert.ok((await closed.innerText()).includes(reason), 'the reason is in the timeline');
    assert.equal(await page.locator('[data-testid="timeline-item"][data-kind="REOPENED"]').count(), 0);
  });

  test('5. QA works the queue too: the third unanswered call closes the complaint as unreachable', async () => {
    const { page } = e2e;
    const { number, id } = made.unreachable;
    await login(page, 'qa');
    // the detail page counts the unanswered calls, and offers another
    await page.goto(`/complaints/${id}`);
    await waitForDetail(page, 'RESOLVED');
    assert.match(await page.getByTestId('badge-callback-attempts').innerText(), /回访未接通 2\/3/);
    assert.equal(await page.locator('button[data-action="CALLBACK_ATTEMPT"]').count(), 1);
    await clickMenu(page, '回访队列');
    await page.waitForURL((u) => u.pathname === '/callbacks');
    const row = await callbackRow(page, number);
    assert.match(await row.getByTestId('callback-attempts').innerText(), /已尝试 2\/3/);
    await openRowStep(page, number, 'callback-attempt');
    assert.equal(await page.getByTestId('attempt-warning').getAttribute('data-last'), 'true');
    await page.locator('#action-callback_attempt_note').fill('号码已停机');
    await submitStep(page, new RegExp(`3 次回访均未接通，投诉 ${number} 已按无法联系结案`));
    await row.waitFor({ state: 'detached' });

    await page.goto(`/complaints/${id}`);
    await waitForDetail(page, 'CLOSED');
    const attempts = await timelineTexts(page, 'CALLBACK_ATTEMPTED');
    assert.equal(attempts.length, 3);
    assert.match(attempts[2] ?? '', /第 3\/3 次回访未接通/);
    assert.match(attempts[2] ?? '', /号码已停机/);
    assert.match((await timelineTexts(page, 'CLOSED'))[0] ?? '', /回访 3 次均未接通，按无法联系结案/);
  });

  test('6. a department handler, who makes no callbacks, has no 回访队列', async () => {
    const { page } = e2e;
    await login(page, 'handler');
    await page.locator('.ant-menu').first().waitFor();
    assert.equal(await page.locator('.ant-menu-item', { hasText: '回访队列' }).count(), 0);
  });
});

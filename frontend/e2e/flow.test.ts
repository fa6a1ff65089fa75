/**
 * One complaint's life, as the people who handle it use the console: the
 * agent registers it during the call with a knowledge-base answer, escalates
 * it; the expert dispatches it to a department; the handler investigates and
 * proposes; the expert resolves with a reply; the agent records the
 * callback, which closes it, and reveals the caller's contact; the auditor
 * finds that reveal.
 * Then what others may not do: another agent gets a 403, and a stale version
 * gets the conflict alert. The steps run in order on one server.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { SCREENSHOT_DIR, graphqlFetch, login, screenshot, useKesu } from './harness';
import {
  chooseOption,
  createComplaintAs,
  gqlAs,
  openAction,
  selectText,
  shownVersion,
  submitAction,
  tokenFor,
  waitForDetail,
} from './complaintSteps';

const PHONE = '13700001111';
const DESCRIPTION = '客户反映本月话费账单里出现一笔未订购的视频彩铃费用，被扣费10元，客户从未办理过该业务，要求退还。';
const REPLY = '您好，经核查您未订购视频彩铃，已为您退订并按双倍返还20元，预计3个工作日内到账。';

describe('a complaint from the call to the callback', () => {
  const e2e = useKesu();
  const story = { id: '', number: '', article: '', auditId: '' };
  const detailPath = () => `/complaints/${story.id}`;

  test('1. the agent registers it with a suggested knowledge-base answer, submitting with Ctrl+Enter', async () => {
    const { page } = e2e;
    await login(page, 'agent');
    await page.goto('/complaints');
    await page.getByRole('button', { name: '登记投诉' }).click();
    await page.waitForURL((u) => u.pathname === '/complaints/new');

    await page.locator('#intake_customerPhone').fill(PHONE);
    await page.locator('#intake_customerPhone').press('Enter');
    const lookup = page.getByTestId('customer-lookup');
    await lookup.waitFor();
    assert.equal(await lookup.getAttribute('data-found'), 'false');
    assert.match(await lookup.innerText(), /新客户/);
    await page.locator('#intake_customerName').fill('王小明');
    await chooseOption(page, 'intake_categoryId', '未订购');
    assert.match(await selectText(page, 'intake_categoryId'), /未订购增值业务/);
    await page.locator('#intake_description').fill(DESCRIPTION);

    // the side panel searches the knowledge base while the agent types
    const panel = page.getByTestId('kb-suggestions');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="kb-suggestions"]')?.getAttribute('aria-busy') === 'false' &&
        document.querySelectorAll('[data-testid="kb-hit"]').length > 0,
    );
    const hits = panel.getByTestId('kb-hit');
    assert.ok((await hits.count()) >= 3, 'several articles are suggested');
    const marks = await hits.first().locator('mark').allInnerTexts();
    assert.ok(marks.length > 0, 'the matched words are marked');
    const snippets = (await panel.getByTestId('kb-snippet').allInnerTexts()).join(' ');
    assert.match(snippets, /彩铃/);
    await page.getByTestId('intake-similar').getByTestId('similar-item').first().waitFor();
    // the similar list says when it is ranked by meaning too, as the server says
    const ready = await (await fetch(`${e2e.baseURL}/readyz`)).text();
    assert.equal(
      await page.getByTestId('intake-similar').getByTestId('similar-semantic').count(),
      ready.includes('sentence encoder: loaded') ? 1 : 0,
      ready,
    );

    // take the article about unordered value-added services
    const hit = hits.filter({ hasText: '未订购增值业务被扣费' }).first();
    story.article = (await hit.locator('strong').first().innerText()).trim();
    await hit.getByRole('button', { name: /采用此答案/ }).click();
    const chosen = page.getByTestId('kb-chosen');
    await chosen.waitFor();
    assert.ok((await chosen.innerText()).includes(story.article));
    await screenshot(page, 'intake');

    await page.locator('#intake_description').press('Control+Enter');
    await page.waitForURL((u) => /^\/complaints\/\d+$/.test(u.pathname));
    story.id = new URL(page.url()).pathname.split('/').pop() ?? '';
    await waitForDetail(page, 'ACCEPTED');
    const notice = await page.locator('.ant-message-notice').innerText();
    story.number = /TS\d{8}-\d{6}/.exec(notice)?.[0] ?? '';
    assert.ok(story.number, `the success message names the number: ${notice}`);
    assert.equal(await page.locator('h4').first().innerText(), story.number);
    assert.equal((await page.getByTestId('used-kb-title').innerText()).trim(), story.article);
    assert.match(await page.getByTestId('detail-fields').innerText(), /计费争议 › 未订购增值业务/);
    assert.match(await page.getByTestId('customer-card').innerText(), /王\*\*/);
    assert.doesNotMatch(await page.locator('main, body').first().innerText(), new RegExp(PHONE), 'no phone in clear');
    await screenshot(page, 'detail');
  });

  test('2. the agent escalates it to the expert team', async () => {
    const { page } = e2e;
    await login(page, 'agent');
    await page.goto(detailPath());
    await waitForDetail(page, 'ACCEPTED');
    const before = await shownVersion(page);
    await openAction(page, 'ESCALATE');
    await page.locator('#action-escalate_note').fill('客户坚称从未订购，需专家核查订购记录');
    await submitAction(page, 'ESCALATED');
    assert.equal(await shownVersion(page), before + 1);
    const item = page.locator('[data-testid="timeline-item"][data-kind="ESCALATED"]');
    assert.equal(await item.getAttribute('data-visibility'), 'INTERNAL');
    assert.match(await item.innerText(), /需专家核查订购记录/);
    assert.match(await item.innerText(), /内部/);
  });

  test('3. the expert dispatches it to 质量管理部 with handler as assignee', async () => {
    const { page } = e2e;
    await login(page, 'expert');
    await page.goto(detailPath());
    await waitForDetail(page, 'ESCALATED');
    await openAction(page, 'DISPATCH');
    await chooseOption(page, 'action-dispatch_teamId', '质量管理部');
    await chooseOption(page, 'action-dispatch_assigneeId', '王振国');
    assert.match(await selectText(page, 'action-dispatch_assigneeId'), /王振国/);
    await page.locator('#action-dispatch_note').fill('请核查视频彩铃的订购渠道和短信记录');
    await submitAction(page, 'DISPATCHED');
    const fields = await page.getByTestId('detail-fields').innerText();
    assert.match(fields, /质量管理部/);
    assert.match(fields, /王振国/);
  });

  test('4. the handler records the investigation and proposes a resolution', async () => {
    const { page } = e2e;
    await login(page, 'handler');
    await page.goto(detailPath());
    await waitForDetail(page, 'DISPATCHED');
    await openAction(page, 'RECORD_INVESTIGATION');
    await page.locator('#action-record_investigation_findings').fill('系统批量开通导致误订购，客户无订购短信确认记录');
    await chooseOption(page, 'action-record_investigation_responsibility', '我方');
    await submitAction(page, 'INVESTIGATED');

    await openAction(page, 'PROPOSE_RESOLUTION');
    await page.locator('#action-propose_resolution_resolution').fill('退订视频彩铃，错收费用双倍返还');
    await page.locator('#action-propose_resolution_refundGrantedYuan').fill('20');
    await submitAction(page, 'RESOLUTION_PROPOSED');
    const fields = await page.getByTestId('detail-fields').innerText();
    assert.match(fields, /20\.00 元/);
    assert.match(fields, /我方责任/);
  });

  test('5. the expert resolves it with a reply the customer sees', async () => {
    const { page } = e2e;
    await login(page, 'expert');
    await page.goto(detailPath());
    await waitForDetail(page, 'RESOLUTION_PROPOSED');
    await openAction(page, 'RESOLVE');
    await page.locator('#action-resolve_reply').fill(REPLY);
    await submitAction(page, 'RESOLVED');

    const timeline = page.getByTestId('timeline');
    const resolved = timeline.locator('[data-testid="timeline-item"][data-kind="RESOLVED"]');
    assert.equal(await resolved.getAttribute('data-visibility'), 'CUSTOMER');
    assert.match(await resolved.innerText(), /客户可见/);
    assert.ok((await resolved.innerText()).includes(REPLY));

    await page.locator('.ant-segmented-item', { hasText: '仅客户可见' }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="timeline"]')?.getAttribute('data-filter') === 'customer',
    );
    const visibilities = await timeline
      .getByTestId('timeline-item')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-visibility')));
    assert.ok(visibilities.length >= 2);
    assert.ok(
      visibilities.every((v) => v === 'CUSTOMER'),
      `only customer-visible entries: ${visibilities.join(',')}`,
    );

    await page.locator('.ant-segmented-item', { hasText: '仅内部' }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="timeline"]')?.getAttribute('data-filter') === 'internal',
    );
    const internal = await timeline
      .getByTestId('timeline-item')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    assert.ok(internal.includes('ESCALATED') && internal.includes('INVESTIGATED') && !internal.includes('RESOLVED'));

    await page.locator('.ant-segmented-item', { hasText: '全部' }).click();
    await page.locator('.ant-message-notice').waitFor({ state: 'detached' });
    // the timeline card alone, from a full-page picture (the sticky header stays at the top)
    const card = page.locator('.ant-card', { has: timeline });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    const box = await card.boundingBox();
    assert.ok(box);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'detail-timeline.png'), fullPage: true, clip: box });
  });

  test('6. the agent records the callback: very satisfied, which closes the complaint', async () => {
    const { page } = e2e;
    await login(page, 'agent');
    await page.goto(detailPath());
    await waitForDetail(page, 'RESOLVED');
    await openAction(page, 'RECORD_CALLBACK');
    const fifth = page.locator('.ant-modal .ant-rate-star').nth(4);
    await fifth.click();
    // the fifth star is lit before the call is recorded (a press that lands
    // beside it gives another score, and this step is about a 5)
    await page.waitForFunction(() => document.querySelectorAll('.ant-modal .ant-rate-star-full').length === 5);
    assert.match(await page.getByTestId('callback-effect').innerText(), /提交后投诉直接结案/);
    await page.locator('#action-record_callback_comment').fill('客户确认已收到返还款，满意');
    // a satisfied callback closes the complaint: no separate 结案 step
    await submitAction(page, 'CLOSED');
    assert.equal(await page.getByTestId('detail-satisfaction').getAttribute('data-value'), '5');
    const callback = page.locator('[data-testid="timeline-item"][data-kind="CALLBACK_RECORDED"]');
    assert.match(await callback.innerText(), /5\/5/);
    const closed = page.locator('[data-testid="timeline-item"][data-kind="CLOSED"]');
    assert.match(await closed.innerText(), /回访满意度 5\/5，回访后结案/);
    assert.match(await closed.innerText(), /系统/);
    assert.equal(await page.locator('button[data-action="CLOSE"]').count(), 0);
  });

  test('7. the agent reveals the caller’s contact, giving a reason', async () => {
    const { page } = e2e;
    await login(page, 'agent');
    await page.goto(detailPath());
    await waitForDetail(page, 'CLOSED');
    await page.getByTestId('reveal-open').click();
    await page.getByTestId('reveal-submit').click();
    await page.getByText('请填写查看原因').waitFor(); // no reason, no reveal
    await page.locator('#reveal_reason').fill('回访后客户要求回电确认到账时间');
    await page.getByTestId('reveal-submit').click();
    await page.getByTestId('reveal-result').waitFor();
    assert.equal((await page.getByTestId('reveal-phone').innerText()).trim(), PHONE);
    const audit = await page.getByTestId('reveal-audit').innerText();
    story.auditId = /审计编号 (\d+)/.exec(audit)?.[1] ?? '';
    assert.ok(story.auditId, `the audit id is shown: ${audit}`);
    // the viewport (a full-page picture would cut the modal's mask)
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'reveal.png') });

    // the clear data goes with the modal
    await page
      .getByRole('button', { name: '关 闭' })
      .or(page.getByRole('button', { name: '关闭' }))
      .first()
      .click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
    assert.doesNotMatch(await page.locator('body').innerText(), new RegExp(PHONE));
  });

  test('8. the auditor finds that reveal in the audit log', async () => {
    const { page, baseURL } = e2e;
    // what the server recorded
    const token = await tokenFor(baseURL, 'auditor');
    const data = await gqlAs<{
      auditLogs: { nodes: Array<{ id: string; actorName: string | null; targetId: string | null; detail: unknown }> };
    }>(
      baseURL,
      token,
      'query($f: AuditLogFilter) { auditLogs(filter: $f, first: 20) { nodes { id actorName targetId detail } } }',
      {
        f: { action: 'customer.reveal', targetId: story.id },
      },
    );
    const record = data.auditLogs.nodes.find((n) => n.id === story.auditId);
    assert.ok(record, `audit record ${story.auditId} is in the log`);
    assert.equal(record.actorName, 'agent');
    assert.match(JSON.stringify(record.detail), /回访后客户要求回电确认到账时间/);

    // and what the auditor sees in the console's audit log page
    await login(page, 'auditor');
    await page.goto(`/audit?action=customer.reveal&targetType=complaint&target=${story.id}`);
    await page.waitForFunction(() => {
      const el = document.querySelector('[data-testid="audit"]');
      return (
        el?.getAttribute('aria-busy') === 'false' &&
        document.querySelector('[data-testid="audit"] .ant-table-tbody tr.ant-table-row') !== null
      );
    });
    const rows = await page.locator('[data-testid="audit"] .ant-table-tbody tr.ant-table-row').allInnerTexts();
    assert.ok(rows.length >= 1, 'the reveal is listed');
    assert.ok(
      rows.some((r) => /\bagent\b/.test(r)),
      `the agent is named: ${rows.join(' | ')}`,
    );
  });

  test('9. another agent gets a 403 page for it', async () => {
    const { page } = e2e;
    await login(page, 'agent2');
    await page.goto(detailPath());
    const error = page.getByTestId('detail-error');
    await error.waitFor();
    assert.equal(await error.getAttribute('data-code'), 'FORBIDDEN');
    assert.doesNotMatch(await error.innerText(), /outside your data scope/);
    assert.match(await error.innerText(), /处理范围|没有执行此操作的权限/);
    assert.equal(await page.locator('.ant-result-403').count(), 1);
    assert.match(await page.locator('.ant-result-title').innerText(), /无权查看该投诉/);
    await screenshot(page, 'forbidden');
  });

  test('10. a change made elsewhere meanwhile gives the conflict alert; reloading keeps what was typed', async () => {
    const { page, baseURL } = e2e;
    const token = await tokenFor(baseURL, 'agent2');
    const own = await createComplaintAs(baseURL, token, {
      customerPhone: '13700002222',
      customerName: '李娜',
      categoryId: '30',
      description: '通话经常中断，一天掉线十几次',
    });
    await login(page, 'agent2');
    await page.goto(`/complaints/${own.id}`);
    await waitForDetail(page, 'ACCEPTED');
    await openAction(page, 'ESCALATE');
    const note = '客户多次来电，需网络部门排查基站';
    await page.locator('#action-escalate_note').fill(note);

    // someone else changes the complaint while the modal is open
    const changed = await graphqlFetch(
      baseURL,
      'mutation($i: UpdateComplaintInput!) { updateComplaint(input: $i) { version } }',
      { i: { id: own.id, expectedVersion: own.version, priority: 'URGENT' } },
      token,
    );
    assert.equal(changed.errors, undefined, JSON.stringify(changed.errors));

    await page.getByTestId('action-submit').click();
    const alert = page.getByTestId('conflict-alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /该投诉已被他人更新/);
    assert.doesNotMatch(await alert.innerText(), /changed by someone else/);
    assert.equal(await page.getByTestId('action-submit').isDisabled(), true);
    await page.getByTestId('conflict-reload').click();
    await alert.waitFor({ state: 'detached' });
    await waitForDetail(page, 'ACCEPTED');
    assert.equal(await shownVersion(page), own.version + 1);
    assert.equal(await page.locator('#action-escalate_note').inputValue(), note, 'the typed note is kept');
    assert.match(await page.getByTestId('detail').locator('[data-priority]').first().innerText(), /紧急/);

    await submitAction(page, 'ESCALATED');
    assert.match(
      await page.locator('[data-testid="timeline-item"][data-kind="ESCALATED"]').innerText(),
      new RegExp(note),
    );
  });

  test('11. an unknown complaint gives a 404 page in the console’s words', async () => {
    const { page } = e2e;
    await login(page, 'expert');
    await page.goto('/complaints/987654321');
    const error = page.getByTestId('detail-error');
    await error.waitFor();
    assert.equal(await error.getAttribute('data-code'), 'NOT_FOUND');
    assert.doesNotMatch(await error.innerText(), /987654321 not found/);
    assert.match(await error.innerText(), /记录不存在或已被删除/);
    assert.equal(await page.locator('.ant-result-404').count(), 1);
  });
});

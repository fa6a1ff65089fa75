/**
 * 退单: a complaint dispatched to the wrong department goes back to the
 * expert team. The handler of 质量管理部 returns it with a reason (required)
 * and leaves it; the expert who dispatched it finds the 退回 notification,
 * sees the reason and the team it went back to in the timeline, and
 * dispatches it again. The steps run in order on one server.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_PASSWORD, graphqlFetch, login, screenshot, useKesu } from './harness';
import {
  chooseOption,
  createComplaintAs,
  gqlAs,
  openAction,
  submitAction,
  tokenFor,
  waitForDetail,
} from './complaintSteps';

const REASON = '该问题是宽带线路故障，属于网络运维部，不属于产品质量问题';

async function userId(baseURL: string, username: string): Promise<string> {
  const r = await graphqlFetch(baseURL, 'mutation($i: LoginInput!) { login(input: $i) { user { id } } }', {
    i: { username, password: DEMO_PASSWORD },
  });
  const id = (r.data as { login?: { user?: { id?: string } } } | undefined)?.login?.user?.id;
  assert.ok(id, `login ${username}: ${JSON.stringify(r.errors)}`);
  return id;
}

describe('a wrongly dispatched complaint is returned to the expert team', () => {
  const e2e = useKesu();
  const story = { id: '', number: '' };
  const detailPath = () => `/complaints/${story.id}`;

  test('1. registered, escalated and dispatched to 质量管理部 for handler (API)', async () => {
    const { baseURL } = e2e;
    const agent = await tokenFor(baseURL, 'agent');
    const expert = await tokenFor(baseURL, 'expert');
    const c = await createComplaintAs(baseURL, agent, {
      customerPhone: '13600007777',
      customerName: '郑敏',
      categoryId: '20',
      description: '家里宽带每天晚上断线好几次，报修后一直没人处理',
    });
    story.id = c.id;
    story.number = c.number;
    const escalated = await gqlAs<{ escalateComplaint: { version: number } }>(
      baseURL,
      agent,
      'mutation($i: EscalateComplaintInput!) { escalateComplaint(input: $i) { version } }',
      { i: { id: c.id, expectedVersion: c.version } },
    );
    const { teams } = await gqlAs<{ teams: Array<{ id: string; name: string }> }>(baseURL, expert, '{ teams { id name } }');
    const quality = teams.find((t) => t.name === '质量管理部');
    assert.ok(quality, 'the demo has 质量管理部');
    const dispatched = await gqlAs<{ dispatchComplaint: { status: string; assignee: { id: string } | null } }>(
      baseURL,
      expert,
      'mutation($i: DispatchComplaintInput!) { dispatchComplaint(input: $i) { status assignee { id } } }',
      {
        i: {
          id: c.id,
          expectedVersion: escalated.escalateComplaint.version,
          teamId: quality.id,
          assigneeId: await userId(baseURL, 'handler'),
        },
      },
    );
    assert.equal(dispatched.dispatchComplaint.status, 'DISPATCHED');
  });

  test('2. the handler returns it: a reason is required; then the complaint leaves their scope', async () => {
    const { page } = e2e;
    await login(page, 'handler');
    await page.goto(detailPath());
    await waitForDetail(page, 'DISPATCHED');
    // investigating stays the primary step; 退单 is offered beside it
    const primary = page.locator('.kesu-page-header button.ant-btn-primary');
    assert.equal(await primary.getAttribute('data-action'), 'RECORD_INVESTIGATION');
    const returnButton = page.locator('button[data-action="RETURN"]');
    assert.match(await returnButton.innerText(), /退单至专家组/);

    await openAction(page, 'RETURN');
    const modal = page.locator('.ant-modal');
    assert.match(await modal.innerText(), /投诉不属于本部门时/);
    const reason = page.locator('#action-return_reason');
    assert.equal(await reason.getAttribute('placeholder'), '说明为何不属于本部门，专家组将据此重新派单');
    await page.getByTestId('action-submit').click();
    const error = modal.locator('.ant-form-item-explain-error');
    await error.waitFor();
    assert.equal(await error.innerText(), '请填写退单原因');
    assert.equal(await page.getByTestId('detail').getAttribute('data-status'), 'DISPATCHED');

    await reason.fill(REASON);
    await page.getByTestId('action-submit').click();
    await page.waitForURL((u) => u.pathname === '/complaints');
    const notice = await page.locator('.ant-message-notice').innerText();
    assert.ok(notice.includes(story.number) && notice.includes('已退回专家组'), notice);

    // no longer the department's: the handler may not open it any more
    await page.goto(detailPath());
    const denied = page.getByTestId('detail-error');
    await denied.waitFor();
    assert.equal(await denied.getAttribute('data-code'), 'FORBIDDEN');
  });

  test('3. the expert is told, sees why and where it went, and dispatches it again', async () => {
    const { page } = e2e;
    await login(page, 'expert');
    await page.getByTestId('notification-bell').click();
    const item = page.locator('[data-testid="notification-item"][data-kind="RETURNED"]').first();
    await item.waitFor();
    assert.match(await item.innerText(), /部门退回/);
    assert.equal(await item.getAttribute('data-unread'), 'true');
    await screenshot(page, 'returned-bell');
    await item.getByRole('link').click();
    await page.waitForURL((u) => u.pathname === detailPath());
    await waitForDetail(page, 'ESCALATED');

    assert.match(await page.getByTestId('detail-title').locator('..').innerText(), /已升级专家组/);
    const returned = page.locator('[data-testid="timeline-item"][data-kind="RETURNED"]');
    const text = await returned.innerText();
    assert.match(text, /退单/);
    assert.ok(text.includes(REASON), text);
    assert.match(await returned.getByTestId('timeline-details').innerText(), /退回：客诉专家组/);
    assert.match(text, /已派专业部门查证处理[\s\S]*已升级专家组/);
    assert.equal(await returned.getAttribute('data-visibility'), 'INTERNAL');
    assert.equal(await page.locator('button[data-action="RETURN"]').count(), 0);
    await screenshot(page, 'returned-detail');

    const primary = page.locator('.kesu-page-header button.ant-btn-primary');
    assert.equal(await primary.getAttribute('data-action'), 'DISPATCH');
    await openAction(page, 'DISPATCH');
    await chooseOption(page, 'action-dispatch_teamId', '网络运维部');
    await page.locator('#action-dispatch_note').fill('质量管理部退回：宽带线路故障，请网络运维部核查');
    await submitAction(page, 'DISPATCHED');
    assert.match(await page.getByTestId('detail-fields').innerText(), /网络运维部/);
  });
});

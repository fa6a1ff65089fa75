/**
 * 登记投诉 without a mouse: autofocus, tab order, the phone lookup on Enter,
 * the category picked by typing, Alt+N to take a suggestion, Ctrl+Enter to
 * submit; then what to tell the customer and the possible-repeat notice on
 * the new complaint.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { login, queueRowCount, screenshot, useKesu, waitForQueue } from './harness';
import { createComplaintAs, gqlAs, selectText, tokenFor, waitForDetail } from './complaintSteps';

const PHONE = '13800005555';

/** What has the keyboard focus: its id, or a short description. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    if (el.id) return el.id;
    const testId = el.getAttribute('data-testid');
    if (testId) return `testid:${testId}`;
    if (el instanceof HTMLInputElement && el.type === 'radio') return `radio:${el.name}=${el.value}`;
    return el.tagName.toLowerCase();
  });
}

async function waitForSuggestions(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="kb-suggestions"]')?.getAttribute('aria-busy') === 'false' &&
      document.querySelectorAll('[data-testid="kb-hit"]').length >= 2,
  );
}

describe('call intake by keyboard', () => {
  const e2e = useKesu();
  const state = { earlier: { id: '', number: '' }, id: '' };

  test('an agent registers a complaint with the keyboard only', async () => {
    const { page, baseURL } = e2e;
    // the same caller complained about the same thing before
    const token = await tokenFor(baseURL, 'agent');
    const earlier = await createComplaintAs(baseURL, token, {
      customerPhone: PHONE,
      customerName: '赵敏',
      categoryId: '24',
      description: '手机账单里有视频彩铃的费用，客户说没订过',
    });
    state.earlier = { id: earlier.id, number: earlier.number };

    await login(page, 'agent');
    await page.goto('/complaints/new');
    await page.locator('#intake_customerPhone').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'intake_customerPhone');
    const order: string[] = [await focused(page)];

    await page.keyboard.type(PHONE);
    await page.keyboard.press('Enter'); // looks the caller up and moves on
    order.push(await focused(page));
    const lookup = page.getByTestId('customer-lookup');
    await lookup.waitFor();
    assert.equal(await lookup.getAttribute('data-found'), 'true');
    const known = await lookup.innerText();
    assert.match(known, /老客户/);
    assert.match(known, /赵\*/);
    assert.match(known, /138\*{4}5555/);

    await page.keyboard.type('赵敏');
    await page.keyboard.press('Tab');
    order.push(await focused(page)); // channel: 热线电话 by default
    await page.keyboard.press('Tab');
    order.push(await focused(page));
    await page.keyboard.type('未订购');
    await page.locator('.ant-select-tree-treenode', { hasText: '未订购增值业务' }).waitFor();
    await page.keyboard.press('Enter');
    assert.match(await selectText(page, 'intake_categoryId'), /未订购增值业务/);
    await page.keyboard.press('Tab');
    order.push(await focused(page));
    await page.keyboard.press('ArrowRight'); // 一般 → 重要
    assert.equal(await focused(page), 'radio:priority=IMPORTANT');
    await page.keyboard.press('Tab');
    order.push(await focused(page));
    await page.keyboard.type('再次反映视频彩铃被扣费');
    await page.keyboard.press('Tab');
    order.push(await focused(page));
    await page.keyboard.type('客户第二次来电，称上次反映的视频彩铃扣费问题仍未处理，本月又被扣费。');
    await page.keyboard.press('Tab');
    order.push(await focused(page));

    assert.deepEqual(order, [
      'intake_customerPhone',
      'intake_customerName',
      'intake_channel',
      'intake_categoryId',
      'radio:priority=NORMAL',
      'intake_title',
      'intake_description',
      'testid:intake-submit',
    ]);
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focused(page), 'intake_description');

    // Alt+N takes the Nth suggestion, again drops it, Alt+0 drops any
    await waitForSuggestions(page);
    const titles = await page.getByTestId('kb-hit').locator('strong').allInnerTexts();
    await page.keyboard.press('Alt+1');
    assert.ok((await page.getByTestId('kb-chosen').innerText()).includes(titles[0] ?? '?'));
    await page.keyboard.press('Alt+0');
    await page.getByTestId('kb-chosen').waitFor({ state: 'detached' });
    await page.keyboard.press('Alt+2');
    assert.ok((await page.getByTestId('kb-chosen').innerText()).includes(titles[1] ?? '?'));
    assert.equal(await page.locator('[data-testid="kb-hit"][data-chosen="true"]').count(), 1);
    assert.equal(await focused(page), 'intake_description', 'the shortcuts leave the focus where it was');

    await page.keyboard.press('Control+Enter');
    await page.waitForURL((u) => /^\/complaints\/\d+$/.test(u.pathname));
    state.id = new URL(page.url()).pathname.split('/').pop() ?? '';
    await waitForDetail(page, 'ACCEPTED');
    assert.equal((await page.getByTestId('used-kb-title').innerText()).trim(), titles[1]);
    assert.equal(
      await page.getByTestId('detail').locator('[data-priority]').first().getAttribute('data-priority'),
      'IMPORTANT',
    );
    assert.equal((await page.getByTestId('detail-title').innerText()).trim(), '再次反映视频彩铃被扣费');

    // what to read out or send the customer: the number and where to check it
    const { complaint } = await gqlAs<{ complaint: { number: string } }>(
      baseURL,
      token,
      'query($id: ID!) { complaint(id: $id) { number } }',
      { id: state.id },
    );
    const tell = page.getByTestId('tell-customer');
    await tell.waitFor();
    assert.match(await tell.innerText(), /告知客户/);
    const said = await page.getByTestId('customer-message').innerText();
    assert.ok(said.includes(complaint.number), said);
    assert.ok(said.includes(`/status?n=${complaint.number}`), said);
    assert.ok(!said.includes(PHONE), 'the message carries no phone');
    await tell.getByRole('button', { name: '复制' }).waitFor();
    await screenshot(page, 'intake-tell-customer');

    // the earlier complaint of the same caller is offered as the original
    const notice = page.getByTestId('repeat-notice');
    await notice.waitFor();
    assert.ok((await notice.innerText()).includes(state.earlier.number));
  });

  test('the possible-repeat notice links the new complaint to the earlier one', async () => {
    const { page } = e2e;
    // the notice comes with the hand-over from the intake page, not on a later visit
    await login(page, 'agent');
    await page.goto(`/complaints/${state.id}`);
    await waitForDetail(page, 'ACCEPTED');
    assert.equal(await page.getByTestId('repeat-notice').count(), 0, 'only right after registration');
    assert.equal(await page.getByTestId('tell-customer').count(), 0, 'only right after registration');

    // the caller calls a third time
    await page.goto('/complaints/new');
    await page.locator('#intake_customerPhone').fill(PHONE);
    await page.locator('#intake_customerName').fill('赵敏');
    await page.locator('#intake_categoryId').focus();
    await page.keyboard.type('未订购');
    await page.locator('.ant-select-tree-treenode', { hasText: '未订购增值业务' }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('#intake_description').fill('第三次来电：视频彩铃仍在扣费');
    await page.getByTestId('intake-submit').click();
    await page.waitForURL((u) => /^\/complaints\/\d+$/.test(u.pathname) && !u.pathname.endsWith(`/${state.id}`));
    await waitForDetail(page, 'ACCEPTED');
    const notice = page.getByTestId('repeat-notice');
    await notice.waitFor();
    const item = notice.locator('.ant-list-item', { hasText: state.earlier.number });
    await item.getByTestId('mark-repeat').click();
    await page.getByTestId('badge-repeat').waitFor();
    await waitForDetail(page, 'ACCEPTED');
    assert.equal(await page.getByTestId('repeat-notice').count(), 0);
    assert.ok((await page.getByTestId('detail-fields').innerText()).includes(state.earlier.number));
    await page.locator('[data-testid="timeline-item"][data-kind="MARKED_REPEAT"]').waitFor();
  });

  test('typing a returning caller’s number shows their complaints before filing, open ones first', async () => {
    const { page } = e2e;
    await login(page, 'agent');
    await page.goto('/complaints/new');
    await page.waitForFunction(() => document.activeElement?.id === 'intake_customerPhone');
    // a partial number is not looked up (each lookup is audited)
    await page.keyboard.type(PHONE.slice(0, 8));
    await page.waitForTimeout(800);
    assert.equal(await page.getByTestId('customer-history').count(), 0, 'no lookup before the number is complete');
    // the rest of the number, no Enter, no blur: the history comes by itself
    await page.keyboard.type(PHONE.slice(8));
    const history = page.getByTestId('customer-history');
    await history.waitFor();
    assert.equal(await focused(page), 'intake_customerPhone', 'the agent stays in the field');
    assert.equal(await page.getByTestId('customer-lookup').getAttribute('data-found'), 'true');
    // three complaints of this caller so far (the first test's two and the repeat), all open
    assert.equal(await history.getAttribute('data-count'), '3');
    const items = history.getByTestId('history-item');
    assert.equal(await items.count(), 3);
    const text = await history.innerText();
    assert.match(text, /共 3 件投诉/);
    assert.match(text, /3 件未办结/);
    assert.ok(text.includes(state.earlier.number), text);
    const link = items.locator('a', { hasText: state.earlier.number });
    assert.equal(await link.getAttribute('href'), `/complaints/${state.earlier.id}`);
    await screenshot(page, 'intake-history');

    // the queue filtered to this caller lists the same complaints
    const more = history.getByTestId('history-more');
    const href = (await more.getAttribute('href')) ?? '';
    assert.match(href, /^\/complaints\?customer=\d+$/);
    await page.goto(href);
    await waitForQueue(page);
    assert.equal(await queueRowCount(page), 3);
    assert.match(await page.getByTestId('queue-filter-customer').innerText(), /赵\*/);
    await page.getByTestId('queue-filter-customer').locator('.ant-tag-close-icon').click();
    await page.waitForURL((u) => !u.search.includes('customer='));
  });

  test('Ctrl+Enter on an empty form says what is missing and focuses it', async () => {
    const { page } = e2e;
    await login(page, 'agent');
    await page.goto('/complaints/new');
    await page.waitForFunction(() => document.activeElement?.id === 'intake_customerPhone');
    await page.keyboard.press('Control+Enter');
    await page.getByText('请输入来电号码').waitFor();
    await page.getByText('请选择投诉分类').waitFor();
    await page.getByText('请输入投诉内容').waitFor();
    assert.equal(await focused(page), 'intake_customerPhone');
    assert.equal(new URL(page.url()).pathname, '/complaints/new');
    await page.keyboard.type('12345');
    await page.keyboard.press('Tab');
    await page.getByText('请输入 7–20 位电话号码').waitFor();
  });
});

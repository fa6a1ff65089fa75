/** The complaint queue (我的工单) against the demo data of a real server. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { login, queueRowCount as rowCount, screenshot, useKesu, waitForQueue } from './harness';

describe('my queue', () => {
  const e2e = useKesu();

  test('filters live in the URL and survive a reload', async () => {
    const { page } = e2e;
    await login(page, 'expert');
    await page.goto('/complaints');
    await waitForQueue(page);

    await page.locator('#queue-priority').click();
    await page.locator('.ant-select-item-option[title="紧急"]').click();
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => u.searchParams.get('priority') === 'URGENT');
    await waitForQueue(page);

    const priorities = await page
      .locator('.ant-table-tbody [data-priority]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-priority')));
    assert.ok(priorities.length > 0);
    assert.ok(
      priorities.every((p) => p === 'URGENT'),
      `only urgent rows: ${priorities.join(',')}`,
    );

    await page.reload();
    await waitForQueue(page);
    assert.match(await page.locator('.ant-select', { has: page.locator('#queue-priority') }).innerText(), /紧急/);

    await page.getByRole('button', { name: /重\s*置/ }).click();
    await page.waitForURL((u) => !u.searchParams.has('priority'));
  });

  test('a complaint number finds exactly that complaint, and its row opens the detail route', async () => {
    const { page } = e2e;
    await login(page, 'expert');
    await waitForQueue(page);
    const number = (
      await page.locator('.ant-table-tbody tr.ant-table-row').nth(3).locator('a').first().innerText()
    ).trim();
    assert.match(number, /^TS\d{8}-\d{6}$/);

    await page.locator('#queue-q').fill(number);
    await page.locator('#queue-q').press('Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === number);
    await waitForQueue(page);
    assert.equal(await rowCount(page), 1);

    await page.locator('.ant-table-tbody tr.ant-table-row td').nth(2).click();
    await page.waitForURL((u) => /^\/complaints\/\d+$/.test(u.pathname));
  });

  test('sorting by priority puts urgent first; load more fetches the next page', async () => {
    const { page } = e2e;
    await login(page, 'supervisor');
    await page.goto('/complaints?sort=PRIORITY');
    await waitForQueue(page);
    assert.equal(
      await page.locator('.ant-table-tbody [data-priority]').first().getAttribute('data-priority'),
      'URGENT',
    );

    assert.equal(await rowCount(page), 20);
    const total = Number(/(\d+)/.exec(await page.getByTestId('queue-total').innerText())?.[1]);
    assert.ok(total > 40, `demo data has more than 40 complaints (got ${total})`);
    await page.getByTestId('load-more').click();
    await page.waitForFunction(() => document.querySelectorAll('.ant-table-tbody tr.ant-table-row').length === 40);
    const numbers = await page.locator('.ant-table-tbody tr.ant-table-row td:first-child').allInnerTexts();
    assert.equal(new Set(numbers).size, 40, 'no row twice');

    // the header sorter and the sort select agree
    await page.getByRole('columnheader', { name: /受理时间/ }).click();
    await page.waitForURL((u) => u.searchParams.get('sort') === null);
    await waitForQueue(page);
    await page.getByRole('columnheader', { name: /受理时间/ }).click();
    await page.waitForURL((u) => u.searchParams.get('sort') === 'OLDEST');
    await waitForQueue(page);
    assert.equal(await page.locator('#queue-sort').locator('xpath=../..').innerText(), '最早受理');
  });

  test('the console speaks English after the toggle, and remembers it', async () => {
    const { page } = e2e;
    await login(page, 'handler');
    await waitForQueue(page);
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'My queue' }).waitFor();
    await page.getByRole('columnheader', { name: 'Status' }).waitFor();
    await page.reload();
    await waitForQueue(page);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en-US');
    assert.match(await page.getByTestId('user-menu').innerText(), /Department handler/);
    await page.getByRole('button', { name: /Expand/ }).click();
    await screenshot(page, 'queue-en');
    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('heading', { name: '我的工单' }).waitFor();
  });

  test('an auditor, who may read no complaints, gets no queue in the menu and a 403 on the URL', async () => {
    const { page } = e2e;
    await login(page, 'auditor');
    // the auditor's only page is the audit log, which is where they land
    await page.waitForURL((u) => u.pathname === '/audit');
    const menu = await page.locator('.ant-menu-item').allInnerTexts();
    assert.ok(menu.length > 0);
    assert.ok(!menu.some((m) => /我的工单|登记投诉/.test(m)), `no complaint pages in the menu: ${menu.join(', ')}`);
    await page.goto('/complaints');
    await page.getByText('无权访问').waitFor();
  });

  test('the login form and the queue work from the keyboard', async () => {
    const { page } = e2e;
    await page.goto('/login');
    await page.locator('#login_username').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'login_username');
    await page.keyboard.type('agent');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'login_password');
    await page.keyboard.type('Kesu-demo-2026');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/complaints');
    await waitForQueue(page);

    // tabbing reaches the first complaint link, and Enter opens it
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() =>
        /^\/complaints\/\d+$/.test(
          new URL((document.activeElement as HTMLAnchorElement | null)?.href ?? 'http://x/').pathname,
        ),
      );
    }
    assert.ok(reached, 'a complaint link is reachable with Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => /^\/complaints\/\d+$/.test(u.pathname));
  });
});

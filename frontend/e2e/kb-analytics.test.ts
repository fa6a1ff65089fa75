/**
 * 检索分析 against a real server: an agent searches the knowledge base (one
 * query finds nothing, one with a phone number in it, one whose hit they
 * open); a knowledge-base editor then sees them on the analytics page: the
 * totals, the zero-result query, the opened one, the phone number replaced,
 * and a query's link back to the search page. An agent has no entry and the
 * URL answers 403.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { clickMenu, login, logout, screenshot, useKesu } from './harness';

// each suite has its own server and database: these are the only searches
const NOTHING = '犇骉羴鱻';
const WITH_PHONE = '客户电话13912345678充不进电';

/** Waits until the search page shows the results of `q`. */
async function searchKb(page: Page, q: string): Promise<void> {
  const box = page.locator('#kb-search');
  await box.fill(q);
  await box.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('q') === q);
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="kb-results"]');
    return (
      el !== null &&
      el.getAttribute('aria-busy') === 'false' &&
      el.getAttribute('data-search') === new URLSearchParams(window.location.search).toString() &&
      el.querySelector('.ant-spin-spinning') === null
    );
  });
}

/** Opens a tab of the analytics page and waits for its table to settle. */
async function openTab(page: Page, tab: string): Promise<void> {
  await page.getByTestId(`kb-ana-tab-${tab}`).click();
  await page.waitForFunction((t) => {
    const el = document.querySelector(`[data-testid="kb-ana-${t}"]`);
    return el !== null && el.getAttribute('aria-busy') === 'false' && el.querySelector('.ant-spin-spinning') === null;
  }, tab);
}

describe('knowledge-base search analytics', () => {
  const e2e = useKesu();

  test('an editor sees what agents searched for: zero results, opens, phone numbers scrubbed', async () => {
    const { page } = e2e;
    await login(page, 'agent');
    await page.goto('/kb');
    await page.locator('[data-testid="kb-article-row"]').first().waitFor();
    await searchKb(page, NOTHING);
    await page.locator('[data-testid="kb-results"] .ant-empty').waitFor();
    // well apart in text, so not merged as retyping
    await searchKb(page, WITH_PHONE);
    await page.getByTestId('kb-hit').first().waitFor();
    await searchKb(page, '充不进电');
    const first = page.getByTestId('kb-hit').first().locator('.kesu-kb-title');
    const opened = await first.innerText();
    await first.click();
    await page.waitForURL((u) => /^\/kb\/articles\/\d+$/.test(u.pathname));
    await page.getByTestId('kb-article-body').waitFor();
    assert.ok(opened.length > 0);
    await logout(page);

    await login(page, 'kb_editor');
    await clickMenu(page, '检索分析', '知识库');
    await page.waitForURL((u) => u.pathname === '/kb/analytics');

    const summary = page.getByTestId('kb-ana-summary');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="kb-ana-summary"]')?.getAttribute('aria-busy') === 'false',
    );
    const searches = Number(
      (await summary.locator('.ant-statistic', { hasText: '检索次数' }).locator('.ant-statistic-content').innerText())
        .replace(/,/g, '')
        .trim(),
    );
    assert.ok(searches >= 3, `the agent's three searches are counted (${searches})`);
    assert.match(await page.getByTestId('kb-ana-zero-rate').innerText(), /\d+\.\d%/);
    // whether search ranks with the sentence encoder, as the server says
    const ready = await (await fetch(`${e2e.baseURL}/readyz`)).text();
    const loaded = ready.includes('sentence encoder: loaded');
    assert.equal(
      await page.getByTestId('kb-ana-semantic').innerText(),
      loaded ? '语义检索：已启用' : '语义检索：未安装',
      ready,
    );

    // the query that found nothing
    await openTab(page, 'ZERO_RESULT');
    const zero = page.getByTestId('kb-ana-ZERO_RESULT');
    await zero.locator('.ant-table-row', { hasText: NOTHING }).waitFor();
    assert.equal(await zero.locator('.ant-table-row', { hasText: '充不进电' }).count(), 0);

    // the phone number never reached the server's log
    await openTab(page, 'TOP');
    const top = page.getByTestId('kb-ana-TOP');
    const phoneRow = top.locator('.ant-table-row', { hasText: '客户电话' });
    const phoneText = await phoneRow.innerText();
    assert.match(phoneText, /\[号码\]/, phoneText);
    assert.doesNotMatch(phoneText, /13912345678/, phoneText);
    // the search whose hit was opened is not among the unopened
    await openTab(page, 'UNOPENED');
    const unopened = page.getByTestId('kb-ana-UNOPENED');
    await unopened.locator('.ant-table-row', { hasText: '客户电话' }).waitFor();
    const unopenedQueries = await unopened.getByTestId('kb-ana-query').allInnerTexts();
    assert.ok(!unopenedQueries.includes('充不进电'), unopenedQueries.join(' | '));
    await screenshot(page, 'kb-analytics');

    // articles no search found, then a query leads back to the search page
    await openTab(page, 'NEVER_FOUND');
    await page.locator('[data-testid="kb-ana-NEVER_FOUND"] .ant-table-row, [data-testid="kb-ana-NEVER_FOUND"] .ant-empty').first().waitFor();
    await openTab(page, 'ZERO_RESULT');
    await zero.getByTestId('kb-ana-query').filter({ hasText: NOTHING }).click();
    await page.waitForURL((u) => u.pathname === '/kb' && u.searchParams.get('q') === NOTHING);
  });

  test('an agent has no 检索分析 entry, and the URL answers 403', async () => {
    const { page } = e2e;
    await login(page, 'agent');
    await page.locator('.ant-menu-item', { hasText: '知识库' }).waitFor();
    assert.equal(await page.locator('.ant-menu-item', { hasText: '检索分析' }).count(), 0);
    await page.goto('/kb/analytics');
    await page.locator('.ant-result-403').waitFor();
    assert.match(await page.locator('.ant-result-403').innerText(), /kb\.edit/);
  });
});

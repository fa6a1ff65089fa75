/** 重大投诉认定标准: an admin changes what makes a complaint major; others have no such page. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { clickMenu, login, screenshot, useKesu } from './harness';

/** The criteria have loaded and the form shows them. */
async function criteriaShown(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="major-criteria"]')?.getAttribute('aria-busy') === 'false',
  );
  await page.getByTestId('major-criteria-status').waitFor();
  await page.locator('#major-criteria_amountOverYuan').waitFor();
}

/** The channels chosen in the multi-select, as their labels. */
async function chosenChannels(page: Page): Promise<string[]> {
  const tags = page.locator('[data-testid="major-criteria"] .ant-select-selection-item-content');
  return (await tags.allInnerTexts()).map((s) => s.trim());
}

describe('major-complaint criteria', () => {
  const e2e = useKesu();

  test('an admin sees the defaults, turns off the amount and 监管转办, and the saved criteria are shown after a reload', async () => {
    const { page } = e2e;
    await login(page, 'admin');
    await clickMenu(page, '重大投诉标准', '系统管理');
    await page.waitForURL((url) => url.pathname === '/admin/major-criteria');
    await criteriaShown(page);

    const status = page.getByTestId('major-criteria-status');
    assert.match(await status.innerText(), /当前为默认标准/);
    assert.equal(await page.locator('#major-criteria_amountOverYuan').inputValue(), '5000.00');
    assert.deepEqual(await chosenChannels(page), ['监管转办', '社交媒体']);
    assert.equal(await page.locator('#major-criteria_repeatSameIssue').getAttribute('aria-checked'), 'true');
    assert.equal(await page.locator('#major-criteria_announcementCountOver').inputValue(), '20');

    await page.locator('#major-criteria_amountOverYuan').fill('');
    await page
      .locator('[data-testid="major-criteria"] .ant-select-selection-item', { hasText: '监管转办' })
      .locator('.ant-select-selection-item-remove')
      .click();
    assert.deepEqual(await chosenChannels(page), ['社交媒体']);
    await page.getByTestId('major-criteria-save').click();
    await page.getByText('已保存重大投诉认定标准').waitFor();
    await page.locator('[data-testid="major-criteria-status"][data-default="false"]').waitFor();

    await page.reload();
    await criteriaShown(page);
    const saved = await page.getByTestId('major-criteria-status').innerText();
    assert.match(saved, /最近修改：/);
    assert.match(saved, /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    assert.match(saved, /版本 1/);
    assert.doesNotMatch(saved, /当前为默认标准/);
    assert.equal(await page.locator('#major-criteria_amountOverYuan').inputValue(), '');
    assert.deepEqual(await chosenChannels(page), ['社交媒体']);
    assert.equal(await page.locator('#major-criteria_repeatSameIssue').getAttribute('aria-checked'), 'true');
    assert.equal(await page.locator('#major-criteria_announcementCountOver').inputValue(), '20');
    await screenshot(page, 'major-criteria');
  });

  test('an agent has no menu entry for it, and its URL answers 403', async () => {
    const { page } = e2e;
    await login(page, 'agent');
    await page.locator('.ant-menu').first().waitFor();
    assert.equal(await page.locator('.ant-menu-item', { hasText: '重大投诉标准' }).count(), 0);
    assert.equal(await page.locator('.ant-menu-submenu', { hasText: '系统管理' }).count(), 0);
    await page.goto('/admin/major-criteria');
    await page.locator('.ant-result-403').waitFor();
    assert.match(await page.locator('.ant-result-403').innerText(), /major\.manage/);
  });
});

/** The supervisor dashboard (统计看板) over the demo's complaints, with real ECharts canvases. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { clickMenu, login, screenshot, useKesu } from './harness';

const CHARTS = ['chart-volume', 'chart-pareto', 'chart-channel', 'chart-status', 'chart-satisfaction'];

/** Waits until the numbers belong to the current URL and every chart has drawn its canvas. */
async function waitForDashboard(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="dashboard"]');
    return (
      el !== null &&
      el.getAttribute('aria-busy') === 'false' &&
      el.getAttribute('data-search') === new URLSearchParams(window.location.search).toString() &&
      el.querySelector('[data-testid="kpi-total"]') !== null
    );
  });
  for (const id of CHARTS) await page.locator(`[data-testid="${id}"] canvas`).first().waitFor();
}

async function kpi(page: Page, id: string): Promise<string> {
  return (await page.locator(`[data-testid="${id}"] .ant-statistic-content-value`).innerText()).trim();
}

describe('supervisor dashboard', () => {
  const e2e = useKesu();

  test('a supervisor sees KPIs and charts for the last 30 days, and narrows to 7 days', async () => {
    const { page } = e2e;
    await login(page, 'supervisor');
    await clickMenu(page, '统计看板');
    await page.waitForURL((u) => u.pathname === '/dashboard');
    await waitForDashboard(page);

    const total = Number(await kpi(page, 'kpi-total'));
    const open = Number(await kpi(page, 'kpi-open'));
    const resolved = Number(await kpi(page, 'kpi-resolved'));
    assert.ok(total > 0, `complaints in the last 30 days: ${total}`);
    assert.equal(open + resolved, total, 'open + resolved = total');
    assert.ok(resolved > 0);
    assert.match(await kpi(page, 'kpi-satisfaction'), /^[1-5]\.\d{2}$/, 'an average satisfaction score');
    assert.match(await kpi(page, 'kpi-satisfied-rate'), /^\d+(\.\d)?%$/);
    assert.match(await kpi(page, 'kpi-repeat-rate'), /^\d+(\.\d)?%$/, 'the repeat rate is a percentage, even at zero');
    assert.match(
      await page.getByTestId('dashboard-updated').innerText(),
      /最后更新 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/,
    );

    for (const id of CHARTS) {
      const box = await page.locator(`[data-testid="${id}"] canvas`).first().boundingBox();
      assert.ok(box && box.width > 200 && box.height > 150, `${id} is drawn (${JSON.stringify(box)})`);
    }
    // the charts follow the window's width
    const before = (await page.locator('[data-testid="chart-volume"] canvas').first().boundingBox())?.width ?? 0;
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.waitForFunction((w) => {
      const c = document.querySelector('[data-testid="chart-volume"] canvas');
      return c !== null && c.getBoundingClientRect().width < w - 50;
    }, before);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForFunction((w) => {
      const c = document.querySelector('[data-testid="chart-volume"] canvas');
      return c !== null && Math.abs(c.getBoundingClientRect().width - w) < 2;
    }, before);
    await screenshot(page, 'dashboard');

    await page.getByRole('button', { name: '近7天' }).click();
    await page.waitForURL((u) => u.searchParams.get('range') === '7');
    await waitForDashboard(page);
    const week = Number(await kpi(page, 'kpi-total'));
    assert.ok(week > 0 && week < total, `7 days (${week}) < 30 days (${total})`);
    assert.equal(await page.getByRole('button', { name: '近7天' }).getAttribute('aria-pressed'), 'true');

    // a reload keeps the range (it lives in the URL)
    await page.reload();
    await waitForDashboard(page);
    assert.equal(Number(await kpi(page, 'kpi-total')), week);
  });

  test('an agent has no dashboard: no menu entry, and the URL answers 403', async () => {
    const { page } = e2e;
    await login(page, 'agent');
    await page.locator('.ant-menu').first().waitFor();
    assert.equal(await page.locator('.ant-menu-item', { hasText: '统计看板' }).count(), 0);
    await page.goto('/dashboard');
    await page.locator('.ant-result-403').waitFor();
    assert.match(await page.locator('.ant-result-403').innerText(), /report\.read/);
    assert.equal(await page.getByTestId('dashboard').count(), 0);
  });
});

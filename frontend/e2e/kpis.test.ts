/**
 * The KPI figures (考核指标) on the supervisor dashboard and the monthly
 * report (月度报表) over the demo's complaints: cards with targets and
 * verdicts, the breakdown switch, the printable page and its CSV download.
 * The expected numbers are read from the server's own `kpis` answer.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { clickMenu, DEMO_PASSWORD, graphqlFetch, login, screenshot, useKesu } from './harness';

const VERDICTS = /^(达标|未达标|需整改|暂无数据)$/;
const RATE = /^(\d+(\.\d)?%|—)$/;

/** Last month in Beijing, `YYYY-MM`, and its [from, to) instants. */
function lastMonth(now = new Date()): { month: string; from: string; to: string } {
  const bj = new Date(now.getTime() + 8 * 3600_000);
  const y = bj.getUTCFullYear();
  const m = bj.getUTCMonth(); // 0-based: this month; last month is m - 1
  const start = Date.UTC(y, m - 1, 1) - 8 * 3600_000;
  const end = Date.UTC(y, m, 1) - 8 * 3600_000;
  const first = new Date(Date.UTC(y, m - 1, 1));
  const month = `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, '0')}`;
  return { month, from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}

interface Row {
  label: string;
  volume: number;
  majorCount: number;
}

async function serverKpis(baseURL: string, from: string, to: string) {
  const login = (await graphqlFetch(
    baseURL,
    'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }',
    { u: 'supervisor', p: DEMO_PASSWORD },
  )) as { data: { login: { token: string } } };
  const res = (await graphqlFetch(
    baseURL,
    `query($from: DateTime, $to: DateTime) { kpis(from: $from, to: $to, groupBy: [CATEGORY, CHANNEL]) {
      total { label volume majorCount } groups { by rows { label volume majorCount } } } }`,
    { from, to },
    login.data.login.token,
  )) as { data: { kpis: { total: Row; groups: Array<{ by: string; rows: Row[] }> } } };
  const k = res.data.kpis;
  const rows = (by: string) =>
    [...(k.groups.find((g) => g.by === by)?.rows ?? [])].sort(
      (a, b) => b.volume - a.volume || a.label.localeCompare(b.label, 'zh-CN'),
    );
  return { total: k.total, categories: rows('CATEGORY'), channels: rows('CHANNEL') };
}

async function waitForKpis(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="kpi-section"]');
    return (
      el !== null &&
      el.getAttribute('aria-busy') === 'false' &&
      el.getAttribute('data-search') === new URLSearchParams(window.location.search).toString() &&
      el.querySelector('[data-testid="kpi-cards"]') !== null
    );
  });
}

const cardValue = async (page: Page, metric: string) =>
  (await page.locator(`[data-testid="kpi-card-${metric}"] .ant-statistic-content-value`).innerText()).trim();

const breakdownLabels = (page: Page) =>
  page.locator('[data-testid="kpi-breakdown"] .ant-table-tbody tr.ant-table-row td:first-child').allInnerTexts();

describe('KPIs and the monthly report', () => {
  const e2e = useKesu();

  test('a supervisor reads the KPIs against their targets, switches the breakdown, and gets the monthly report', async () => {
    const { page } = e2e;
    const last = lastMonth();
    const expected = await serverKpis(e2e.baseURL, last.from, last.to);
    assert.ok(expected.total.volume > 0, 'the demo has complaints last month');

    await login(page, 'supervisor');
    await clickMenu(page, '统计看板');
    await page.waitForURL((u) => u.pathname === '/dashboard');
    await page.getByRole('tab', { name: '考核指标' }).click();
    await page.waitForURL((u) => u.searchParams.get('tab') === 'kpi');
    await waitForKpis(page);
    assert.equal(await page.getByRole('button', { name: /^本\s*月$/ }).getAttribute('aria-pressed'), 'true');

    await page.getByRole('button', { name: /^上\s*月$/ }).click();
    await page.waitForURL((u) => u.searchParams.get('period') === 'lastMonth');
    await waitForKpis(page);
    assert.equal(Number(await cardValue(page, 'volume')), expected.total.volume, 'the volume card shows the month');
    assert.equal(Number(await cardValue(page, 'majorCount')), expected.total.majorCount);

    // the four targeted figures: a percentage (or —), the target and a verdict tag
    const targets: Record<string, string> = {
      responseTimelinessRate: '目标 ≥ 95%',
      stepTimeoutRate: '目标 ≤ 3%',
      firstContactResolutionRate: '目标 ≥ 80%',
      timelyCompletionRate: '目标 ≥ 75%',
    };
    for (const [metric, target] of Object.entries(targets)) {
      const card = page.getByTestId(`kpi-card-${metric}`);
      assert.match(await cardValue(page, metric), RATE, metric);
      assert.match(await card.locator('.kesu-kpi-footer').innerText(), new RegExp(target.replace(/[≥≤]/, '.')));
      assert.match((await card.locator('.ant-tag').innerText()).trim(), VERDICTS, `${metric} has a verdict`);
    }
    for (const id of ['kpi-chart-daily', 'kpi-chart-satisfaction']) {
      const box = await page.locator(`[data-testid="${id}"] canvas`).first().boundingBox();
      assert.ok(box && box.width > 200 && box.height > 150, `${id} is drawn`);
    }

    // the breakdown: categories by default, then channels, then agents
    const topCategory = expected.categories[0]?.label ?? '';
    assert.equal((await breakdownLabels(page))[0], topCategory, 'categories, largest first');
    await page.locator('.ant-segmented-item', { hasText: /^渠道$/ }).click();
    await page.locator('[data-testid="kpi-breakdown"][data-by="CHANNEL"]').waitFor();
    assert.deepEqual(
      await breakdownLabels(page),
      expected.channels.map((c) => c.label),
    );
    await page.locator('.ant-segmented-item', { hasText: /^坐席$/ }).click();
    await page.locator('[data-testid="kpi-breakdown"][data-by="AGENT"]').waitFor();
    assert.ok((await breakdownLabels(page)).includes('张晓燕'), 'the agents who registered complaints');
    await screenshot(page, 'kpis');

    // the monthly report of the same month
    await page.getByRole('button', { name: '月度报表' }).click();
    await page.waitForURL((u) => u.pathname === '/reports/monthly' && u.searchParams.get('month') === last.month);
    const report = page.getByTestId('monthly-report');
    await page.locator('[data-testid="monthly-report"][aria-busy="false"]').waitFor();
    assert.match(await report.locator('h3').innerText(), new RegExp(`客诉月报 ${last.month}`));
    assert.equal(await page.locator('.ant-menu-item-selected', { hasText: '月度报表' }).count(), 1);

    const figures = page.getByTestId('report-figures');
    assert.equal(await figures.locator('.ant-table-tbody tr.ant-table-row').count(), 4);
    assert.match(await figures.innerText(), /首次响应及时率[\s\S]*≥ 95%/);
    assert.equal(await figures.locator('.ant-tag').count(), 4);

    const topRows = page.locator('[data-testid="report-top-categories"] .ant-table-tbody tr.ant-table-row');
    assert.ok((await topRows.count()) > 0);
    const firstTop = await topRows.first().locator('td').allInnerTexts();
    assert.deepEqual(firstTop.slice(0, 3), ['1', topCategory, String(expected.categories[0]?.volume)]);

    const majorRows = page.locator('[data-testid="report-major"] .ant-table-tbody tr.ant-table-row');
    if (expected.total.majorCount > 0) {
      await majorRows.first().waitFor();
      assert.equal(await majorRows.count(), Math.min(expected.total.majorCount, 100));
      assert.match(await majorRows.first().innerText(), /TS\d{8}-\d{6}/, 'a complaint number');
    }
    for (const id of ['report-chart-daily', 'report-chart-satisfaction']) {
      await page.locator(`[data-testid="${id}"] canvas`).first().waitFor();
    }

    // 打印 opens the browser's print dialog
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => {
        w.printed += 1;
      };
    });
    await page.getByRole('button', { name: /打\s*印/ }).click();
    assert.equal(await page.evaluate(() => (window as unknown as { printed: number }).printed), 1);
    await screenshot(page, 'monthly-report');

    // the CSV: BOM, Chinese header, the total, the top category and a channel
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载\s*CSV/ }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `客诉月报-${last.month}.csv`);
    const path = await download.path();
    const bytes = await readFile(path);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    assert.equal(
      lines[0],
      '维度,名称,投诉量,首次响应及时率,环节超时率,一次解决率,按时办结率,平均满意度,回访率,重复投诉率,重开率,平均处理时长(小时),重大投诉',
    );
    assert.ok(lines[1]?.startsWith(`合计,合计,${expected.total.volume},`), lines[1]);
    assert.ok(lines.some((l) => l.startsWith(`类别,${topCategory},`)), 'the top category');
    const channel = expected.channels[0]?.label ?? '';
    assert.ok(lines.some((l) => l.startsWith(`渠道,${channel},`)), `the channel ${channel}`);
    assert.equal(lines.length, 1 + 1 + expected.categories.length + expected.channels.length + 1);
  });

  test('the monthly report is in the menu for report.read only', async () => {
    const { page } = e2e;
    await login(page, 'supervisor');
    await clickMenu(page, '月度报表');
    await page.waitForURL((u) => u.pathname === '/reports/monthly');
    await page.locator('[data-testid="monthly-report"][aria-busy="false"]').waitFor();
    assert.match(await page.getByTestId('monthly-report').locator('h3').innerText(), /客诉月报 \d{4}-\d{2}/);
  });

  test('an agent has no monthly report: no menu entry, and the URL answers 403', async () => {
    const { page } = e2e;
    await login(page, 'agent');
    await page.locator('.ant-menu').first().waitFor();
    assert.equal(await page.locator('.ant-menu-item', { hasText: '月度报表' }).count(), 0);
    await page.goto('/reports/monthly');
    await page.locator('.ant-result-403').waitFor();
    assert.equal(await page.getByTestId('monthly-report').count(), 0);
  });
});

/**
 * 工作日历: an admin sees the default calendar and the 2026 arrangement with
 * its make-up workdays, a year file with a weekday make-up day is refused
 * with the reason in Chinese and nothing is imported, a good file (a test
 * fixture, not official data) adds its year; an agent sees the date they may
 * promise at intake.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { login, screenshot, useKesu } from './harness';

/** A made-up 2027 arrangement (test fixture, not the official notice). */
const FIXTURE_2027 = {
  year: 2027,
  source: 'e2e 测试数据（非官方）',
  holidays: [{ name: '春节', start: '2027-02-06', end: '2027-02-12', makeup_workdays: ['2027-02-20'] }],
};

describe('working calendars', () => {
  const e2e = useKesu();

  test('an admin reviews the calendars and imports a year; a bad file is refused by reason', async () => {
    const { page, baseURL } = e2e;
    await login(page, 'admin');
    await page.goto(`${baseURL}/admin/calendars`);
    const calendars = page.getByTestId('admin-calendars');
    await calendars.locator('.ant-table-row', { hasText: '标准工作日历' }).waitFor();
    const standard = await calendars.locator('.ant-table-row', { hasText: '标准工作日历' }).innerText();
    assert.match(standard, /09:00–12:00, 13:30–18:00/, standard);
    assert.match(standard, /默认/);
    assert.match(await calendars.locator('.ant-table-row', { hasText: '7×24' }).innerText(), /00:00–24:00/);

    // the latest stored year is open: 国庆节 with its make-up Saturday
    const y2026 = page.getByTestId('holiday-year-2026');
    await y2026.waitFor();
    const national = await y2026.locator('tr', { hasText: '国庆节' }).innerText();
    assert.match(national, /2026-10-01 至 2026-10-07，共 7 天/, national);
    assert.match(national, /2026-10-10（周六）/, national);
    assert.match(national, /2026-09-20（周日）/, national);

    // a make-up day on a Monday: refused, explained in Chinese by its reason
    await page.getByTestId('holiday-import').click();
    const dialog = page.getByRole('dialog');
    const bad = { ...FIXTURE_2027, holidays: [{ ...FIXTURE_2027.holidays[0], makeup_workdays: ['2027-02-22'] }] };
    await dialog.getByTestId('holiday-import-json').fill(JSON.stringify(bad));
    await dialog.getByTestId('holiday-import-ok').click();
    const error = dialog.getByTestId('holiday-import-error');
    await error.waitFor();
    const text = await error.innerText();
    assert.match(text, /调休上班日必须是周六或周日/, text);
    assert.match(text, /MAKEUP_NOT_WEEKEND/, text);
    assert.doesNotMatch(text, /not a Saturday/, text);
    assert.equal(await page.getByRole('tab', { name: '2027' }).count(), 0);

    await dialog.getByTestId('holiday-import-json').fill(JSON.stringify(FIXTURE_2027));
    await dialog.getByTestId('holiday-import-ok').click();
    await page.getByText('2027 年安排已导入').waitFor();
    await page.getByRole('tab', { name: '2027' }).click();
    const y2027 = await page.getByTestId('holiday-year-2027').innerText();
    assert.match(y2027, /2027-02-20（周六）/, y2027);
    assert.match(await calendars.locator('.ant-table-row', { hasText: '标准工作日历' }).innerText(), /2027/);
    await screenshot(page, 'admin-calendars');
  });

  test('an agent sees the date they may promise the caller at intake', async () => {
    const { page, baseURL } = e2e;
    await login(page, 'agent');
    await page.goto(`${baseURL}/complaints/new`);
    const promise = page.getByTestId('promise-date-value');
    await promise.waitFor();
    const text = await promise.innerText();
    assert.match(text, /3 个工作日内，最晚 \d{4}-\d{2}-\d{2} 18:00/, text);
  });
});

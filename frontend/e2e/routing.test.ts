/**
 * 分派规则 and the A/B roster: an admin creates routing rules, puts them
 * first, sees the dry run fire one (and why the one before it missed),
 * deletes them; and marks a member absent with a backup on the users page.
 * The demo may carry rules and an absent member of its own: the test never
 * depends on their names or number.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { chooseOption, selectText } from './complaintSteps';
import { clickMenu, login, screenshot, useKesu } from './harness';

const SUFFIX = Date.now().toString(36).slice(-5);
/** Channel 监管转办 → 客诉专家组, in turn. */
const REGULATOR_RULE = `监管转办件${SUFFIX}`;
/** Disputed amount of at least 5,000 元 → 财务部's queue. */
const AMOUNT_RULE = `大额争议${SUFFIX}`;

/** Waits until the list (by its test id) has loaded and is not refetching. */
async function waitIdle(page: Page, testId: string): Promise<void> {
  await page.waitForFunction(
    (id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('aria-busy') === 'false',
    testId,
  );
  await page
    .locator(`[data-testid="${testId}"] .ant-table-tbody`)
    .locator('tr.ant-table-row, tr.ant-table-placeholder')
    .first()
    .waitFor();
}

/** Waits until the open modal has finished zooming in (a click during the animation can land beside its target). */
async function modalSettled(page: Page): Promise<void> {
  await page.locator('.ant-modal').waitFor();
  await page.waitForFunction(() => {
    const modal = document.querySelector('.ant-modal');
    return modal !== null && !/\bant-zoom/.test(modal.className);
  });
}

/** Closes an open select dropdown (a multi-select stays open after a pick). */
async function closeDropdown(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page
    .locator('.ant-select-dropdown:visible')
    .waitFor({ state: 'detached', timeout: 3_000 })
    .catch(() => undefined);
}

const ruleRow = (page: Page, name: string) =>
  page.locator('[data-testid="admin-routing"] tr.ant-table-row', { hasText: name });

/** The place (1 = tried first) the table shows for a rule, once the list has settled. */
async function positionOf(page: Page, name: string): Promise<number> {
  await waitIdle(page, 'admin-routing');
  return Number(await ruleRow(page, name).getByTestId('routing-rule-position').innerText());
}

/** Moves a rule up one place at a time until it is tried first. */
async function moveToTop(page: Page, name: string): Promise<void> {
  for (let pos = await positionOf(page, name); pos > 1;) {
    await ruleRow(page, name).getByTestId('routing-rule-up').click();
    await page.waitForFunction(
      ({ rule, before }) => {
        const list = document.querySelector('[data-testid="admin-routing"]');
        if (list?.getAttribute('aria-busy') !== 'false') return false;
        const row = [...list.querySelectorAll('tr.ant-table-row')].find((r) =>
          r.querySelector('[data-testid="routing-rule-name"]')?.textContent?.includes(rule),
        );
        return row?.querySelector('[data-testid="routing-rule-position"]')?.textContent === String(before - 1);
      },
      { rule: name, before: pos },
    );
    pos -= 1;
  }
}

async function createRule(page: Page, fill: (dialog: Locator) => Promise<void>, name: string): Promise<void> {
  await page.getByTestId('routing-rule-create').click();
  await modalSettled(page);
  const dialog = page.getByRole('dialog');
  await dialog.locator('#routing-rule_name').fill(name);
  await fill(dialog);
  await dialog.getByTestId('routing-rule-save').click();
  await page.getByText(`已新建规则「${name}」`).waitFor();
  await dialog.waitFor({ state: 'detached' });
  await ruleRow(page, name).waitFor();
}

describe('routing rules and the A/B roster', () => {
  const e2e = useKesu();

  test('an admin creates rules, moves them first, sees the dry run fire one, and deletes them', async () => {
    const { page } = e2e;
    await login(page, 'admin');
    await clickMenu(page, '分派规则', '系统管理');
    await page.waitForURL((u) => u.pathname === '/admin/routing');
    await waitIdle(page, 'admin-routing');

    // a rule needs a name and a team: the form says so before anything is sent
    await page.getByTestId('routing-rule-create').click();
    await modalSettled(page);
    await page.getByRole('dialog').getByTestId('routing-rule-save').click();
    await page.getByText('请输入规则名称').waitFor();
    await page.getByText('请选择班组').waitFor();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /取\s*消/ })
      .click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await createRule(
      page,
      async () => {
        await chooseOption(page, 'routing-rule_channels', '监管转办');
        await closeDropdown(page);
        await chooseOption(page, 'routing-rule_teamId', '客诉专家组');
        await chooseOption(page, 'routing-rule_assignMode', '轮流分配');
        assert.match(await selectText(page, 'routing-rule_assignMode'), /轮流分配/);
      },
      REGULATOR_RULE,
    );
    const regulator = ruleRow(page, REGULATOR_RULE);
    assert.match(await regulator.getByTestId('routing-rule-conditions').innerText(), /渠道：监管转办/);
    assert.match(await regulator.getByTestId('routing-rule-team').innerText(), /客诉专家组/);
    assert.match(await regulator.innerText(), /轮流分配/);

    // amounts are typed in yuan and shown back in yuan (sent in fen)
    await createRule(
      page,
      async (dialog) => {
        await dialog.locator('#routing-rule_amountMinYuan').fill('5000');
        await chooseOption(page, 'routing-rule_teamId', '财务部');
      },
      AMOUNT_RULE,
    );
    const amount = ruleRow(page, AMOUNT_RULE);
    assert.match(await amount.getByTestId('routing-rule-conditions').innerText(), /金额 ≥ 5,000\.00 元/);
    assert.match(await amount.innerText(), /进入班组队列/);
    // new rules are tried last
    const last = await positionOf(page, AMOUNT_RULE);
    assert.equal(await positionOf(page, REGULATOR_RULE), last - 1);

    // the regulator rule first, then the amount rule above it
    await moveToTop(page, REGULATOR_RULE);
    await moveToTop(page, AMOUNT_RULE);
    assert.equal(await positionOf(page, AMOUNT_RULE), 1);
    assert.equal(await positionOf(page, REGULATOR_RULE), 2);
    await page.getByText('已调整规则顺序').first().waitFor();

    // a regulator transfer without an amount: the amount rule misses, the regulator rule fires
    await chooseOption(page, 'routing-dry_categoryId', '错误扣费');
    await chooseOption(page, 'routing-dry_channel', '监管转办');
    await page.getByTestId('routing-dry-run').click();
    const result = page.locator('[data-testid="routing-dry-result"][data-fired="true"]');
    await result.waitFor();
    assert.equal(await result.getByTestId('routing-dry-rule').innerText(), REGULATOR_RULE);
    assert.match(await result.getByTestId('routing-dry-team').innerText(), /客诉专家组/);
    assert.match(
      await result.getByTestId('routing-dry-summary').innerText(),
      new RegExp(`按规则「${REGULATOR_RULE}」分派至客诉专家组`),
    );
    const tried = result.getByTestId('routing-dry-tried-item');
    assert.equal(await tried.count(), 1, 'only the amount rule comes before it');
    assert.match(await tried.first().innerText(), new RegExp(`${AMOUNT_RULE}[\\s\\S]*金额不在范围`));
    await screenshot(page, 'routing-rules');

    // with a large amount the amount rule fires first, into 财务部's queue
    await page.locator('#routing-dry_amountYuan').fill('8000');
    await page.getByTestId('routing-dry-run').click();
    await page.waitForFunction(
      (rule) => document.querySelector('[data-testid="routing-dry-rule"]')?.textContent === rule,
      AMOUNT_RULE,
    );
    assert.match(await result.getByTestId('routing-dry-assignee').innerText(), /不指派（进入班组队列）/);
    assert.match(await result.innerText(), /没有排在前面的启用规则/);

    // deleted after a confirmation; a dry run's result is dropped when the rules change
    for (const name of [AMOUNT_RULE, REGULATOR_RULE]) {
      await ruleRow(page, name).getByTestId('routing-rule-delete').click();
      await modalSettled(page);
      await page.getByTestId('routing-rule-delete-ok').click();
      await page.getByText(`已删除规则「${name}」`).waitFor();
      await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
      await ruleRow(page, name).waitFor({ state: 'detached' });
    }
    assert.equal(await page.getByTestId('routing-dry-result').count(), 0);
    await page.getByTestId('routing-dry-run').click();
    await page.getByTestId('routing-dry-result').waitFor();
    assert.notEqual(await page.getByTestId('routing-dry-rule').innerText(), AMOUNT_RULE);
  });

  test('an admin marks an expert absent with a backup on the users page', async () => {
    const { page } = e2e;
    await login(page, 'admin');
    await waitIdle(page, 'admin-users');
    // by the username cell: 刘建华 may also be named as someone else's backup
    const row = page.locator('.ant-table-row', { has: page.getByText('expert', { exact: true }) });
    await row.waitFor();

    await page.getByRole('button', { name: '设置 expert 的AB角与缺勤' }).click();
    await modalSettled(page);
    const dialog = page.getByRole('dialog');
    assert.equal(await dialog.locator('#roster-team').inputValue(), '客诉专家组');
    // the backup is picked among the expert team's members
    await chooseOption(page, 'roster_backupUserId', '欧阳雪梅');
    const absent = dialog.locator('#roster_absent');
    if ((await absent.getAttribute('aria-checked')) !== 'true') await absent.click();
    assert.equal(await absent.getAttribute('aria-checked'), 'true');
    await dialog.getByTestId('roster-save').click();
    // open complaints went to the backup (or back to the queue if the backup is away too);
    // nothing moves when the demo had marked him absent already
    await page
      .getByText(/已将 \d+ 件在办投诉(转交给 欧阳雪梅|退回班组队列)|已保存 刘建华 的AB角与缺勤/)
      .first()
      .waitFor();
    await dialog.waitFor({ state: 'detached' });
    await row.getByTestId('user-absent').waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.ant-table-row')].some(
        (r) =>
          r.querySelector('.kesu-mono')?.textContent === 'expert' &&
          r.querySelector('[data-testid="user-backup"]')?.textContent === '欧阳雪梅',
      ),
    );
    await screenshot(page, 'users-roster');

    // and back: present, no backup
    await page.getByRole('button', { name: '设置 expert 的AB角与缺勤' }).click();
    await modalSettled(page);
    await dialog.locator('#roster_absent').click();
    await dialog.locator('.ant-select', { has: page.locator('#roster_backupUserId') }).hover();
    await dialog.locator('.ant-select-clear').click();
    await dialog.getByTestId('roster-save').click();
    await page.getByText('已保存 刘建华 的AB角与缺勤').waitFor();
    await row.getByTestId('user-absent').waitFor({ state: 'detached' });
    assert.equal(await row.getByTestId('user-backup').innerText(), '—');
  });
});

/** Administration (系统管理): users with roles and teams, custom roles, and who may open it. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { clickMenu, login, logout, screenshot, useKesu } from './harness';

async function waitIdle(page: Page, testId: string): Promise<void> {
  await page.waitForFunction(
    (id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('aria-busy') === 'false',
    testId,
  );
  await page.locator(`[data-testid="${testId}"] .ant-table-row`).first().waitFor();
}

/** Waits until the open modal has finished zooming in (a click during the
 * animation can land before the control is where it will be). */
async function modalSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const modal = document.querySelector('.ant-modal');
    return modal !== null && !/\bant-zoom/.test(modal.className);
  });
}

/** Opens a TreeSelect in the open modal and takes the node titled `title`;
 * reopens the dropdown if it did not show the node (seen in CI under load:
 * the dropdown closed again as it opened). */
async function pickTreeNode(page: Page, inputId: string, title: string): Promise<void> {
  await modalSettled(page);
  const node = page.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: title }).first();
  const input = page.getByRole('dialog').locator(`#${inputId}`);
  for (let attempt = 1; ; attempt++) {
    await input.click();
    try {
      await node.click({ timeout: 5000 });
      return;
    } catch (e) {
      if (attempt === 4) throw e;
      // a dropdown showing without the node: close it, the next click opens it afresh
      if ((await page.locator('.ant-select-dropdown:visible').count()) > 0) await input.click();
    }
  }
}

const SUFFIX = Date.now().toString(36).slice(-5);
const NEW_USER = { username: `kb.lin${SUFFIX}`, displayName: '林小满', password: 'Xiaoman-lantern-2026!' };
const NEW_PASSWORD = 'Manman#river-kite-2027';

describe('administration', () => {
  const e2e = useKesu();

  test('an admin creates a user with a role and team; the server’s password policy is shown; the user signs in', async () => {
    const { page } = e2e;
    await login(page, 'admin');
    assert.equal(new URL(page.url()).pathname, '/admin/users', 'the admin lands on the users page');
    await waitIdle(page, 'admin-users');
    // the 系统管理 section is open on its pages
    await page.locator('.ant-menu-item', { hasText: '角色权限' }).waitFor();

    await page.getByRole('button', { name: /新建用户/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#create-user_username').fill(NEW_USER.username);
    await dialog.locator('#create-user_displayName').fill(NEW_USER.displayName);
    await dialog.locator('#create-user_password').fill('short1');
    await dialog.locator('#create-user_confirm').fill('short1');
    await dialog.locator('#create-user_roles').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '（kb_editor）' }).click();
    await page.keyboard.press('Escape');
    await page
      .locator('.ant-select-dropdown:visible')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await dialog.locator('#create-user_teamId').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: '客户服务中心' })
      .first()
      .click();
    await dialog.locator('.ant-select-selection-item', { hasText: '客户服务中心' }).waitFor();

    // the weak password goes to the server, which refuses it; the console says why in Chinese
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const alert = dialog.locator('.ant-alert-error');
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /「密码」填写有误|太容易被猜到/, text);
    assert.doesNotMatch(text, /password must be/, text);

    await dialog.locator('#create-user_password').fill(NEW_USER.password);
    await dialog.locator('#create-user_confirm').fill(NEW_USER.password);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`用户 ${NEW_USER.username} 已创建`).waitFor();
    const row = page.locator('.ant-table-row', { hasText: NEW_USER.username });
    await row.waitFor();
    const rowText = await row.innerText();
    assert.match(rowText, /林小满/);
    assert.match(rowText, /知识库编辑/);
    assert.match(rowText, /客户服务中心/);
    await row.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'admin-users');

    await logout(page);
    await login(page, NEW_USER.username, NEW_USER.password);
    assert.equal(new URL(page.url()).pathname, '/kb', 'a knowledge-base editor lands on the knowledge base');
    assert.match(await page.getByTestId('user-menu').innerText(), /林小满/);
    assert.equal(await page.locator('.ant-menu-submenu', { hasText: '系统管理' }).count(), 0);
  });

  test('an admin resets a password (the policy applies) and deactivates a user, who can no longer sign in', async () => {
    const { page } = e2e;
    await login(page, 'admin');
    await waitIdle(page, 'admin-users');
    const dialog = page.getByRole('dialog');

    await page.getByRole('button', { name: `重置 ${NEW_USER.username} 的密码` }).click();
    await dialog.locator('#reset-password_password').fill('1234567890');
    await dialog.locator('#reset-password_confirm').fill('1234567890');
    await dialog.getByRole('button', { name: /重置密码/ }).click();
    await dialog
      .locator('.ant-alert-error')
      .getByText(/「密码」填写有误|太容易被猜到/)
      .waitFor();
    await dialog.locator('#reset-password_password').fill(NEW_PASSWORD);
    await dialog.locator('#reset-password_confirm').fill(NEW_PASSWORD);
    await dialog.getByRole('button', { name: /重置密码/ }).click();
    await page.getByText(`${NEW_USER.username} 的密码已重置`).waitFor();
    await logout(page);
    await login(page, NEW_USER.username, NEW_PASSWORD);
    await logout(page);

    await login(page, 'admin');
    await waitIdle(page, 'admin-users');
    await page.getByRole('button', { name: `编辑用户 ${NEW_USER.username}` }).click();
    await dialog.locator('#edit-user_displayName').fill('林小满（停用）');
    await dialog.locator('#edit-user_active').click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`用户 ${NEW_USER.username} 已更新`).waitFor();
    const row = page.locator('.ant-table-row', { hasText: NEW_USER.username });
    await row.getByText('停用', { exact: true }).waitFor();

    // an admin cannot deactivate themself: the server refuses, in the console's words
    await page.getByRole('button', { name: '编辑用户 admin' }).click();
    await dialog.locator('#edit-user_active').click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const refusal = dialog.locator('.ant-alert-error');
    await refusal.waitFor();
    assert.doesNotMatch(await refusal.innerText(), /deactivate yourself/);
    await dialog.getByRole('button', { name: /取\s*消/ }).click();

    await logout(page);
    await page.locator('#login_username').fill(NEW_USER.username);
    await page.locator('#login_password').fill(NEW_PASSWORD);
    await page.locator('form#login button[type="submit"]').click();
    await page.locator('.ant-alert-error').waitFor();
    assert.equal(new URL(page.url()).pathname, '/login');
  });

  test('an admin creates a custom role from grouped permissions; built-in roles are read-only', async () => {
    const { page } = e2e;
    await login(page, 'admin');
    await clickMenu(page, '角色权限');
    await page.waitForURL((u) => u.pathname === '/admin/roles');
    await waitIdle(page, 'admin-roles');

    // a built-in role opens read-only
    await page.getByRole('button', { name: '查看 agent' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByText('内置角色的权限由系统定义').waitFor();
    assert.equal(await drawer.locator('input[type="checkbox"]:not([disabled])').count(), 0, 'nothing editable');
    assert.equal(await drawer.locator('[data-code="complaint.create"] input').isChecked(), true);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: /新建角色/ }).click();
    await drawer.locator('#role_name').fill('夜班值班长');
    await drawer.locator('#role_code').fill(`night_lead_${SUFFIX}`);
    // select the whole 统计与审计 group, then one complaint permission
    const report = drawer.locator('fieldset[data-group="report"]');
    await report.getByRole('checkbox', { name: '全选' }).check();
    for (const code of ['audit.read', 'audit.export', 'report.read', 'alert.view', 'alert.acknowledge', 'alert.manage']) {
      assert.equal(await report.locator(`[data-code="${code}"] input`).isChecked(), true, code);
    }
    await drawer.locator('[data-code="complaint.read.all"]').click();
    const complaint = drawer.locator('fieldset[data-group="complaint"]');
    assert.equal(await complaint.locator('.ant-checkbox-indeterminate').count(), 1, 'a partly selected group shows it');
    await screenshot(page, 'admin-role-editor');
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`角色 night_lead_${SUFFIX} 已创建`).waitFor();
    const row = page.locator('.ant-table-row', { hasText: `night_lead_${SUFFIX}` });
    await row.waitFor();
    const text = await row.innerText();
    assert.match(text, /自定义/);
    assert.match(text, /查看审计日志/);
    assert.match(text, /查看全部投诉/);
    // the six of 统计与审计 (reports, audit, alerts) and one complaint permission
    assert.match(text, /\b7\b/);
    await screenshot(page, 'admin-roles');
  });

  test('an admin adds a team under a branch', async () => {
    const { page } = e2e;
    await login(page, 'admin');
    await page.goto('/admin/teams');
    await waitIdle(page, 'admin-teams');
    await page.getByRole('button', { name: /新建团队/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#team_name').fill(`上海客服热线二组${SUFFIX}`);
    await pickTreeNode(page, 'team_parentId', '上海分公司');
    await dialog.locator('.ant-select-selection-item', { hasText: '上海分公司' }).waitFor();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`团队「上海客服热线二组${SUFFIX}」已创建`).waitFor();
    const row = page.locator('.ant-table-row', { hasText: `上海客服热线二组${SUFFIX}` });
    await row.waitFor();
    assert.match(await row.innerText(), /上海分公司/);
  });

  test('a team’s kind changes only while it has no open complaints, and the refusal is worded', async () => {
    const { page } = e2e;
    await login(page, 'admin');
    await page.goto('/admin/teams');
    await waitIdle(page, 'admin-teams');
    const dialog = page.getByRole('dialog');

    // the expert team is working on complaints: the server refuses, the console says why
    await page.getByRole('button', { name: '编辑 客诉专家组' }).click();
    await dialog.locator('.ant-select', { has: page.locator('#team_kind') }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '责任部门' }).click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const refusal = dialog.locator('.ant-alert-error');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /该团队还有未办结的投诉，暂时不能修改其类型/);
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'detached' });

    // the team added above has none: its kind changes
    const name = `上海客服热线二组${SUFFIX}`;
    await page.locator('.ant-table-row', { hasText: name }).waitFor();
    await page.getByRole('button', { name: `编辑 ${name}` }).click();
    await dialog.locator('.ant-select', { has: page.locator('#team_kind') }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '责任部门' }).click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`团队「${name}」已更新`).waitFor();
    await page.locator('.ant-table-row', { hasText: name }).getByText('责任部门').waitFor();
  });

  test('an admin manages categories: a new sub-category reaches intake, a retired one leaves it and stays marked', async () => {
    const { page } = e2e;
    const name = `宽带提速未生效${SUFFIX}`;
    await login(page, 'admin');
    await clickMenu(page, '分类管理');
    await page.waitForURL((u) => u.pathname === '/admin/categories');
    await waitIdle(page, 'admin-categories');
    const dialog = page.getByRole('dialog');

    await page.getByTestId('category-create').click();
    await dialog.locator('#category_code').fill(`network.speed${SUFFIX}`);
    await dialog.locator('#category_name').fill('宽带提速');
    await dialog.locator('#category_parentId').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '网络信号' }).click();
    await dialog.locator('#category_defaultTeamId').click();
    await page.keyboard.type('客诉专家组');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '客诉专家组' }).click();
    await dialog.getByTestId('category-save').click();
    await page.getByText('分类「宽带提速」已创建').waitFor();

    // renamed through the edit dialog (its code stays)
    const row = page.locator('.ant-table-row', { hasText: `network.speed${SUFFIX}` });
    await row.getByTestId('category-edit').click();
    assert.equal(await dialog.locator('#category_code').isDisabled(), true);
    await dialog.locator('#category_name').fill(name);
    await dialog.getByTestId('category-save').click();
    await page.getByText(`分类「${name}」已更新`).waitFor();
    assert.match(await row.innerText(), /客诉专家组/);

    // it is offered at intake (to an agent)
    const offeredToAgent = async (): Promise<boolean> => {
      await logout(page);
      await login(page, 'agent');
      await page.goto('/complaints/new');
      await page.locator('#intake_categoryId').focus();
      await page.keyboard.type(name);
      const hit = page.locator('.ant-select-tree-treenode', { hasText: name });
      const empty = page.locator(
        '.ant-select-dropdown:visible .ant-empty, .ant-select-dropdown:visible .ant-select-empty',
      );
      await hit.or(empty).first().waitFor();
      const found = (await hit.count()) > 0;
      await page.keyboard.press('Escape');
      await logout(page);
      await login(page, 'admin');
      await page.goto('/admin/categories');
      await waitIdle(page, 'admin-categories');
      return found;
    };
    assert.equal(await offeredToAgent(), true, 'a new category is offered at intake');

    // retired after a confirmation: marked in the tree, gone from intake
    await row.getByTestId('category-deactivate').click();
    await page.getByTestId('category-deactivate-ok').click();
    await page.getByText(`分类「${name}」已停用`).waitFor();
    await row.getByTestId('category-inactive').waitFor();
    await screenshot(page, 'admin-categories');
    assert.equal(await offeredToAgent(), false, 'a retired category is not offered at intake');

    // brought back
    await row.getByTestId('category-reactivate').click();
    await page.getByText(`分类「${name}」已重新启用`).waitFor();
    await row.getByTestId('category-inactive').waitFor({ state: 'detached' });
    await row.getByTestId('category-deactivate').waitFor();
  });

  test('without the permissions there is no 系统管理 menu, and its URLs answer 403', async () => {
    const { page } = e2e;
    await login(page, 'kb_editor');
    await page.locator('.ant-menu').first().waitFor();
    assert.equal(await page.locator('.ant-menu-submenu', { hasText: '系统管理' }).count(), 0);
    for (const path of ['/admin/users', '/admin/roles', '/admin/teams', '/admin/categories']) {
      await page.goto(path);
      await page.locator('.ant-result-403').waitFor();
    }
    assert.match(await page.locator('.ant-result-403').innerText(), /category\.manage/);
  });
});

/** Signing in and out, wrong passwords, session expiry, as a person in a browser would. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { graphqlFetch, login, logout, screenshot, useKesu, waitForQueue } from './harness';

const MASKED_PHONE = /^1\d{2}\*{4}\d{4}$/;

describe('sign-in', () => {
  const e2e = useKesu();

  test('agent signs in and sees their queue with masked phone numbers', async () => {
    const { page } = e2e;
    await page.goto('/complaints');
    await page.waitForURL((u) => u.pathname === '/login');
    assert.equal(new URL(page.url()).searchParams.get('redirect'), '/complaints');
    await page.locator('#login_username').waitFor();
    await screenshot(page, 'login');

    await login(page, 'agent');
    assert.equal(new URL(page.url()).pathname, '/complaints');
    await waitForQueue(page);

    const header = await page.getByTestId('user-menu').innerText();
    assert.match(header, /张晓燕/);
    assert.match(header, /一线客服/);
    assert.equal(await page.locator('h4').first().innerText(), '我的工单');

    const phones = await page.getByTestId('masked-phone').allInnerTexts();
    assert.ok(phones.length >= 5, `expected rows with phones, got ${phones.length}`);
    for (const p of phones) assert.match(p.trim(), MASKED_PHONE);
    const body = await page.locator('.ant-table-tbody').innerText();
    assert.doesNotMatch(body, /1\d{10}/, 'no phone number in clear');
    await screenshot(page, 'queue');
  });

  test('a wrong password is explained in the console’s words, not the server’s', async () => {
    const { page, baseURL } = e2e;
    const server = await graphqlFetch(
      baseURL,
      'mutation { login(input: {username: "nobody-e2e", password: "Wrong-pass-1"}) { token } }',
    );
    const expected = server.errors?.[0]?.message;
    assert.ok(expected, 'the server explains a failed login');
    const reason = server.errors?.[0]?.extensions?.reason;

    await page.goto('/login');
    await page.locator('#login_username').fill('agent2');
    await page.locator('#login_password').fill('Wrong-pass-1');
    await page.locator('form#login button[type="submit"]').click();
    const alert = page.locator('.ant-alert-error');
    await alert.waitFor();
    const text = await alert.innerText();
    assert.ok(!text.includes(expected), `"${text}" does not show the server's "${expected}"`);
    assert.match(text, /用户名或密码错误/);
    assert.match(text, typeof reason === 'string' ? new RegExp(reason) : /UNAUTHENTICATED/);
    assert.equal(new URL(page.url()).pathname, '/login');
    await screenshot(page, 'login-error');
  });

  test('after logout, the queue is behind the login page again', async () => {
    const { page } = e2e;
    await login(page, 'agent');
    await waitForQueue(page);
    await logout(page);
    await page.getByText('您已安全退出').waitFor();

    await page.goto('/complaints');
    await page.waitForURL((u) => u.pathname === '/login');
    await page.locator('#login_username').waitFor();
    assert.equal(await page.getByTestId('session-expired').count(), 0, 'a deliberate logout is not an expiry');
  });

  test('an expired session goes to login with a notice, then back to where the user was', async () => {
    const { page, context } = e2e;
    await login(page, 'agent');
    await page.goto('/complaints?priority=URGENT&sort=OLDEST');
    await waitForQueue(page);

    await context.clearCookies(); // what the server sees once the session is gone
    await page.getByRole('button', { name: '刷新' }).click();

    await page.waitForURL((u) => u.pathname === '/login');
    const notice = page.getByTestId('session-expired');
    await notice.waitFor();
    assert.equal((await notice.innerText()).trim(), '登录已过期，请重新登录');
    await screenshot(page, 'session-expired');

    await login(page, 'agent');
    const back = new URL(page.url());
    assert.equal(back.pathname, '/complaints');
    assert.equal(back.searchParams.get('priority'), 'URGENT');
    assert.equal(back.searchParams.get('sort'), 'OLDEST');
    await waitForQueue(page);
  });
});

/**
 * 投诉进度查询, the public page a customer opens on their phone: the link
 * from the message given at registration pre-fills the number, a wrong pair
 * of number and last four digits finds nothing, the right one shows where
 * the complaint stands and nothing personal; past the limit it asks to wait.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { graphqlFetch, screenshot, useKesu } from './harness';
import { gqlAs, tokenFor } from './complaintSteps';

const NAME = '钱多多';
const PHONE = '13900001234';
const LAST4 = PHONE.slice(-4);
const NOT_FOUND = '未查到该投诉，请核对受理编号和手机号后四位。';
const RATE_LIMITED = '查询过于频繁，请 10 分钟后再试。';
const STATUS_QUERY =
  'query($n: String!, $l: String!) { complaintStatus(number: $n, phoneLast4: $l) { number publicStatus } }';

/**
 * Opens `path` the way a customer does: a phone-sized screen, no login
 * (the harness fails the test on any browser error, a missing icon included).
 */
async function openOnPhone(page: Page, path: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(path);
  await page.locator('#number').waitFor();
}

/** Types the last four digits, submits, and waits for the page's answer (a result or a message). */
async function lookUp(page: Page, last4: string): Promise<void> {
  await page.locator('#last4').fill(last4);
  await page.locator('#submit').click();
  await page.waitForFunction(
    () =>
      !(document.getElementById('submit') as HTMLButtonElement).disabled &&
      (!document.getElementById('result')?.hidden || !document.getElementById('form-error')?.hidden),
  );
}

describe('public status page', () => {
  const e2e = useKesu();
  const state = { number: '' };

  test('a customer checks their complaint on a phone with the link they were given', async () => {
    const { page, baseURL } = e2e;
    const token = await tokenFor(baseURL, 'agent');
    const { createComplaint } = await gqlAs<{
      createComplaint: { complaint: { number: string }; customerMessage: string };
    }>(
      baseURL,
      token,
      'mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { complaint { number } customerMessage } }',
      {
        i: {
          customerPhone: PHONE,
          customerName: NAME,
          categoryId: '24',
          description: '宽带连续三天晚上断网，客户要求上门检修',
        },
      },
    );
    const { number } = createComplaint.complaint;
    state.number = number;
    const message = createComplaint.customerMessage;
    assert.ok(message.includes(`受理编号 ${number}`), message);
    const link = /https?:\/\/\S+?\/status\?n=[\w-]+/.exec(message)?.[0];
    assert.ok(link, `a status link in: ${message}`);
    assert.equal(new URL(link).searchParams.get('n'), number);
    assert.ok(!message.includes(PHONE) && !message.includes(NAME), 'the message carries nothing personal');

    // the customer opens the link on a phone (no login)
    const url = new URL(link);
    await openOnPhone(page, `${url.pathname}${url.search}`);
    assert.equal(await page.title(), '投诉进度查询');
    assert.equal(await page.locator('#number').inputValue(), number, 'the link pre-fills the number');
    await page.waitForFunction(() => document.activeElement?.id === 'last4');
    assert.equal(await page.locator('#result').isVisible(), false);

    // a wrong last four: nothing found, nothing shown
    await lookUp(page, '0000');
    assert.equal((await page.locator('#form-error').innerText()).trim(), NOT_FOUND);
    assert.equal(await page.locator('#result').isVisible(), false);

    // the right ones: where it stands, and nothing personal anywhere
    const answer = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST');
    await lookUp(page, LAST4);
    const body = await (await answer).text();
    await page.locator('#result').waitFor();
    assert.equal(await page.locator('#form-error').isVisible(), false);
    assert.equal((await page.locator('#r-number').innerText()).trim(), number);
    const steps = page.locator('#steps li');
    assert.equal(await steps.count(), 4);
    const current = page.locator('#steps li.current');
    assert.equal(await current.count(), 1);
    assert.equal((await current.innerText()).trim(), '已受理');
    assert.equal(await current.getAttribute('aria-current'), 'step');
    assert.equal(await page.locator('#steps li.done').count(), 0, 'nothing before the first step');
    assert.notEqual((await page.locator('#r-registered').innerText()).trim(), '');
    assert.ok((await page.locator('#timeline li').count()) >= 1, 'the registration is on the timeline');

    const html = await page.content();
    const text = await page.locator('body').innerText();
    for (const [what, haystack] of [
      ['page text', text],
      ['page HTML', html],
      ['GraphQL answer', body],
    ] as const) {
      assert.ok(!haystack.includes(NAME), `no name in the ${what}`);
      assert.ok(!haystack.includes(PHONE), `no full phone in the ${what}`);
      assert.ok(!haystack.includes(PHONE.slice(0, 3) + '****'), `no masked phone in the ${what}`);
    }
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'nothing wider than the phone',
    );
    await screenshot(page, 'status-phone');
  });

  test('past the lookup limit the page asks to wait', async () => {
    const { page, baseURL } = e2e;
    assert.ok(state.number, 'the first test registered a complaint');
    // use up the tries of this source address (the browser's is the same, 127.0.0.1)
    let refused: { code?: string; reason?: string } | undefined;
    for (let i = 0; i < 12 && !refused; i++) {
      const r = await graphqlFetch(baseURL, STATUS_QUERY, { n: state.number, l: '0000' });
      refused = r.errors?.[0]?.extensions;
    }
    assert.deepEqual(refused, { code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMITED' });

    await openOnPhone(page, `/status?n=${state.number}`);
    await lookUp(page, LAST4);
    assert.equal((await page.locator('#form-error').innerText()).trim(), RATE_LIMITED);
    assert.equal(await page.locator('#result').isVisible(), false, 'not even the right pair gets through');
  });
});

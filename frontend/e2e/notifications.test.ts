/**
 * The header bell: its unread count rises live (WebSocket subscription, no
 * reload, no polling) when someone else assigns a complaint to the signed-in
 * user, and the list marks notifications read.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, graphqlFetch, login, screenshot, useKesu } from './harness';

type Gql = { data?: unknown; errors?: Array<{ message: string }> };

function data<T>(r: Gql): T {
  assert.ok(!r.errors, JSON.stringify(r.errors));
  return r.data as T;
}

async function token(baseURL: string, username: string): Promise<{ token: string; id: string }> {
  const r = data<{ login: { token: string; user: { id: string } } }>(
    await graphqlFetch(
      baseURL,
      'mutation($i: LoginInput!) { login(input: $i) { token user { id } } }',
      { i: { username, password: DEMO_PASSWORD } },
    ),
  );
  return { token: r.login.token, id: r.login.user.id };
}

/** The bell's count once the subscription has delivered it. */
async function bellCount(page: Page): Promise<number> {
  const bell = page.getByTestId('notification-bell');
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="notification-bell"]');
    return el !== null && el.getAttribute('data-count') !== '';
  });
  return Number(await bell.getAttribute('data-count'));
}

const ASSIGN = 'mutation($i: AssignComplaintInput!) { assignComplaint(input: $i) { version assignee { id } } }';

describe('notification bell', () => {
  const e2e = useKesu();

  test("the expert's bell count rises when the supervisor assigns them a complaint in another session", async () => {
    const { page, baseURL } = e2e;
    await login(page, 'expert');
    const before = await bellCount(page);
    const url = page.url();

    // the supervisor, in a session of their own, assigns an escalated complaint to the expert
    const expert = await token(baseURL, 'expert');
    const supervisor = await token(baseURL, 'supervisor');
    const list = data<{
      complaints: { edges: Array<{ node: { id: string; version: number; assignee: { id: string } | null } }> };
    }>(
      await graphqlFetch(
        baseURL,
        'query { complaints(filter: { statuses: [ESCALATED] }, first: 20) { edges { node { id version assignee { id } } } } }',
        {},
        supervisor.token,
      ),
    );
    const target = list.complaints.edges.map((e) => e.node)[0];
    assert.ok(target, 'the demo has an escalated complaint');
    let version = target.version;
    if (target.assignee?.id === expert.id) {
      const r = data<{ assignComplaint: { version: number } }>(
        await graphqlFetch(baseURL, ASSIGN, { i: { id: target.id, expectedVersion: version, assigneeId: null } }, supervisor.token),
      );
      version = r.assignComplaint.version;
    }
    const assigned = data<{ assignComplaint: { assignee: { id: string } } }>(
      await graphqlFetch(baseURL, ASSIGN, { i: { id: target.id, expectedVersion: version, assigneeId: expert.id } }, supervisor.token),
    );
    assert.equal(assigned.assignComplaint.assignee.id, expert.id);

    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="notification-bell"]')?.getAttribute('data-count') === String(n),
      before + 1,
      { timeout: 15_000 },
    );
    assert.equal(page.url(), url, 'no navigation or reload');

    // the list shows it first, links to the complaint, and marks it read
    await page.getByTestId('notification-bell').click();
    const first = page.getByTestId('notification-item').first();
    await first.waitFor();
    assert.match(await first.innerText(), /指派给您/);
    assert.equal(await first.getAttribute('data-unread'), 'true');
    assert.equal(
      await first.getByRole('link').getAttribute('href'),
      `/complaints/${target.id}`,
      'it links to the complaint',
    );
    await screenshot(page, 'notification-bell');
    await first.getByRole('button', { name: '标为已读' }).click();
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="notification-bell"]')?.getAttribute('data-count') === String(n),
      before,
    );
    await page.getByTestId('notification-item').first().and(page.locator('[data-unread="false"]')).waitFor();
  });
});

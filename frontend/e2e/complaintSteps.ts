/**
 * Steps shared by the complaint e2e tests (intake and detail pages): waiting
 * for the detail page's data, running a lifecycle action through its modal,
 * picking antd select options with the keyboard, and API calls as a user.
 */
import assert from 'node:assert/strict';
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, graphqlFetch } from './harness';

/** Waits until the detail page shows complaint data that is not being refetched (optionally in `status`). */
export async function waitForDetail(page: Page, status?: string): Promise<void> {
  await page.waitForFunction(
    (want) => {
      const el = document.querySelector('[data-testid="detail"]');
      return (
        el !== null &&
        el.getAttribute('aria-busy') === 'false' &&
        (want === null || el.getAttribute('data-status') === want)
      );
    },
    status ?? null,
    { timeout: 15_000 },
  );
}

/** The complaint version the detail page shows. */
export async function shownVersion(page: Page): Promise<number> {
  return Number(await page.getByTestId('detail').getAttribute('data-version'));
}

/** Opens the modal of a lifecycle action from the page header. */
export async function openAction(page: Page, action: string): Promise<void> {
  await page.locator(`button[data-action="${action}"]`).click();
  await page.locator('.ant-modal').waitFor();
  // the modal zooms in: a click during the animation can land on the wrong
  // control (a star beside the one meant: seen in CI under load)
  await page.waitForFunction(() => {
    const modal = document.querySelector('.ant-modal');
    return modal !== null && !/\bant-zoom/.test(modal.className);
  });
}

/** Submits the open action modal and waits for the complaint to reach `status`. */
export async function submitAction(page: Page, status: string): Promise<void> {
  await page.getByTestId('action-submit').click();
  await page.locator('.ant-modal').waitFor({ state: 'detached' });
  await waitForDetail(page, status);
}

/** Types into an antd Select/TreeSelect (found by its input id) and takes the highlighted option with Enter. */
export async function chooseOption(page: Page, inputId: string, text: string): Promise<void> {
  const input = page.locator(`#${inputId}`);
  await input.focus();
  await input.pressSequentially(text);
  // options may load after the dropdown opens (e.g. a team's people)
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .locator('.ant-select-item-option, .ant-select-tree-treenode')
    .filter({ hasText: text })
    .first()
    .waitFor();
  await input.press('Enter');
}

/** The selected text of an antd select, by its input id. */
export function selectText(page: Page, inputId: string): Promise<string> {
  return page.locator('.ant-select', { has: page.locator(`#${inputId}`) }).innerText();
}

/** A bearer token for a demo user (for API calls made beside the browser). */
export async function tokenFor(baseURL: string, username: string): Promise<string> {
  const r = await graphqlFetch(baseURL, 'mutation($i: LoginInput!) { login(input: $i) { token } }', {
    i: { username, password: DEMO_PASSWORD },
  });
  const token = (r.data as { login?: { token?: string } } | undefined)?.login?.token;
  assert.ok(token, `login ${username}: ${JSON.stringify(r.errors)}`);
  return token;
}

/** Runs a GraphQL operation as `token` and returns its data, failing the test on any error. */
export async function gqlAs<T>(baseURL: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const r = await graphqlFetch(baseURL, query, variables, token);
  assert.equal(r.errors, undefined, `${query.slice(0, 60)}…: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

/** Registers a complaint through the API; returns its id, number and version. */
export async function createComplaintAs(
  baseURL: string,
  token: string,
  input: Record<string, unknown>,
): Promise<{ id: string; number: string; version: number }> {
  const data = await gqlAs<{ createComplaint: { complaint: { id: string; number: string; version: number } } }>(
    baseURL,
    token,
    'mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { complaint { id number version } } }',
    { i: input },
  );
  return data.createComplaint.complaint;
}

/** A small solid-colour PNG (real image bytes, so the server's content check accepts it). */
export function solidPng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Reusable steps for e2e tests. They drive the UI the way a person does
 * (through labelled controls), independent of the UI language.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { FRONTEND_DIR } from './server';

export const DEMO_PASSWORD = 'Kesu-demo-2026';

export const SCREENSHOT_DIR = resolve(
  process.env.KESU_SCREENSHOT_DIR ?? join(FRONTEND_DIR, 'e2e-output', 'screenshots'),
);

/**
 * Signs in as `username` through the login form and waits until the app has
 * left the login page. Starts from `/login` unless the page is already there.
 */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/login')) {
    await page.goto('/login');
  }
  await page.locator('#login_username').fill(username);
  await page.locator('#login_password').fill(password);
  await page.locator('form#login button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 15_000 });
  await page.getByTestId('user-menu').waitFor();
}

/**
 * Clicks a side-menu entry the way a user does, once the menu has settled: the
 * current page is selected in it, and the section holding that page has
 * finished opening by itself (it animates, and a click during the animation
 * lands on the menu behind the entry). When the entry sits in a closed
 * `section`, that section is opened first.
 */
export async function clickMenu(page: Page, label: string, section?: string): Promise<void> {
  const settled = () =>
    page.waitForFunction(
      () =>
        document.querySelector('.ant-menu .ant-menu-item-selected, .ant-menu .ant-menu-submenu-selected') !== null &&
        document.querySelector('.ant-menu [class*="ant-motion-collapse"]') === null,
    );
  await settled();
  const item = page.locator('.ant-menu-item', { hasText: label });
  if (section !== undefined && !(await item.isVisible())) {
    await page.locator('.ant-menu-submenu', { hasText: section }).locator('.ant-menu-submenu-title').click();
    await item.waitFor();
    await settled();
  }
  await item.click();
}

/** Signs out through the user menu and waits for the login page. */
export async function logout(page: Page): Promise<void> {
  // the menu can close again while it is still opening (a re-render of the
  // header, a click that lands mid-animation: seen in CI), so each attempt
  // opens it only when it is not showing and gives the item a short wait
  const item = page.locator('.ant-dropdown:not(.ant-dropdown-hidden) .ant-dropdown-menu-item-danger');
  for (let attempt = 1; ; attempt++) {
    try {
      if (!(await item.isVisible())) await page.getByTestId('user-menu').click({ timeout: 5_000 });
      await item.click({ timeout: 5_000 });
      await page.waitForURL((url) => url.pathname === '/login', { timeout: 10_000 });
      return;
    } catch (err) {
      if (attempt >= 4) throw err;
      if (new URL(page.url(), 'http://x').pathname === '/login') return;
    }
  }
}

/** Saves a full-page PNG as `<KESU_SCREENSHOT_DIR>/<name>.png`; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, name.endsWith('.png') ? name : `${name}.png`);
  // let antd finish its enter animations so the picture is stable
  await page.waitForTimeout(300);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Waits until the complaint queue has loaded what the current URL asks for:
 * not fetching, and showing rows or its empty state.
 */
export async function waitForQueue(page: Page): Promise<void> {
  // The queue marks which query string its rows belong to (`data-search`) and
  // whether it is fetching (`aria-busy`); router updates render in a
  // transition, so the URL can change before the page re-renders.
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="queue"]');
    return (
      el !== null &&
      el.getAttribute('aria-busy') === 'false' &&
      el.getAttribute('data-search') === new URLSearchParams(window.location.search).toString()
    );
  });
  await page.locator('.ant-table-tbody tr.ant-table-row, .ant-table-tbody .ant-empty').first().waitFor();
}

/** The number of complaint rows on screen. */
export function queueRowCount(page: Page): Promise<number> {
  return page.locator('.ant-table-tbody tr.ant-table-row').count();
}

/** Posts a GraphQL operation outside the browser (e.g. to read what the server says). */
export async function graphqlFetch(
  baseURL: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string; reason?: string } }> }> {
  const res = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: { code?: string; reason?: string } }>;
  };
}

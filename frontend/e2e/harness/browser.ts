/**
 * Headless Debian Chromium through playwright-core (no downloaded browser).
 * Every page records console errors and uncaught exceptions; the suite fails
 * the test when there are any.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.KESU_CHROMIUM ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const problems = new WeakMap<Page, string[]>();

/** A fresh context (no cookies, no storage) at 1280×800 in Beijing time. */
export async function newPage(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  watch(page);
  return { context, page };
}

/** Starts recording console errors and uncaught exceptions of `page`. */
export function watch(page: Page): void {
  const list: string[] = [];
  problems.set(page, list);
  page.on('console', (msg) => {
    if (msg.type() === 'error') list.push(`console.error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => list.push(`uncaught: ${err.stack ?? err.message}`));
}

/** What went wrong in the page so far. */
export function browserErrors(page: Page): readonly string[] {
  return problems.get(page) ?? [];
}

/** For a test that provokes an error on purpose: forget what was recorded. */
export function clearBrowserErrors(page: Page): void {
  problems.get(page)?.splice(0);
}

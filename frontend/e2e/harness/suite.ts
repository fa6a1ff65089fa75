/**
 * One call sets up a test file: a kesu server and a browser for the file,
 * a fresh browser context per test, and a failure when the page logged a
 * console error or threw.
 *
 *   const e2e = useKesu();
 *   test('…', async () => { const { page } = e2e; await login(page, 'agent'); });
 */
import { after, afterEach, before, beforeEach } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserErrors, launchBrowser, newPage } from './browser';
import { assertConsoleBuilt, startKesu, type KesuServer } from './server';

export interface KesuE2E {
  readonly server: KesuServer;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly baseURL: string;
}

export function useKesu(): KesuE2E {
  let server: KesuServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  before(async () => {
    assertConsoleBuilt();
    server = await startKesu();
    try {
      browser = await launchBrowser();
    } catch (err) {
      await server.stop();
      throw err;
    }
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    if (!browser || !server) throw new Error('suite not started');
    ({ context, page } = await newPage(browser, server.baseURL));
  });

  afterEach(async () => {
    const errors = page ? [...browserErrors(page)] : [];
    await context?.close();
    context = undefined;
    page = undefined;
    if (errors.length > 0) {
      throw new Error(`the browser reported errors:\n${errors.join('\n')}`);
    }
  });

  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`${what} is only available inside a test`);
    return v;
  };
  return {
    get server() {
      return need(server, 'server');
    },
    get browser() {
      return need(browser, 'browser');
    },
    get context() {
      return need(context, 'context');
    },
    get page() {
      return need(page, 'page');
    },
    get baseURL() {
      return need(server, 'server').baseURL;
    },
  };
}

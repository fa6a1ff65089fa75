export { useKesu, type KesuE2E } from './suite';
export {
  login,
  logout,
  clickMenu,
  screenshot,
  waitForQueue,
  queueRowCount,
  graphqlFetch,
  DEMO_PASSWORD,
  SCREENSHOT_DIR,
} from './actions';
export { browserErrors, clearBrowserErrors, launchBrowser, newPage } from './browser';
export { startKesu, freePort, assertConsoleBuilt, type KesuServer } from './server';

/**
 * Starts a real kesu server for the e2e tests: fresh temp data directory,
 * demo data, a free port on 127.0.0.1, the built console from `dist/`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FRONTEND_DIR = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The built console under test; `KESU_E2E_DIST` points elsewhere (parallel builds). */
export const DIST_DIR = process.env.KESU_E2E_DIST ? resolve(process.env.KESU_E2E_DIST) : join(FRONTEND_DIR, 'dist');
export const DEFAULT_KESU_BIN = '/tmp/kesu-bin/kesu';

export interface KesuServer {
  /** e.g. `http://127.0.0.1:43121` */
  baseURL: string;
  dataDir: string;
  /** Everything the server printed so far (for failure messages). */
  output: () => string;
  stop: () => Promise<void>;
}

/** A port the OS says is free right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

/** Fails early when dist/ is missing or older than src/ (tests would run stale code). */
export function assertConsoleBuilt(): void {
  const index = join(DIST_DIR, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`the console is not built (${index} is missing): run \`npm run build\` first`);
  }
  const builtAt = statSync(index).mtimeMs;
  const newer = newestFile(join(FRONTEND_DIR, 'src'));
  if (newer && newer.mtimeMs > builtAt && !process.env.KESU_E2E_ALLOW_STALE) {
    throw new Error(`dist/ is older than ${newer.path}: run \`npm run build\` first (or set KESU_E2E_ALLOW_STALE=1)`);
  }
}

function newestFile(dir: string): { path: string; mtimeMs: number } | null {
  let best: { path: string; mtimeMs: number } | null = null;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    const candidate = entry.isDirectory() ? newestFile(p) : { path: p, mtimeMs: statSync(p).mtimeMs };
    if (candidate && (!best || candidate.mtimeMs > best.mtimeMs)) best = candidate;
  }
  return best;
}

export async function startKesu(
  opts: { bin?: string; consoleDir?: string; readyTimeoutMs?: number } = {},
): Promise<KesuServer> {
  const bin = opts.bin ?? process.env.KESU_BIN ?? DEFAULT_KESU_BIN;
  if (!existsSync(bin)) throw new Error(`kesu binary not found at ${bin} (set KESU_BIN)`);
  const consoleDir = resolve(opts.consoleDir ?? DIST_DIR);
  const dataDir = mkdtempSync(join(tmpdir(), 'kesu-e2e-'));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;

  let output = '';
  const child: ChildProcess = spawn(bin, ['serve', '--demo', '--bind', `127.0.0.1:${port}`], {
    env: {
      ...process.env,
      KESU_DATA_DIR: dataDir,
      KESU_CONSOLE_DIR: consoleDir,
      KESU_LOG: process.env.KESU_LOG ?? 'warn',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  let exited: number | null | undefined;
  const exitPromise = new Promise<void>((done) => {
    child.once('exit', (code) => {
      exited = code;
      done();
    });
  });

  const stop = async () => {
    if (exited === undefined) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exitPromise;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + (opts.readyTimeoutMs ?? 60_000);
  for (;;) {
    if (exited !== undefined) {
      await stop();
      throw new Error(`kesu exited with ${String(exited)} before it was ready:\n${output}`);
    }
    try {
      const res = await fetch(`${baseURL}/readyz`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`kesu was not ready within the timeout:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { baseURL, dataDir, output: () => output, stop };
}

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { _electron, test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const webShellCli = join(repoRoot, 'dist/node/electron/web-shell/cli.js');
const webShellLine = /^Ferry web shell: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/;

/** Files to create in the temp home before the app starts: relative path → content; a trailing "/" is a folder. */
export type HomeFiles = Readonly<Record<string, string>>;

interface FerryFixtures {
  /** Declarative content of the temp home, created before launch (the local pane lists home on start). */
  homeFiles: HomeFiles;
  /** The per-test temp folder the app sees as the user's home. */
  home: string;
  /**
   * Where passwords go: `memory` (default) keeps them in the app's process, `unavailable` plays a keychain
   * that refuses everything. Either way e2e never touches the real user's keychain (FERRY_CREDENTIALS).
   */
  credentials: 'memory' | 'unavailable';
  /** The per-test temp folder the app keeps its site list in (the user-data folder). */
  userData: string;
  /** Which runtime the test got. */
  shell: 'electron' | 'web';
  /** The Ferry window. */
  page: Page;
}

/** True when Electron's runtime was downloaded (node_modules/electron/path.txt names an existing binary). */
function electronRuntimeExists(): boolean {
  const pathFile = join(repoRoot, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) {
    return false;
  }
  const binary = join(repoRoot, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary);
}

/**
 * One fixture for both runtimes: tests get a `page` showing Ferry with HOME pointed at a fresh temp folder and
 * cannot tell (nor should they care) whether Electron or the web shell serves it.
 */
export const test = base.extend<FerryFixtures>({
  homeFiles: [{}, { option: true }],

  home: async ({ homeFiles }, use) => {
    const home = await mkdtemp(join(tmpdir(), 'ferry-e2e-home-'));
    for (const [relative, content] of Object.entries(homeFiles)) {
      const target = join(home, relative);
      if (relative.endsWith('/')) {
        await mkdir(target, { recursive: true });
      } else {
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, content);
      }
    }
    await use(home);
    await rm(home, { recursive: true, force: true });
  },

  credentials: ['memory', { option: true }],

  userData: async ({}, use) => {
    const userData = await mkdtemp(join(tmpdir(), 'ferry-e2e-data-'));
    await use(userData);
    await rm(userData, { recursive: true, force: true });
  },

  shell: async ({}, use) => {
    await use(electronRuntimeExists() ? 'electron' : 'web');
  },

  page: async ({ home, userData, credentials, shell, browser }, use) => {
    const env = {
      ...process.env,
      HOME: home,
      USERPROFILE: home,
      FERRY_CREDENTIALS: credentials,
      FERRY_USER_DATA: userData,
    };
    if (shell === 'electron') {
      const app = await _electron.launch({ args: ['.'], cwd: repoRoot, env });
      const window = await app.firstWindow();
      await use(window);
      await app.close();
      return;
    }
    const child = spawn(process.execPath, [webShellCli, '--port', '0', '--user-data', userData], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await readWebShellUrl(child);
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      await use(page);
      await context.close();
    } finally {
      await stop(child);
    }
  },
});

/** Ends the web shell and waits for it, so no test leaves a server behind. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolvePromise) => child.once('exit', () => resolvePromise()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Waits for the web shell's one line, `Ferry web shell: http://127.0.0.1:PORT/?token=TOKEN`. */
function readWebShellUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => reject(new Error(`web shell printed no URL within 10 s\n${stderr}`)), 10_000);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = webShellLine.exec(line.trim());
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web shell exited (${String(code)}) before printing its URL\n${stderr}`));
    });
  });
}

export { expect };

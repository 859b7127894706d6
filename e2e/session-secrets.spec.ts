import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { startServer, writeFixture } from '../electron/test-support/ftp-servers/index.js';
import type { RunningServer } from '../electron/test-support/ftp-servers/index.js';
import { expect, test } from './fixtures.js';

// "No password anywhere" after a realistic session: sites created, tested, connected, a folder listed, a file
// uploaded, a wrong password tried, disconnected, the shell quit. Then every file the app could have written
// (user-data folder and home), its stdout/stderr, the page's storage, console and message log are searched for
// each password in the forms a leak would take: plain, base64 (any alignment), percent-, JSON- and \u-escaped.

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const webShellCli = join(repoRoot, 'dist/node/electron/web-shell/cli.js');
/** Goes to the keychain only, and to vsftpd, which refuses it: distinctive, and different in every encoding. */
const typoPassword = 'Fährte+Schlüssel/42?&=%ü';
const uploadText = 'a file that travels to the server\n'.repeat(50);

/** Substrings that base64 of `secret` contains wherever it sits in a longer encoded stream (offset mod 3). */
function base64Cores(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const cores: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    const first = Math.ceil(shift / 3) * 4;
    const last = Math.floor((shift + bytes.length) / 3) * 4;
    const core = encoded.slice(first, last);
    cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return cores;
}

/** The forms a leaked password would take in a file or a log. */
function leakForms(secret: string): string[] {
  const escaped = [...secret].map((char) => (char.charCodeAt(0) > 0x7e ? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}` : char)).join('');
  const percent = encodeURIComponent(secret);
  const forms = [secret, percent, percent.toLowerCase(), encodeURI(secret), new URLSearchParams({ p: secret }).toString().slice(2), JSON.stringify(secret).slice(1, -1), escaped, ...base64Cores(secret)];
  return [...new Set(forms)];
}

/** Which forms of which secrets occur in `data` (as UTF-8, Latin-1 or UTF-16 bytes). */
function leaksIn(data: Buffer, secrets: readonly string[]): string[] {
  const found: string[] = [];
  for (const secret of secrets) {
    for (const form of leakForms(secret)) {
      for (const encoding of ['utf8', 'latin1', 'utf16le'] as const) {
        if (data.includes(Buffer.from(form, encoding))) found.push(`${form} (${encoding})`);
      }
    }
  }
  return [...new Set(found)];
}

/** Every file under a folder, with its bytes. */
async function filesUnder(folder: string): Promise<{ path: string; data: Buffer }[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (path) => ({ path: relative(folder, path), data: await readFile(path) })));
}

/** The web shell as a user runs it, with its output kept. */
async function startWebShell(env: NodeJS.ProcessEnv, userData: string) {
  const child = spawn(process.execPath, [webShellCli, '--port', '0', '--user-data', userData], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 10 s\n${output.stderr}`)), 10_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^Ferry web shell: (\S+)$/.exec(line.trim());
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`web shell exited (${String(code)})\n${output.stderr}`)));
  });
  return { child, url, output };
}

/** Quits the shell the way a user's Ctrl+C does, and waits for it to finish saving. */
async function quit(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  child.kill('SIGTERM');
  return exited;
}

function sidebar(page: Page) {
  return page.getByRole('complementary', { name: 'Sites' });
}

async function newSite(page: Page, server: RunningServer, name: string, password: string) {
  await sidebar(page).getByRole('button', { name: 'New site' }).click();
  const dialog = page.getByRole('dialog', { name: 'New site' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Protocol').selectOption('ftp');
  await dialog.getByLabel('Host').fill(server.host);
  await dialog.getByLabel('Port').fill(String(server.port));
  await dialog.getByLabel('User').fill(server.user);
  await dialog.getByLabel('Password').fill(password);
  return dialog;
}

async function connectSite(page: Page, name: string) {
  await sidebar(page).getByRole('treeitem', { name, exact: true }).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Connect' }).click();
}

test('the leak search finds each form it looks for', () => {
  const sample = (inner: string) => Buffer.from(`{"note":"${inner}"}`, 'utf8');
  for (const prefix of ['', 'x', 'xy']) {
    const encoded = Buffer.from(`user:${prefix}${typoPassword}`).toString('base64');
    expect(leaksIn(sample(encoded), [typoPassword])).not.toEqual([]);
  }
  expect(leaksIn(sample(encodeURIComponent(typoPassword)), [typoPassword])).not.toEqual([]);
  expect(leaksIn(Buffer.from(typoPassword, 'utf16le'), [typoPassword])).not.toEqual([]);
  expect(leaksIn(sample(JSON.stringify(typoPassword).slice(1, -1).replace('ä', '\\u00e4').replace(/ü/g, '\\u00fc')), [typoPassword])).not.toEqual([]);
  expect(leaksIn(sample('Fährte Schlüssel'), [typoPassword])).toEqual([]);
});

test.describe('no password anywhere after a session (vsftpd, web shell)', () => {
  let server: RunningServer;

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(60_000);
    server = await startServer({ kind: 'vsftpd', tls: 'plain' });
    await writeFixture(server, 'hello.txt', 'hello from the server\n');
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test('sites, test connection, connect, list, upload, a wrong password, disconnect, quit', async ({ browser }) => {
    test.setTimeout(90_000);
    const home = await mkdtemp(join(tmpdir(), 'ferry-secrets-home-'));
    const userData = await mkdtemp(join(tmpdir(), 'ferry-secrets-data-'));
    await writeFile(join(home, 'upload-me.txt'), uploadText);
    const secrets = [server.password, typoPassword];
    const shell = await startWebShell({ ...process.env, HOME: home, USERPROFILE: home, FERRY_CREDENTIALS: 'memory' }, userData);
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const consoleText: string[] = [];
      page.on('console', (message) => consoleText.push(message.text()));
      await page.goto(shell.url);

      // A site with the real password: tested from its dialog (vsftpd has no MLSD), saved to the keychain.
      const dialog = await newSite(page, server, 'Shop', server.password);
      await dialog.getByRole('button', { name: 'Test connection' }).click();
      const result = dialog.getByTestId('test-connection-result');
      await expect(result).toContainText('Connected and logged in. Listed / (1 item).', { timeout: 15_000 });
      // The result lands below the form; the dialog brings it into view.
      await expect(result).toBeInViewport({ ratio: 0.95 });
      const supports = result.getByRole('list', { name: 'What the server supports' });
      await expect(supports).toContainText('Not encrypted');
      await expect(supports).toContainText('Classic listings only (no MLSD)');
      await expect(supports).toContainText('Resume supported');
        await mkdir('test-results/screens', { recursive: true });
      await page.screenshot({ path: 'test-results/screens/sites-test-connection-vsftpd-light.png' });
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog).toBeHidden();

      // A site whose saved password the server refuses: it still travels keychain → PASS → error path.
      await (await newSite(page, server, 'Typo', typoPassword)).getByRole('button', { name: 'Save' }).click();
      await connectSite(page, 'Typo');
      const remote = page.getByRole('region', { name: 'Remote' });
      await expect(remote.getByRole('alert')).toContainText('The server did not accept the user name or password.', { timeout: 15_000 });

      // The real session: connect from the site manager, list, upload, disconnect.
      await connectSite(page, 'Shop');
      const remoteGrid = page.getByRole('grid', { name: 'Remote files' });
      await expect(remoteGrid.getByRole('gridcell', { name: 'hello.txt', exact: true })).toBeVisible({ timeout: 15_000 });
      const localFile = page.getByRole('grid', { name: 'Local files' }).getByRole('gridcell', { name: 'upload-me.txt', exact: true });
      await localFile.click();
      await localFile.click({ button: 'right' });
      await page.getByRole('menuitem', { name: 'Upload' }).click();
      const done = page.getByRole('region', { name: 'Transfers' }).getByRole('tab', { name: /^Done/ }).locator('.tabs__count');
      await expect(done).toHaveText('1', { timeout: 15_000 });
      expect(await readFile(join(server.root, 'upload-me.txt'), 'utf8')).toBe(uploadText);
      await remote.getByRole('button', { name: 'Disconnect' }).click();
      await expect(remote).toContainText('Not connected');

      const log = page.getByRole('log', { name: 'Message log' });
      await expect(log).toContainText(`USER ${server.user}`);
      await expect(log).toContainText('PASS');
      const logText = (await log.textContent()) ?? '';
      const storage = await page.evaluate<string>('JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } })');
      await context.close();
      expect(await quit(shell.child)).toBe(0);

      // The scan must have something to scan: the site list and the output are really there.
      const files = [...(await filesUnder(userData)), ...(await filesUnder(home)).map((file) => ({ ...file, path: `home/${file.path}` }))];
      const sitesJson = files.find((file) => file.path === 'sites.json');
      expect(sitesJson?.data.toString()).toContain('"Typo"');
      expect(shell.output.stdout).toContain('Ferry web shell: http://127.0.0.1:');
      const texts = { stdout: shell.output.stdout, stderr: shell.output.stderr, 'message log': logText, 'page storage': storage, 'page console': consoleText.join('\n') };
      const leaks = [
        ...files.flatMap((file) => leaksIn(file.data, secrets).map((form) => `${file.path}: ${form}`)),
        ...Object.entries(texts).flatMap(([where, text]) => leaksIn(Buffer.from(text, 'utf8'), secrets).map((form) => `${where}: ${form}`)),
      ];
      expect(leaks).toEqual([]);
    } finally {
      await quit(shell.child);
      await rm(home, { recursive: true, force: true });
      await rm(userData, { recursive: true, force: true });
    }
  });
});

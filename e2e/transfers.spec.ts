import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startServer, writeFixture } from '../electron/test-support/ftp-servers/index.js';
import type { RunningServer } from '../electron/test-support/ftp-servers/index.js';
import { expect, test } from './fixtures.js';
import { quickConnectPlain } from './window-actions.js';

const screens = 'test-results/screens';

/** Text that differs from file to file and line to line, so a swapped or truncated file cannot pass. */
function content(seed: string, lines: number): string {
  let text = '';
  for (let i = 0; i < lines; i++) text += `${seed}:${i}:${((i * 2654435761) >>> 0).toString(36)}\n`;
  return text;
}

const siteFiles = {
  'site/index.html': content('index', 40),
  'site/css/style.css': content('style', 300),
  'site/img/logo.svg': content('logo', 2000),
};

const manyFiles = Object.fromEntries(Array.from({ length: 240 }, (_, i) => [`bulk/part-${String(i).padStart(3, '0')}.txt`, content(`bulk${i}`, 3000)]));

function transfers(page: Page) {
  return page.getByRole('region', { name: 'Transfers' });
}

function tabCount(page: Page, tab: 'Queued' | 'Active' | 'Failed' | 'Done') {
  return transfers(page).getByRole('tab', { name: new RegExp(`^${tab}`) }).locator('.tabs__count');
}

function localCell(page: Page, name: string) {
  return page.getByRole('grid', { name: 'Local files' }).getByRole('gridcell', { name, exact: true });
}

function remoteCell(page: Page, name: string) {
  return page.getByRole('grid', { name: 'Remote files' }).getByRole('gridcell', { name, exact: true });
}

async function snap(page: Page, name: string) {
  await mkdir(screens, { recursive: true });
  await page.screenshot({ path: `${screens}/${name}.png` });
}

test.describe('transfers on vsftpd (plain FTP)', () => {
  let server: RunningServer;

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(60_000);
    server = await startServer({ kind: 'vsftpd', tls: 'plain' });
    await writeFixture(server, 'download-me.txt', content('download', 500));
    await writeFixture(server, 'clash-a.txt', 'the server copy of a\n');
    await writeFixture(server, 'clash-b.txt', 'the server copy of b\n');
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test.describe('a folder', () => {
    test.use({ homeFiles: siteFiles });

    test('uploads through the context menu and lands byte-exact', async ({ page }) => {
      await quickConnectPlain(page, server);
      await localCell(page, 'site').click();
      await localCell(page, 'site').click({ button: 'right' });
      await page.getByRole('menuitem', { name: 'Upload' }).click();
      await expect(tabCount(page, 'Done')).toHaveText('3', { timeout: 15_000 });
      await expect(tabCount(page, 'Failed')).toHaveText('0');
      await transfers(page).getByRole('tab', { name: /^Done/ }).click();
      await expect(transfers(page).getByRole('listitem', { name: 'Upload logo.svg: Done' })).toBeVisible();
      await expect(transfers(page).getByRole('status', { name: 'Total progress' })).toContainText('All done');
      for (const [path, text] of Object.entries(siteFiles)) {
        expect(await readFile(join(server.root, path), 'utf8')).toBe(text);
      }
      // No temporary upload names are left behind.
      expect((await readdir(join(server.root, 'site'))).sort()).toEqual(['css', 'img', 'index.html']);
      // The remote pane shows the new folder without a manual refresh.
      await expect(remoteCell(page, 'site')).toBeVisible();
    });
  });

  test.describe('drag and drop', () => {
    test.use({ homeFiles: { 'dragged.txt': content('dragged', 50) } });

    test('a local file dropped on the remote pane uploads; a remote one dropped on the local pane downloads', async ({ page, home }) => {
      await quickConnectPlain(page, server);
      await localCell(page, 'dragged.txt').dragTo(page.getByRole('grid', { name: 'Remote files' }));
      await expect(tabCount(page, 'Done')).toHaveText('1', { timeout: 15_000 });
      expect(await readFile(join(server.root, 'dragged.txt'), 'utf8')).toBe(content('dragged', 50));
      await remoteCell(page, 'clash-b.txt').dragTo(page.getByRole('grid', { name: 'Local files' }));
      await expect(tabCount(page, 'Done')).toHaveText('2', { timeout: 15_000 });
      expect(await readFile(join(home, 'clash-b.txt'), 'utf8')).toBe('the server copy of b\n');
    });
  });

  test('downloads a file by double-click; it appears in the local pane', async ({ page, home }) => {
    await quickConnectPlain(page, server);
    await remoteCell(page, 'download-me.txt').dblclick();
    await expect(tabCount(page, 'Done')).toHaveText('1', { timeout: 15_000 });
    await expect(localCell(page, 'download-me.txt')).toBeVisible();
    expect(await readFile(join(home, 'download-me.txt'), 'utf8')).toBe(content('download', 500));
    expect(await readdir(home)).not.toContain('download-me.txt.part');
    // The remote context menu downloads too.
    await remoteCell(page, 'clash-a.txt').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Download' }).click();
    await expect(tabCount(page, 'Done')).toHaveText('2', { timeout: 15_000 });
    await expect(localCell(page, 'clash-a.txt')).toBeVisible();
  });

  test('the settings menu changes the connections per server, kept by the queue', async ({ page }) => {
    await transfers(page).getByRole('button', { name: 'Transfer settings: 2 connections per server' }).click();
    await page.getByRole('menuitemradio', { name: '4 connections' }).click();
    await transfers(page).getByRole('button', { name: 'Transfer settings: 4 connections per server' }).click();
    await page.getByRole('menuitemradio', { name: 'Skip' }).click();
    await page.reload();
    await transfers(page).getByRole('button', { name: 'Transfer settings: 4 connections per server' }).click();
    await expect(page.getByRole('menuitemradio', { name: 'Skip' })).toHaveAttribute('aria-checked', 'true');
    await snap(page, 'transfers-settings-menu');
  });

  test.describe('existing files', () => {
    test.use({ homeFiles: { 'clash-a.txt': 'my new a\n', 'clash-b.txt': 'my new b\n' } });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`ask, then skip with apply to all (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await quickConnectPlain(page, server);
        const grid = page.getByRole('grid', { name: 'Local files' });
        await localCell(page, 'clash-a.txt').click();
        await grid.press('Control+a');
        await page.getByRole('region', { name: 'Local' }).getByRole('button', { name: 'Upload' }).click();
        const dialog = page.getByRole('dialog', { name: 'The file already exists' });
        await expect(dialog).toBeVisible({ timeout: 15_000 });
        await expect(dialog).toContainText(/clash-[ab]\.txt/);
        await expect(dialog).toContainText('Existing file');
        // Both uploads wait for an answer; the second question queues behind the first.
        await expect(dialog.getByRole('checkbox', { name: /Apply to all \(1 more waiting\)/ })).toBeVisible();
        await snap(page, `transfers-exists-dialog-${colorScheme}`);
        await dialog.getByRole('radio', { name: /^Skip/ }).check();
        await dialog.getByRole('checkbox', { name: /Apply to all/ }).check();
        await dialog.getByRole('button', { name: 'OK' }).click();
        await expect(dialog).toBeHidden();
        await expect(tabCount(page, 'Done')).toHaveText('2', { timeout: 15_000 });
        await transfers(page).getByRole('tab', { name: /^Done/ }).click();
        await expect(transfers(page).getByRole('listitem', { name: 'Upload clash-a.txt: Skipped (exists)' })).toBeVisible();
        expect(await readFile(join(server.root, 'clash-a.txt'), 'utf8')).toBe('the server copy of a\n');
        expect(await readFile(join(server.root, 'clash-b.txt'), 'utf8')).toBe('the server copy of b\n');
        await transfers(page).getByRole('button', { name: 'Clear finished' }).click();
        await expect(tabCount(page, 'Done')).toHaveText('0');
      });
    }
  });

  test.describe('many files', () => {
    test.use({ homeFiles: manyFiles });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`the panel while transfers run (${colorScheme})`, async ({ page }) => {
        await rm(join(server.root, 'bulk'), { recursive: true, force: true });
        await page.emulateMedia({ colorScheme });
        await quickConnectPlain(page, server);
        await localCell(page, 'bulk').click();
        // Watch the Active tab from the start: once the folder has expanded, its files run two at a time.
        await transfers(page).getByRole('tab', { name: /^Active/ }).click();
        await page.getByRole('region', { name: 'Local' }).getByRole('button', { name: 'Upload' }).click();
        await expect(transfers(page).getByRole('listitem', { name: /^Upload part-\d+\.txt: Transferring$/ }).first()).toBeVisible({ timeout: 15_000 });
        await snap(page, `transfers-active-${colorScheme}`);
        await transfers(page).getByRole('tab', { name: /^Queued/ }).click();
        await expect(tabCount(page, 'Done')).toHaveText('240', { timeout: 60_000 });
        const uploaded = await readdir(join(server.root, 'bulk'));
        expect(uploaded).toHaveLength(240);
        await transfers(page).getByRole('button', { name: 'Clear finished' }).click();
        await expect(tabCount(page, 'Done')).toHaveText('0');
      });
    }
  });
});

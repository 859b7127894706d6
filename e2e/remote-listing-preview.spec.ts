import { chownSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startServer, writeFixture } from '../electron/test-support/ftp-servers/index.js';
import type { RunningServer } from '../electron/test-support/ftp-servers/index.js';
import { expect, test } from './fixtures.js';
import { quickConnectPlain } from './window-actions.js';

// Issue 6: a huge remote folder shows its first rows while the rest of its listing still arrives.
const files = 30_000;
const screens = 'test-results/screens';
const firstName = 'f00000.txt';
const progressText = /^Listing… [\d,]+ items so far$/;

/** Zero-padded names, so the server's (sorted) first batch holds the names the pane sorts first. */
function createFiles(server: RunningServer, folder: string, count: number): void {
  const dir = join(server.root, folder);
  mkdirSync(dir, { recursive: true });
  chownSync(dir, server.owner.uid, server.owner.gid);
  for (let index = 0; index < count; index += 1) {
    const path = join(dir, `f${String(index).padStart(5, '0')}.txt`);
    closeSync(openSync(path, 'w'));
    chownSync(path, server.owner.uid, server.owner.gid);
  }
}

const remotePane = (page: Page) => page.getByRole('region', { name: 'Remote' });
const remoteGrid = (page: Page) => page.getByRole('grid', { name: 'Remote files' });
const remoteStatus = (page: Page) => page.locator('.pane--remote footer.pane__status');

async function quickConnect(page: Page, server: RunningServer): Promise<void> {
  await quickConnectPlain(page, server);
  await expect(remoteGrid(page).getByRole('gridcell', { name: 'index.html', exact: true })).toBeVisible();
}

async function goTo(page: Page, path: string): Promise<void> {
  const box = remotePane(page).getByRole('textbox', { name: 'Remote path' });
  await box.fill(path);
  await box.press('Enter');
}

interface Moment {
  readonly status: string;
  /** Whether the big folder's first row was in the grid at that moment. */
  readonly firstRow: boolean;
}

/**
 * Records every text the remote status line shows from now on, with whether the big folder's first row was in
 * the grid at that moment. (A script string: e2e has no DOM types.)
 */
async function recordStatus(page: Page): Promise<void> {
  await page.evaluate(`
(() => {
  const footer = document.querySelector('.pane--remote footer.pane__status');
  const moments = [];
  window.__moments = moments;
  new MutationObserver(() => {
    const grid = document.querySelector('[role=grid][aria-label="Remote files"]');
    const firstRow = [...(grid?.querySelectorAll('.file-name') ?? [])].some((cell) => cell.textContent === ${JSON.stringify(firstName)});
    const status = footer.textContent ?? '';
    if (moments.at(-1)?.status !== status) moments.push({ status, firstRow });
  }).observe(footer, { childList: true, subtree: true, characterData: true });
})()
`);
}

const recorded = (page: Page): Promise<Moment[]> => page.evaluate<Moment[]>('window.__moments');

/**
 * Holds back, in the page, WebSocket messages longer than 200 000 characters (only a whole big listing is) until
 * `release`: the preview then stays on screen as long as a test needs, on a fast machine too.
 */
const holdBigAnswers = `
(() => {
  const add = WebSocket.prototype.addEventListener;
  const held = [];
  window.__holdBig = true;
  window.__releaseBig = () => {
    window.__holdBig = false;
    for (const deliver of held.splice(0)) deliver();
  };
  WebSocket.prototype.addEventListener = function (type, listener, options) {
    if (type !== 'message') return add.call(this, type, listener, options);
    return add.call(this, type, (event) => {
      if (window.__holdBig && typeof event.data === 'string' && event.data.length > 200000) held.push(() => listener.call(this, event));
      else listener.call(this, event);
    }, options);
  };
})();
`;

/**
 * Connects with the big answer held back (holdBigAnswers), runs `beforeOpen`, opens /big and waits for its
 * preview; the test releases the whole listing with `window.__releaseBig()`.
 */
async function openBigWithAnswerHeld(page: Page, server: RunningServer, beforeOpen?: () => Promise<void>): Promise<void> {
  await page.addInitScript(holdBigAnswers);
  await page.reload();
  await quickConnect(page, server);
  await beforeOpen?.();
  await goTo(page, '/big');
  await expect(remoteStatus(page)).toHaveText(progressText, { timeout: 15_000 });
}

test.describe('a 30 000-file folder on vsftpd', () => {
  let server: RunningServer;

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(120_000);
    server = await startServer({ kind: 'vsftpd', tls: 'plain' });
    await writeFixture(server, 'index.html', '<h1>Hello</h1>\n');
    createFiles(server, 'big', files);
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test('shows its first rows and a running count while it lists, then the whole folder', async ({ page }) => {
    // The whole answer is held back until the preview has shown, so a slow CI browser cannot skip it.
    await openBigWithAnswerHeld(page, server, () => recordStatus(page));
    await page.evaluate('window.__releaseBig()');
    await expect(remoteStatus(page)).toContainText('30,000 files', { timeout: 15_000 });
    const moments = await recorded(page);
    const firstPreview = moments.findIndex((moment) => progressText.test(moment.status));
    const final = moments.findIndex((moment) => moment.status.includes('30,000 files'));
    expect(firstPreview, JSON.stringify(moments)).toBeGreaterThanOrEqual(0);
    expect(firstPreview).toBeLessThan(final);
    // The preview's rows came with its status, and every count it showed was part of the folder.
    expect(moments[firstPreview]?.firstRow).toBe(true);
    for (const moment of moments.filter((m) => progressText.test(m.status))) {
      expect(Number(moment.status.replace(/\D/g, ''))).toBeLessThanOrEqual(files);
    }
    expect(moments.at(-1)?.status).toMatch(/^0 folders, 30,000 files/);
    await expect(remoteGrid(page).getByRole('gridcell', { name: firstName, exact: true })).toBeVisible();
    // All 30 000 are there now: the last one sorts first when the name column is reversed.
    await remoteGrid(page).getByRole('columnheader', { name: /Name/ }).click();
    await expect(remoteGrid(page).getByRole('gridcell', { name: 'f29999.txt', exact: true })).toBeVisible();
  });

  test('the preview is calm and only to look at; a row picked in it stays selected when the whole folder arrives', async ({ page }) => {
    await openBigWithAnswerHeld(page, server);
    const picked = remoteGrid(page).getByRole('row', { name: /f00003\.txt/ });
    await expect(remoteGrid(page).getByRole('gridcell', { name: firstName, exact: true })).toBeVisible();
    await expect(remotePane(page).getByRole('textbox', { name: 'Remote path' })).toHaveValue('/big');
    await mkdir(screens, { recursive: true });
    await page.screenshot({ path: `${screens}/remote-listing-preview.png` });
    // Nothing acts on part of a folder as if it were all of it.
    await picked.click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Remote file actions' });
    await expect(menu.getByRole('menuitem', { name: 'Download' })).toBeDisabled();
    await expect(menu.getByRole('menuitem', { name: /Delete/ })).toBeDisabled();
    await expect(menu.getByRole('menuitem', { name: /New folder/ })).toBeDisabled();
    await expect(menu.getByRole('menuitem', { name: 'Copy path' })).toBeEnabled();
    await page.keyboard.press('Escape');
    await expect(picked).toHaveAttribute('aria-selected', 'true');
    // F5 does not take the user back to the last whole listing (the folder they left): this one is on its way.
    await remoteGrid(page).press('F5');
    await expect(remoteStatus(page)).toHaveText(/^Still listing this folder/);
    await expect(remotePane(page).getByRole('textbox', { name: 'Remote path' })).toHaveValue('/big');
    await page.evaluate('window.__releaseBig()');
    await expect(remoteStatus(page)).toHaveText(/^0 folders, 30,000 files/);
    await expect(picked).toHaveAttribute('aria-selected', 'true');
    await expect(menu).toHaveCount(0);
  });

  test('a preview left behind: navigating away drops it, and its late answer never lands', async ({ page }) => {
    await openBigWithAnswerHeld(page, server);
    await goTo(page, '/');
    await expect(remoteGrid(page).getByRole('gridcell', { name: 'index.html', exact: true })).toBeVisible();
    await expect(remoteStatus(page)).toHaveText(/^1 folder, 1 file/);
    await expect(remoteGrid(page).getByRole('gridcell', { name: firstName, exact: true })).toHaveCount(0);
    await page.evaluate('window.__releaseBig()');
    // The stale answer arrives now and must change nothing.
    await page.waitForTimeout(500);
    await expect(remoteStatus(page)).toHaveText(/^1 folder, 1 file/);
    await expect(remoteGrid(page).getByRole('gridcell', { name: firstName, exact: true })).toHaveCount(0);
    await expect(remotePane(page).getByRole('textbox', { name: 'Remote path' })).toHaveValue('/');
  });
});

import { mkdir, readdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { startServer } from '../electron/test-support/ftp-servers/index.js';
import type { RunningServer } from '../electron/test-support/ftp-servers/index.js';
import { expect, test } from './fixtures.js';
import { quickConnectPlain } from './window-actions.js';

function tabCount(page: Page, tab: 'Queued' | 'Active' | 'Failed' | 'Done') {
  return page.getByRole('region', { name: 'Transfers' }).getByRole('tab', { name: new RegExp(`^${tab}`) }).locator('.tabs__count');
}

// Strings, not functions: e2e/ compiles without the DOM lib (as the other specs' evaluate calls do).
const droppedFile = `(() => {
  const dataTransfer = new DataTransfer();
  dataTransfer.items.add(new File(['x'], 'a.txt', { type: 'text/plain' }));
  return dataTransfer;
})()`;
const bridgeTellsPaths = "typeof window.ferry?.pathForFile === 'function'";

test.describe('files dropped from the computer on the remote pane', () => {
  let server: RunningServer;

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(60_000);
    server = await startServer({ kind: 'vsftpd', tls: 'plain' });
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test('light the pane while hovering, then explain instead of uploading what has no local path', async ({ page }) => {
    await quickConnectPlain(page, server);
    const grid = page.getByRole('grid', { name: 'Remote files' });
    const dropTarget = page.locator('.pane--remote .pane-drop-target');
    // A real DataTransfer carrying a File, as a file manager's drop brings (its types include 'Files').
    const dataTransfer = await page.evaluateHandle(droppedFile);
    await grid.dispatchEvent('dragenter', { dataTransfer });
    await grid.dispatchEvent('dragover', { dataTransfer });
    await expect(dropTarget).toBeVisible();
    await grid.dispatchEvent('drop', { dataTransfer });
    await expect(dropTarget).toHaveCount(0);

    const notice = page.getByRole('status', { name: 'Drop notice' });
    // Electron's bridge tells real files' paths, but a File made by a script has none there either; the web
    // shell's browser tells no paths at all, so there the desktop app is the answer.
    if (await page.evaluate<boolean>(bridgeTellsPaths)) {
      await expect(notice).toContainText('Could not read the path of “a.txt” on this computer, so it was not uploaded.');
    } else {
      await expect(notice).toContainText('Dropping files from your computer works in the Ferry desktop app.');
      await expect(notice).toContainText('drag them from the Local pane (left) instead');
    }
    await mkdir('test-results/screens', { recursive: true });
    await page.screenshot({ path: 'test-results/screens/os-drop-notice.png' });

    // Nothing was queued, nothing reached the server.
    for (const tab of ['Queued', 'Active', 'Done', 'Failed'] as const) await expect(tabCount(page, tab)).toHaveText('0');
    expect(await readdir(server.root)).not.toContain('a.txt');

    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });
});

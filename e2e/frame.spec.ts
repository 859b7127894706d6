import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';
import { cell, localGrid, localPane } from './window-actions.js';

const screens = 'test-results/screens';

test.describe('the window frame', () => {
  test.use({
    homeFiles: {
      'docs/inner.txt': 'inner',
      'a.txt': 'x'.repeat(1234),
      '.hidden': 'secret',
    },
  });

  test('shows toolbar, sites, both panes, transfers and log', async ({ page }) => {
    await expect(page.getByRole('form', { name: 'Quick connect' })).toBeVisible();
    await expect(page.getByLabel('Host')).toBeVisible();
    await expect(page.getByLabel('Password')).toHaveAttribute('type', 'password');
    await expect(page.getByRole('complementary', { name: 'Sites' })).toContainText('No saved sites yet');
    await expect(localPane(page)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Remote' })).toContainText('Not connected');
    const transfers = page.getByRole('region', { name: 'Transfers' });
    await expect(transfers.getByRole('tab')).toHaveText([/Queued/, /Active/, /Failed/, /Done/]);
    await transfers.getByRole('tab', { name: /Failed/ }).click();
    await expect(transfers.getByRole('tabpanel')).toContainText('No failed transfers');
    await expect(page.getByRole('log', { name: 'Message log' })).toBeVisible();
  });

  test('the local pane lists home, enters a folder and comes back', async ({ page, home }) => {
    const pathBox = localPane(page).getByRole('textbox', { name: 'Local path' });
    await expect(pathBox).toHaveValue(home);
    await expect(cell(page, 'docs')).toBeVisible();
    await expect(cell(page, 'a.txt')).toBeVisible();
    await expect(localGrid(page).getByRole('row', { name: /a\.txt/ })).toContainText('1.2 KB');
    await expect(cell(page, '.hidden')).toHaveCount(0);
    await expect(localPane(page).getByRole('status')).toHaveText(
      /1 folder, 1 file, 1\.2 KB/,
    );

    await cell(page, 'docs').dblclick();
    await expect(pathBox).toHaveValue(join(home, 'docs'));
    await expect(cell(page, 'inner.txt')).toBeVisible();
    await expect(localPane(page).getByRole('navigation', { name: 'Local breadcrumbs' })).toContainText('docs');

    await localGrid(page).press('Backspace');
    await expect(pathBox).toHaveValue(home);
    // Back where we came from: the folder we left is the active row, so Enter goes straight back in.
    await expect(localGrid(page).getByRole('row', { name: /docs/ })).toHaveAttribute('aria-selected', 'true');
    await localGrid(page).press('Enter');
    await expect(pathBox).toHaveValue(join(home, 'docs'));

    await localPane(page).getByRole('button', { name: 'Up one folder' }).click();
    await expect(pathBox).toHaveValue(home);
  });

  test('the hidden toggle shows dot-files', async ({ page }) => {
    const toggle = localPane(page).getByRole('button', { name: 'Show hidden files' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(cell(page, 'a.txt')).toBeVisible();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(cell(page, '.hidden')).toBeVisible();
  });

  test('columns sort, folders first', async ({ page }) => {
    await expect(cell(page, 'a.txt')).toBeVisible();
    const header = localGrid(page).getByRole('columnheader', { name: 'Name' });
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const names = localGrid(page).locator('[role="row"] .file-name');
    await expect(names).toHaveText(['..', 'docs', 'a.txt']);
    const size = localGrid(page).getByRole('columnheader', { name: 'Size' });
    await size.getByRole('button').click();
    await expect(size).toHaveAttribute('aria-sort', 'descending');
    await expect(header).toHaveAttribute('aria-sort', 'none');
  });

  test('a path that does not exist is explained in plain words', async ({ page, home }) => {
    const pathBox = localPane(page).getByRole('textbox', { name: 'Local path' });
    await expect(pathBox).toHaveValue(home);
    await pathBox.fill(join(home, 'no-such-folder'));
    await pathBox.press('Enter');
    const alert = localPane(page).getByRole('alert');
    await expect(alert).toContainText('That folder or file does not exist.');
    await alert.getByText('Details').click();
    await expect(alert).toContainText('NOT_FOUND');
    // The listing stays where it was.
    await expect(cell(page, 'docs')).toBeVisible();
  });

  test('quick connect checks its fields and explains a server it cannot reach', async ({ page }) => {
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Enter a host' })).toBeVisible();
    await expect(page.getByLabel('Host')).toBeFocused();
    await page.getByLabel('Host').fill('127.0.0.1');
    // Port 1 (tcpmux) is closed on any machine these tests run on: a refused connection.
    await page.getByLabel('Port').fill('1');
    await page.getByLabel('Port').press('Enter');
    const alert = page.getByRole('region', { name: 'Remote' }).getByRole('alert');
    await expect(alert).toContainText('Could not reach the server.');
    await expect(alert).toContainText('Check the host name and port');
  });
});

test.describe('a big folder', () => {
  const many: Record<string, string> = {};
  for (let index = 0; index < 3000; index += 1) {
    many[`file-${String(index).padStart(5, '0')}.txt`] = '';
  }
  test.use({ homeFiles: many });

  test('keeps only the visible rows in the page and reaches the end by keyboard', async ({ page }) => {
    await expect(cell(page, 'file-00000.txt')).toBeVisible();
    expect(await localGrid(page).getByRole('row').count()).toBeLessThan(80);
    await localGrid(page).focus();
    await localGrid(page).press('End');
    await expect(cell(page, 'file-02999.txt')).toBeVisible();
    await expect(localPane(page).getByRole('status')).toHaveText(/0 folders, 3\D?000 files/);
  });
});

test.describe('screenshots', () => {
  test.use({
    homeFiles: {
      'Documents/': '',
      'Downloads/': '',
      'Pictures/': '',
      'public_html/index.html': '<h1>Hello</h1>',
      'website-backup/': '',
      '.config/': '',
      '.bashrc': 'export EDITOR=vi\n',
      'index.html': '<!doctype html>'.repeat(180),
      'style.css': 'body{}'.repeat(700),
      'logo.png': 'p'.repeat(48_213),
      'notes.md': '# Notes\n'.repeat(40),
      'site-archive.tar.gz': 'z'.repeat(2_400_000),
      'README.txt': 'read me',
    },
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the frame in ${colorScheme}`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme });
      await expect(cell(page, 'public_html')).toBeVisible();
      await page.getByLabel('Host').fill('ftp.example.com');
      await page.getByLabel('User').fill('ann');
      await cell(page, 'notes.md').click();
      await mkdir(screens, { recursive: true });
      const path = `${screens}/frame-${colorScheme}.png`;
      await page.screenshot({ path });
      await testInfo.attach(`frame-${colorScheme}`, { path, contentType: 'image/png' });
    });
  }
});

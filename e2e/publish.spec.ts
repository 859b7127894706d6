import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { makeDirectory, startServer } from '../electron/test-support/ftp-servers/index.js';
import type { RunningServer } from '../electron/test-support/ftp-servers/index.js';
import { expect, test } from './fixtures.js';
import { quickConnectPlain } from './window-actions.js';

const screens = 'test-results/screens';
// Other people's Playwright runs wipe test-results/: a second copy survives them.
const screensCopy = process.env['FERRY_SCREENS_COPY'];

/** Text that differs from file to file and line to line, so a swapped or truncated file cannot pass. */
function content(seed: string, lines: number): string {
  let text = '';
  for (let i = 0; i < lines; i++) text += `${seed}:${i}:${((i * 2654435761) >>> 0).toString(36)}\n`;
  return text;
}

const site = {
  'site/index.html': `<!doctype html><title>Hello</title>\n${content('index', 30)}`,
  'site/css/style.css': content('style', 200),
  'site/img/logo.svg': content('logo', 900),
  'site/.htaccess': 'Options -Indexes\n',
  'site/.git/HEAD': 'ref: refs/heads/main\n',
  'site/.git/config': '[core]\n\tbare = false\n',
};
const published = ['index.html', 'css/style.css', 'img/logo.svg', '.htaccess'] as const;

async function snap(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await mkdir(screens, { recursive: true });
    const path = `${screens}/${name}-${colorScheme}.png`;
    await page.screenshot({ path });
    if (screensCopy !== undefined) {
      await mkdir(screensCopy, { recursive: true });
      await copyFile(path, join(screensCopy, `${name}-${colorScheme}.png`));
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

function count(dialog: Locator, id: string) {
  return dialog.getByTestId(`publish-count-${id}`);
}

/** Opens Publish from the toolbar and previews `local` → `remote`; returns the dialog. */
async function preview(page: Page, local: string, remote: string, deleteRemoteOnly: boolean): Promise<Locator> {
  await page.getByRole('button', { name: 'Publish…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish website' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Folder on this computer' }).fill(local);
  await dialog.getByRole('textbox', { name: 'Folder on the server' }).fill(remote);
  const remove = dialog.getByRole('checkbox', { name: 'Also delete files on the server that I deleted here' });
  await expect(remove).not.toBeChecked();
  if (deleteRemoteOnly) await remove.check();
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('button', { name: 'Publish now' })).toBeVisible({ timeout: 15_000 });
  return dialog;
}

/** Opens Publish from the toolbar and fills the folders without previewing. */
async function choose(page: Page, local: string, remote: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Publish…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish website' });
  await dialog.getByRole('textbox', { name: 'Folder on this computer' }).fill(local);
  await dialog.getByRole('textbox', { name: 'Folder on the server' }).fill(remote);
  return dialog;
}

test.describe('publish a website to vsftpd (plain FTP)', () => {
  let server: RunningServer;

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(60_000);
    server = await startServer({ kind: 'vsftpd', tls: 'plain' });
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test.use({ homeFiles: site });

  test('preview, publish, then publish a change and a delete', async ({ page, home }) => {
    test.setTimeout(90_000);
    const local = join(home, 'site');
    await quickConnectPlain(page, server);

    // First publish: everything is new; .git stays home, .htaccess goes like any file.
    let dialog = await preview(page, local, '/www', false);
    await expect(count(dialog, 'new')).toHaveText('4');
    await expect(count(dialog, 'changed')).toHaveText('0');
    await expect(count(dialog, 'delete')).toHaveText('0');
    await expect(count(dialog, 'ignored')).toHaveText('1');
    const uploads = dialog.getByRole('group').filter({ hasText: 'To upload' });
    await expect(uploads).toContainText('.htaccess');
    await expect(dialog.getByRole('group').filter({ hasText: 'Ignored' })).toContainText('.git/');
    // Nothing was sent by the preview.
    expect(await readdir(server.root)).not.toContain('www');
    await snap(page, 'publish-preview');
    await dialog.getByRole('button', { name: 'Publish now' }).click();
    await expect(dialog.getByTestId('publish-done-uploaded')).toHaveText('4', { timeout: 20_000 });
    await expect(dialog.getByTestId('publish-done-failed')).toHaveText('0');
    await expect(dialog.getByRole('status').filter({ hasText: 'Your website is published.' })).toBeVisible();
    await snap(page, 'publish-summary');
    for (const path of published) {
      expect(await readFile(join(server.root, 'www', path), 'utf8')).toBe(site[`site/${path}`]);
    }
    expect(await readdir(join(server.root, 'www'))).not.toContain('.git');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();

    // One file changed and one deleted here: exactly those two, with delete switched on.
    const changedCss = content('style-v2', 260);
    await writeFile(join(local, 'css/style.css'), changedCss);
    await rm(join(local, 'img/logo.svg'));
    dialog = await preview(page, local, '/www', true);
    await expect(count(dialog, 'new')).toHaveText('0');
    await expect(count(dialog, 'changed')).toHaveText('1');
    await expect(count(dialog, 'delete')).toHaveText('1');
    await expect(count(dialog, 'unchanged')).toHaveText('2');
    await expect(dialog.getByRole('group').filter({ hasText: 'To delete on the server' })).toContainText('img/logo.svg');
    await snap(page, 'publish-preview-changes');
    // Still nothing sent before the confirmation.
    expect(await readdir(join(server.root, 'www', 'img'))).toContain('logo.svg');
    await dialog.getByRole('button', { name: 'Publish now' }).click();
    await expect(dialog.getByTestId('publish-done-uploaded')).toHaveText('1', { timeout: 20_000 });
    await expect(dialog.getByTestId('publish-done-deleted')).toHaveText('1');
    await expect(dialog.getByTestId('publish-done-failed')).toHaveText('0');
    await snap(page, 'publish-summary-changes');
    expect(await readFile(join(server.root, 'www/css/style.css'), 'utf8')).toBe(changedCss);
    expect(await readdir(join(server.root, 'www/img'))).toEqual([]);
    expect(await readFile(join(server.root, 'www/index.html'), 'utf8')).toBe(site['site/index.html']);
  });

  test('suggests the web root, and sends nothing without "Publish now"', async ({ page, home }) => {
    await makeDirectory(server, 'public_html');
    await quickConnectPlain(page, server);
    const dialog = await choose(page, join(home, 'site'), '/');
    await snap(page, 'publish-choose');
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const suggestion = dialog.getByRole('button', { name: 'Publish to /public_html instead' });
    await expect(suggestion).toBeVisible({ timeout: 15_000 });
    await snap(page, 'publish-web-root');
    await suggestion.click();
    await expect(suggestion).toBeHidden({ timeout: 15_000 });
    await expect(count(dialog, 'new')).toHaveText('4');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(await readdir(join(server.root, 'public_html'))).toEqual([]);
  });

  test("a saved site's Publish… uses its folders, its saved password and its website address", async ({ page, home }) => {
    const sites = page.getByRole('complementary', { name: 'Sites' });
    await sites.getByRole('button', { name: 'New site' }).click();
    const form = page.getByRole('dialog', { name: 'New site' });
    await form.getByLabel('Name', { exact: true }).fill('Bakery');
    await form.getByLabel('Protocol').selectOption('ftp');
    await form.getByLabel('Host').fill(server.host);
    await form.getByLabel('Port').fill(String(server.port));
    await form.getByLabel('User').fill(server.user);
    await form.getByLabel('Password').fill(server.password);
    await form.getByLabel('Default remote folder').fill('/bakery');
    await form.getByLabel('Website address').fill('https://bakery.example/');
    await form.getByLabel('Local folder to publish').fill(join(home, 'site'));
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();

    // Not connected: the saved site's login is used.
    await sites.getByRole('treeitem', { name: 'Bakery', exact: true }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish website' });
    await expect(dialog.getByRole('textbox', { name: 'Folder on this computer' })).toHaveValue(join(home, 'site'));
    await expect(dialog.getByRole('textbox', { name: 'Folder on the server' })).toHaveValue('/bakery');
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(count(dialog, 'new')).toHaveText('4', { timeout: 15_000 });
    await dialog.getByRole('button', { name: 'Publish now' }).click();
    await expect(dialog.getByTestId('publish-done-uploaded')).toHaveText('4', { timeout: 20_000 });
    const open = dialog.getByRole('link', { name: 'Open website' });
    await expect(open).toHaveAttribute('href', /^https:\/\/bakery\.example\/\?ferry=\d+$/);
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('rel', /noopener/);
    await snap(page, 'publish-summary-site');
    for (const path of published) {
      expect(await readFile(join(server.root, 'bakery', path), 'utf8')).toBe(site[`site/${path}`]);
    }
  });
});

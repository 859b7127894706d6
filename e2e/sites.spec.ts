import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

const screens = 'test-results/screens';
// A test input read from disk, like a user picking their sitemanager.xml: black-box safe.
const fileZillaFixture = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../electron/sites/fixtures/filezilla-sitemanager.xml',
);

function sidebar(page: Page) {
  return page.getByRole('complementary', { name: 'Sites' });
}

function item(page: Page, name: string) {
  return sidebar(page).getByRole('treeitem', { name, exact: true });
}

async function menu(page: Page, name: string, action: string) {
  await item(page, name).click({ button: 'right' });
  await page.getByRole('menuitem', { name: action }).click();
}

/** Every file under a folder, as text: to prove a password is in none of them. */
async function allText(folder: string): Promise<string> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return (await Promise.all(files.map((file) => readFile(file, 'utf8')))).join('\n');
}

async function importFileZilla(page: Page) {
  await sidebar(page).getByLabel('FileZilla site list (sitemanager.xml)').setInputFiles(fileZillaFixture);
  const report = page.getByRole('dialog', { name: 'FileZilla import' });
  await expect(report).toBeVisible();
  return report;
}

test.describe('the site manager', () => {
  test('creates, edits, duplicates and deletes sites in folders, and keeps them across a reload', async ({ page, userData }) => {
    await expect(sidebar(page)).toContainText('No saved sites yet');

    await sidebar(page).getByRole('button', { name: 'New folder' }).click();
    const folderDialog = page.getByRole('dialog', { name: 'New folder' });
    await expect(folderDialog.getByLabel('Folder name')).toBeFocused();
    await folderDialog.getByLabel('Folder name').fill('Clients');
    await folderDialog.getByRole('button', { name: 'Create' }).click();
    await expect(item(page, 'Clients')).toBeVisible();

    await menu(page, 'Clients', 'New site here…');
    const dialog = page.getByRole('dialog', { name: 'New site' });
    // Nothing filled in: every problem is told in plain words, next to its field.
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toContainText('Give the site a name.');
    await expect(dialog).toContainText('Enter the server address');
    await expect(dialog.getByLabel('Name', { exact: true })).toBeFocused();

    await dialog.getByLabel('Name', { exact: true }).fill('Shop');
    await dialog.getByLabel('Host').fill('ftp.shop.example');
    await expect(dialog.getByLabel('Port')).toHaveValue('21');
    await dialog.getByLabel('Protocol').selectOption({ label: 'FTPS (implicit)' });
    await expect(dialog.getByLabel('Port')).toHaveValue('990');
    await dialog.getByLabel('User').fill('ann');
    await expect(dialog.getByLabel('Password')).toHaveAttribute('type', 'password');
    await dialog.getByLabel('Password').fill('e2e-Secret-pw');
    await expect(dialog.getByLabel('Folder', { exact: true })).toHaveValue(/.+/);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(item(page, 'Shop')).toHaveAttribute('aria-level', '2');
    await expect(sidebar(page).getByRole('status')).toContainText('Saved “Shop”.');

    await menu(page, 'Shop', 'Edit…');
    const edit = page.getByRole('dialog', { name: 'Edit “Shop”' });
    await expect(edit.getByLabel('Port')).toHaveValue('990');
    await expect(edit).toContainText('A password is kept in the system keychain');
    await expect(edit.getByLabel('Password')).toHaveValue('');
    await edit.getByLabel('Name', { exact: true }).fill('Shop live');
    await edit.getByRole('radio', { name: 'Red' }).check();
    await edit.getByLabel('Name', { exact: true }).press('Enter');
    await expect(item(page, 'Shop live')).toHaveAttribute('aria-description', 'Red label');

    await menu(page, 'Shop live', 'Duplicate');
    await expect(item(page, 'Shop live (copy)')).toBeVisible();
    await menu(page, 'Shop live (copy)', 'Delete…');
    const confirm = page.getByRole('alertdialog', { name: 'Delete site' });
    await expect(confirm).toContainText('Delete “Shop live (copy)”?');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(item(page, 'Shop live (copy)')).toHaveCount(0);

    // The tree by keyboard: Left closes the folder, Right opens it, Down walks in.
    await item(page, 'Clients').click();
    await expect(item(page, 'Clients')).toHaveAttribute('aria-expanded', 'false');
    await item(page, 'Clients').press('ArrowRight');
    await expect(item(page, 'Clients')).toHaveAttribute('aria-expanded', 'true');
    await item(page, 'Clients').press('ArrowDown');
    await expect(item(page, 'Shop live')).toBeFocused();
    await page.keyboard.press('F2');
    const rename = page.getByRole('dialog', { name: 'Rename “Shop live”' });
    await rename.getByLabel('Site name').fill('Shop (live)');
    await rename.getByLabel('Site name').press('Enter');
    await expect(item(page, 'Shop (live)')).toBeVisible();

    await page.reload();
    await expect(item(page, 'Clients')).toBeVisible();
    await expect(item(page, 'Shop (live)')).toBeVisible();
    await expect(sidebar(page).getByRole('treeitem')).toHaveCount(2);
    const stored = await allText(userData);
    expect(stored).toContain('ftp.shop.example');
    expect(stored).not.toContain('e2e-Secret-pw');
  });

  test('moves a site to another folder and deletes a folder with its sites', async ({ page }) => {
    for (const name of ['Alpha', 'Beta']) {
      await sidebar(page).getByRole('button', { name: 'New folder' }).click();
      await page.getByLabel('Folder name').fill(name);
      await page.getByLabel('Folder name').press('Enter');
      await expect(item(page, name)).toBeVisible();
    }
    // Esc closes a dialog without saving; focus goes back to where it was.
    await sidebar(page).getByRole('button', { name: 'New site' }).click();
    await expect(page.getByRole('dialog', { name: 'New site' }).getByLabel('Name', { exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(sidebar(page).getByRole('button', { name: 'New site' })).toBeFocused();

    await menu(page, 'Alpha', 'New site here…');
    const blog = page.getByRole('dialog', { name: 'New site' });
    await blog.getByLabel('Name', { exact: true }).fill('Blog');
    await blog.getByLabel('Host').fill('blog.example');
    await blog.getByLabel('Logon type').selectOption({ label: 'Anonymous' });
    await blog.getByRole('button', { name: 'Save' }).click();
    await menu(page, 'Blog', 'Move to folder…');
    await page.getByLabel('Move to').selectOption({ label: 'Beta' });
    await page.getByRole('button', { name: 'Move' }).click();
    const rows = sidebar(page).getByRole('treeitem');
    await expect(rows).toHaveText(['Alpha', 'Beta', 'Blog']);

    await menu(page, 'Beta', 'Delete…');
    const confirm = page.getByRole('alertdialog', { name: 'Delete folder' });
    await expect(confirm).toContainText('The site in it and their saved passwords go too.');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(rows).toHaveText(['Alpha']);
  });

  test('imports a FileZilla site list with a readable report, and exports JSON without passwords', async ({ page }) => {
    const report = await importFileZilla(page);
    await expect(report).toContainText(/Imported \d+ sites into 3 new folders; skipped \d+\./);
    await expect(report.getByRole('list', { name: 'Imported sites' })).toContainText('Work/Clients/Acme (implicit)');
    await expect(report.getByRole('list', { name: 'Imported sites' })).toContainText('password in keychain');
    const skipped = report.getByRole('list', { name: 'Skipped entries' });
    await expect(skipped.getByRole('listitem').first()).toContainText(/\w+\./);
    await report.getByRole('button', { name: 'Done' }).click();
    await expect(report).toBeHidden();

    for (const name of ['Work', 'Clients', 'Acme (implicit)', 'Bäckerei Müller', '日本語サイト']) {
      await expect(item(page, name)).toBeVisible();
    }
    await expect(item(page, 'Acme (implicit)')).toHaveAttribute('aria-level', '3');

    // An "ask for password" site asks before connecting, and keeps nothing.
    await item(page, 'Staging (ask)').focus();
    await page.keyboard.press('Enter');
    const ask = page.getByRole('dialog', { name: 'Password needed' });
    await expect(ask).toContainText('deploy at staging.example.com');
    await expect(ask.getByLabel('Password')).toBeFocused();
    await ask.getByRole('button', { name: 'Cancel' }).click();

    await sidebar(page).getByRole('button', { name: 'More site actions' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Export sites as JSON…' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^ferry-sites-\d{4}-\d{2}-\d{2}\.json$/);
    const json = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(json)).toMatchObject({ format: 'ferry-sites' });
    expect(json).toContain('ftp.acme.example');
    // The fixture's base64 passwords, decoded: they went to the keychain, never into the export.
    expect(json).not.toContain('acme-S3cret!');

    await page.reload();
    await expect(item(page, 'Bäckerei Müller')).toBeVisible();
  });
});

test.describe('without a keychain', () => {
  test.use({ credentials: 'unavailable' });

  test('saves the site anyway, as "ask for password", and says why', async ({ page }) => {
    await sidebar(page).getByRole('button', { name: 'New site' }).click();
    const dialog = page.getByRole('dialog', { name: 'New site' });
    await expect(dialog).toContainText('The system keychain is switched off');
    await dialog.getByLabel('Host').fill('ftp://example.net/www');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toContainText('without “ftp://”');
    await mkdir(screens, { recursive: true });
    await page.screenshot({ path: join(screens, 'sites-dialog-problems-light.png') });
    await dialog.getByLabel('Name', { exact: true }).fill('No keyring');
    await dialog.getByLabel('Host').fill('ftp.example.net');
    await dialog.getByLabel('User').fill('bob');
    await dialog.getByLabel('Password').fill('pw-not-kept');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(sidebar(page).getByRole('status')).toContainText('its password was not');
    await menu(page, 'No keyring', 'Edit…');
    await expect(page.getByLabel('Logon type')).toHaveValue('ask');
  });
});

test.describe('site manager screenshots', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the tree and the site dialog in ${colorScheme}`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme });
      const report = await importFileZilla(page);
      await mkdir(screens, { recursive: true });
      const reportPath = join(screens, `sites-import-${colorScheme}.png`);
      await page.screenshot({ path: reportPath });
      await report.getByRole('button', { name: 'Done' }).click();
      await item(page, 'Bäckerei Müller').click();
      const treePath = join(screens, `sites-tree-${colorScheme}.png`);
      await page.screenshot({ path: treePath });
      await menu(page, 'Acme (implicit)', 'Edit…');
      await expect(page.getByRole('dialog', { name: 'Edit “Acme (implicit)”' })).toContainText('kept in the system keychain');
      const dialogPath = join(screens, `sites-dialog-${colorScheme}.png`);
      await page.screenshot({ path: dialogPath });
      for (const path of [treePath, dialogPath, reportPath]) {
        await testInfo.attach(path.split('/').pop() ?? path, { path, contentType: 'image/png' });
      }
    });
  }
});

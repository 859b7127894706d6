import { lstat, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { cell, localGrid, localPane } from './window-actions.js';

const screens = 'test-results/screens';

const exists = (path: string) => lstat(path).then(() => true, () => false);

/** The grid row holding a name, for its selection state. */
function row(page: Page, name: string) {
  return cell(page, name).locator('xpath=ancestor::*[@role="row"][1]');
}

test.describe('the local pane changes files on this computer', () => {
  test.use({ homeFiles: { 'notes.txt': 'keep me', 'deploy.sh': '#!/bin/sh\n', 'docs/': '' } });

  test('new folder, rename, and delete with its content through the context menu and the keys', async ({ page, home }) => {
    await expect(cell(page, 'notes.txt')).toBeVisible();

    // The menu offers everything the remote one does, bar what only a server has.
    await cell(page, 'docs').click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Local file actions' });
    await expect(menu.getByRole('menuitem')).toHaveText([
      /^OpenEnter$/,
      'Upload',
      'New folder…',
      /^Rename…F2$/,
      'Permissions…',
      /^Delete…Del$/,
      'Copy path',
      /^RefreshF5$/,
    ]);
    await mkdir(screens, { recursive: true });
    await page.screenshot({ path: `${screens}/local-context-menu.png` });

    // New folder: created on disk, listed, selected, and the grid has the keyboard back.
    await menu.getByRole('menuitem', { name: 'New folder…' }).click();
    const newFolder = page.getByRole('dialog', { name: 'New folder' });
    await newFolder.getByLabel('Folder name').fill('docs');
    await newFolder.getByLabel('Folder name').press('Enter');
    await expect(newFolder.getByRole('status')).toHaveText('“docs” already exists here.');
    await newFolder.getByLabel('Folder name').fill('drafts');
    await newFolder.getByLabel('Folder name').press('Enter');
    await expect(newFolder).toHaveCount(0);
    await expect(cell(page, 'drafts')).toBeVisible();
    expect((await stat(join(home, 'drafts'))).isDirectory()).toBe(true);
    await expect(row(page, 'drafts')).toHaveAttribute('aria-selected', 'true');
    await expect(localGrid(page)).toBeFocused();

    // Rename with F2: a name that would leave the folder is refused, a taken one too; then it goes through.
    await localGrid(page).press('F2');
    const rename = page.getByRole('dialog', { name: 'Rename' });
    const newName = rename.getByLabel('New name');
    await expect(newName).toHaveValue('drafts');
    await newName.fill('../escaped');
    await newName.press('Enter');
    await expect(rename.getByRole('status')).toHaveText('A name cannot contain “/”, “\\” or line breaks.');
    await newName.fill('notes.txt');
    await newName.press('Enter');
    await expect(rename.getByRole('status')).toHaveText('“notes.txt” already exists here.');
    await newName.fill('published');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(rename).toHaveCount(0);
    await expect(cell(page, 'published')).toBeVisible();
    await expect(cell(page, 'drafts')).toHaveCount(0);
    expect((await readdir(home)).sort()).toEqual(['deploy.sh', 'docs', 'notes.txt', 'published']);
    expect(await readFile(join(home, 'notes.txt'), 'utf8')).toBe('keep me');
    await expect(row(page, 'published')).toHaveAttribute('aria-selected', 'true');
    await expect(localGrid(page)).toBeFocused();

    // A file put there behind the app's back shows once the folder is opened (Enter), then back up.
    await writeFile(join(home, 'published', 'post.txt'), 'hello');
    await localGrid(page).press('Enter');
    await expect(cell(page, 'post.txt')).toBeVisible();
    await localGrid(page).press('Backspace');
    await expect(row(page, 'published')).toHaveAttribute('aria-selected', 'true');

    // Delete from the keyboard: the dialog says it is for good, and the folder goes with its file.
    await localGrid(page).press('Delete');
    const confirm = page.getByRole('alertdialog', { name: 'Delete “published”?' });
    await expect(confirm).toContainText('Deleted permanently from this computer, not moved to the trash.');
    await expect(confirm).toContainText('deleted with everything inside it');
    await expect(confirm.getByRole('list', { name: 'To be deleted' })).toHaveText('published');
    await page.screenshot({ path: `${screens}/local-delete-dialog.png` });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(cell(page, 'published')).toHaveCount(0);
    expect(await exists(join(home, 'published'))).toBe(false);
    expect((await readdir(home)).sort()).toEqual(['deploy.sh', 'docs', 'notes.txt']);
    await expect(localGrid(page)).toBeFocused();
  });

  test('keyboard only: Shift+F10 opens the menu, Permissions sets 755 on disk, a failure shows in the pane', async ({ page, home }) => {
    await cell(page, 'deploy.sh').click();
    await localGrid(page).press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Local file actions' });
    await expect(menu).toBeVisible();
    await menu.getByRole('menuitem', { name: 'Permissions…' }).press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Permissions' });
    await expect(dialog.getByLabel('Numeric value')).toHaveValue(/^6[046][046]$/);
    await dialog.getByRole('button', { name: '755 · folders' }).press('Enter');
    await expect(dialog.getByRole('checkbox', { name: 'Owner execute' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Apply' }).press('Enter');
    await expect(dialog).toHaveCount(0);
    expect((await stat(join(home, 'deploy.sh'))).mode & 0o777).toBe(0o755);

    // Copy path puts the absolute path on the clipboard.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await localGrid(page).press('Shift+F10');
    await menu.getByRole('menuitem', { name: 'Copy path' }).press('Enter');
    await expect(localPane(page).getByRole('status').last()).toHaveText('Path copied');
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(join(home, 'deploy.sh'));

    // Something the listing does not know yet: a folder made behind the app's back. Main refuses, the pane says why.
    await mkdir(join(home, 'later'));
    await localGrid(page).press('Shift+F10');
    await menu.getByRole('menuitem', { name: 'New folder…' }).press('Enter');
    const newFolder = page.getByRole('dialog', { name: 'New folder' });
    await newFolder.getByLabel('Folder name').fill('later');
    await newFolder.getByLabel('Folder name').press('Enter');
    await expect(newFolder.getByRole('status')).toContainText('“later” already exists');
    await newFolder.getByLabel('Folder name').press('Escape');
    await expect(localPane(page).getByRole('alert')).toContainText('Something with that name already exists here.');
  });
});

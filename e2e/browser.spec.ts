import { expect, test } from './fixtures.js';
import { cell, localGrid, localPane } from './window-actions.js';

test.describe('the shared file table and the layout', () => {
  test.use({
    homeFiles: {
      'alpha.txt': 'a',
      'beta.txt': 'b',
      'gamma.md': 'g',
      'delta.md': 'd',
      'docs/': '',
    },
  });

  test('the filter box narrows the list and Escape clears it', async ({ page }) => {
    await expect(cell(page, 'alpha.txt')).toBeVisible();
    const filter = localPane(page).getByRole('searchbox', { name: 'Filter local files' });
    await filter.fill('.md');
    await expect(cell(page, 'gamma.md')).toBeVisible();
    await expect(cell(page, 'alpha.txt')).toHaveCount(0);
    await expect(localPane(page).getByRole('status')).toContainText('3 filtered out');
    await filter.press('Escape');
    await expect(cell(page, 'alpha.txt')).toBeVisible();
  });

  test('multi-select by keyboard: Shift+arrows, Ctrl+A; the status line counts it', async ({ page }) => {
    await cell(page, 'alpha.txt').click();
    await localGrid(page).press('Shift+ArrowDown');
    await localGrid(page).press('Shift+ArrowDown');
    const selected = localGrid(page).locator('[role="row"][aria-selected="true"]');
    await expect(selected).toHaveCount(3);
    await expect(localPane(page).getByRole('status')).toContainText('3 selected');
    await localGrid(page).press('ArrowDown');
    await expect(selected).toHaveCount(1);
    await localGrid(page).press('Control+a');
    // Every entry, never the ".." row.
    await expect(selected).toHaveCount(5);
    await expect(localGrid(page).getByRole('row', { name: '..' })).toHaveAttribute('aria-selected', 'false');
  });

  test('the pane splitter moves by keyboard and is remembered', async ({ page }) => {
    const splitter = page.getByRole('separator', { name: 'Resize local and remote panes' });
    await expect(splitter).toHaveAttribute('aria-valuenow', '48');
    await splitter.focus();
    await splitter.press('ArrowRight');
    await splitter.press('ArrowRight');
    await expect(splitter).toHaveAttribute('aria-valuenow', '52');
    // Transfers and log below stay lined up with the panes.
    await expect(page.getByRole('separator', { name: 'Resize transfers and message log' })).toHaveAttribute('aria-valuenow', '52');
    const dock = page.getByRole('separator', { name: 'Resize file panes and transfers' });
    await dock.focus();
    await dock.press('Home');
    await expect(dock).toHaveAttribute('aria-valuenow', '35');
    // Saving waits for the drag to settle.
    await page.waitForTimeout(400);
    await page.reload();
    await expect(page.getByRole('separator', { name: 'Resize local and remote panes' })).toHaveAttribute('aria-valuenow', '52');
    await expect(page.getByRole('separator', { name: 'Resize file panes and transfers' })).toHaveAttribute('aria-valuenow', '35');
  });

  test('the splitter follows the mouse', async ({ page }) => {
    const splitter = page.getByRole('separator', { name: 'Resize local and remote panes' });
    const box = await splitter.boundingBox();
    if (box === null) throw new Error('the splitter has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x - 150, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const value = Number(await splitter.getAttribute('aria-valuenow'));
    expect(value).toBeLessThan(40);
    expect(value).toBeGreaterThanOrEqual(20);
  });

  test('pasting an ftpes:// address fills quick connect', async ({ page }) => {
    const form = page.getByRole('form', { name: 'Quick connect' });
    await form.getByLabel('Host').focus();
    // A real paste event (the e2e project has no DOM types, hence the string).
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'ftpes://ann@files.example.com:2121/public_html');
      document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    })()`);
    await expect(form.getByLabel('Host')).toHaveValue('files.example.com');
    await expect(form.getByLabel('User')).toHaveValue('ann');
    await expect(form.getByLabel('Port')).toHaveValue('2121');
    await expect(form.getByLabel('Protocol')).toHaveValue('ftpes-required');
    await expect(form.getByLabel('Password')).toHaveValue('');
  });
});

import { expect, type Page } from '@playwright/test';
import type { RunningServer } from '../electron/test-support/ftp-servers/index.js';

/** Connects to a plain-FTP test server through the quick-connect bar and waits for the remote root. */
export async function quickConnectPlain(page: Page, server: RunningServer): Promise<void> {
  const form = page.getByRole('form', { name: 'Quick connect' });
  await form.getByLabel('Host').fill(server.host);
  await form.getByLabel('User').fill(server.user);
  await form.getByLabel('Password').fill(server.password);
  await form.getByLabel('Port').fill(String(server.port));
  await form.getByLabel('Protocol').selectOption({ label: 'Plain FTP (insecure)' });
  await form.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Remote path' })).toHaveValue('/');
}

/** The local pane's region. */
export function localPane(page: Page) {
  return page.getByRole('region', { name: 'Local' });
}

/** The local pane's file grid. */
export function localGrid(page: Page) {
  return page.getByRole('grid', { name: 'Local files' });
}

/** A cell of the local grid by its exact text. */
export function cell(page: Page, name: string) {
  return localGrid(page).getByRole('gridcell', { name, exact: true });
}

import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { makeDirectory, startServer, writeFixture } from '../electron/test-support/ftp-servers/index.js';
import type { RunningServer } from '../electron/test-support/ftp-servers/index.js';
import { expect, test } from './fixtures.js';

const screens = 'test-results/screens';
const protocolLabels = {
  'if-available': 'FTP over TLS if available',
  plain: 'Plain FTP (insecure)',
} as const;

function remotePane(page: Page) {
  return page.getByRole('region', { name: 'Remote' });
}

function remoteGrid(page: Page) {
  return page.getByRole('grid', { name: 'Remote files' });
}

function remoteCell(page: Page, name: string) {
  return remoteGrid(page).getByRole('gridcell', { name, exact: true });
}

async function quickConnect(
  page: Page,
  server: RunningServer,
  options: { protocol?: keyof typeof protocolLabels; password?: string } = {},
) {
  const form = page.getByRole('form', { name: 'Quick connect' });
  await form.getByLabel('Host').fill(server.host);
  await form.getByLabel('User').fill(server.user);
  await form.getByLabel('Password').fill(options.password ?? server.password);
  await form.getByLabel('Port').fill(String(server.port));
  await form.getByLabel('Protocol').selectOption({ label: protocolLabels[options.protocol ?? 'plain'] });
  await form.getByRole('button', { name: 'Connect', exact: true }).click();
}

async function snap(page: Page, name: string) {
  await mkdir(screens, { recursive: true });
  await page.screenshot({ path: `${screens}/${name}.png` });
}

/** Resolves once the path exists (true) or not (false) – for polling what the server did on disk. */
async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

test.describe('remote browsing on vsftpd (plain FTP)', () => {
  let server: RunningServer;

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(60_000);
    server = await startServer({ kind: 'vsftpd', tls: 'plain' });
    await writeFixture(server, 'index.html', '<h1>Hello</h1>\n');
    await writeFixture(server, '.htaccess', 'Options -Indexes\n');
    await writeFixture(server, 'style.css', 'body { margin: 0 }\n'.repeat(40));
    await writeFixture(server, 'public_html/about.html', '<p>About</p>\n');
    await writeFixture(server, 'public_html/img/logo.png', 'png'.repeat(900));
    await makeDirectory(server, 'backups');
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test('quick connect lists the start folder, warns about the plain fallback, shows dot-files', async ({ page }) => {
    await quickConnect(page, server, { protocol: 'if-available' });
    await expect(remoteCell(page, 'index.html')).toBeVisible();
    // The keyboard lands in the remote list, ready to browse.
    await expect(remoteGrid(page)).toBeFocused();
    await expect(remoteCell(page, '.htaccess')).toBeVisible();
    await expect(remoteCell(page, 'public_html')).toBeVisible();
    await expect(remotePane(page).getByRole('alert')).toContainText('Not encrypted');
    await expect(remotePane(page).getByRole('img', { name: 'Not encrypted' })).toBeVisible();
    await expect(remotePane(page).getByTestId('remote-status')).toContainText(`${server.user}@127.0.0.1:${server.port}`);
    const row = remoteGrid(page).getByRole('row', { name: /style\.css/ });
    await expect(row).toContainText('rw-r--r--');
    // The log shows what was said, with the password masked.
    const log = page.getByRole('log', { name: 'Message log' });
    await expect(log).toContainText('USER');
    await expect(log).not.toContainText(server.password);
    // The recent list remembers where, never the password.
    const stored = await page.evaluate<string>('JSON.stringify(localStorage)');
    expect(stored).toContain('127.0.0.1');
    expect(stored).not.toContain(server.password);
    await page.reload();
    const form = page.getByRole('form', { name: 'Quick connect' });
    await expect(form.getByLabel('Host')).toHaveValue('');
    await form.getByRole('button', { name: 'Recent servers' }).click();
    await page.getByRole('menuitem', { name: new RegExp(`${server.user}@127\\.0\\.0\\.1:${server.port}`) }).click();
    await expect(form.getByLabel('Host')).toHaveValue('127.0.0.1');
    await expect(form.getByLabel('Port')).toHaveValue(String(server.port));
    await expect(form.getByLabel('User')).toHaveValue(server.user);
    await expect(form.getByLabel('Protocol')).toHaveValue('ftpes-if-available');
    // The password is never remembered: the cursor waits in its field.
    await expect(form.getByLabel('Password')).toHaveValue('');
    await expect(form.getByLabel('Password')).toBeFocused();
  });

  test('browses into a folder and back, by mouse and keyboard; filter narrows the list', async ({ page }) => {
    await quickConnect(page, server);
    const pathBox = remotePane(page).getByRole('textbox', { name: 'Remote path' });
    await remoteCell(page, 'public_html').dblclick();
    await expect(pathBox).toHaveValue('/public_html');
    await expect(remoteCell(page, 'about.html')).toBeVisible();
    await remoteCell(page, 'img').click();
    await remoteGrid(page).press('Enter');
    await expect(pathBox).toHaveValue('/public_html/img');
    await expect(remoteCell(page, 'logo.png')).toBeVisible();
    await remoteGrid(page).press('Backspace');
    await expect(pathBox).toHaveValue('/public_html');
    await expect(remoteGrid(page).getByRole('row', { name: /img/ })).toHaveAttribute('aria-selected', 'true');
    await remotePane(page).getByRole('navigation', { name: 'Remote breadcrumbs' }).getByRole('button', { name: '/' }).click();
    await expect(pathBox).toHaveValue('/');
    await remotePane(page).getByRole('searchbox').fill('.ht');
    await expect(remoteCell(page, '.htaccess')).toBeVisible();
    await expect(remoteCell(page, 'style.css')).toHaveCount(0);
    await expect(remotePane(page).getByRole('status').last()).toContainText('filtered out');
  });

  test('a pasted ftp:// address with a folder connects and opens that folder', async ({ page }) => {
    const form = page.getByRole('form', { name: 'Quick connect' });
    await form.getByLabel('Host').focus();
    const url = `ftp://${server.user}@127.0.0.1:${server.port}/public_html/img`;
    // A real paste event (the e2e project has no DOM types, hence the string).
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.setData('text/plain', ${JSON.stringify(url)});
      document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    })()`);
    await expect(form.getByLabel('Host')).toHaveValue('127.0.0.1');
    await form.getByLabel('Protocol').selectOption({ label: protocolLabels.plain });
    await form.getByLabel('Password').fill(server.password);
    await form.getByLabel('Password').press('Enter');
    await expect(remotePane(page).getByRole('textbox', { name: 'Remote path' })).toHaveValue('/public_html/img');
    await expect(remoteCell(page, 'logo.png')).toBeVisible();
  });

  test('selects several rows with Shift and Ctrl', async ({ page }) => {
    await quickConnect(page, server);
    await remoteCell(page, 'backups').click();
    await remoteCell(page, 'index.html').click({ modifiers: ['Shift'] });
    const selected = remoteGrid(page).locator('[role="row"][aria-selected="true"]');
    // Folders first: backups, public_html, .htaccess, index.html.
    await expect(selected).toHaveCount(4);
    await remoteCell(page, 'backups').click({ modifiers: ['Control'] });
    await expect(selected).toHaveCount(3);
    await remoteGrid(page).press('Shift+ArrowDown');
    await expect(selected).toHaveCount(2);
    await remoteGrid(page).press('Control+a');
    await expect(selected).toHaveCount(5);
    // The context menu opens from the keyboard too.
    await remoteGrid(page).press('Shift+F10');
    await expect(page.getByRole('menu', { name: 'Remote file actions' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
  });

  test('copies a URL without the password, and the path', async ({ page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await quickConnect(page, server);
    await remoteCell(page, 'index.html').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Copy URL' }).click();
    await expect(remotePane(page).getByRole('status').last()).toHaveText('URL copied');
    const url = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(url).toBe(`ftp://${server.user}@127.0.0.1:${server.port}/index.html`);
    expect(url).not.toContain(server.password);
    await remoteCell(page, 'public_html').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Copy path' }).click();
    await expect.poll(() => page.evaluate<string>('navigator.clipboard.readText()')).toBe('/public_html');
  });

  test('new folder, rename and delete through the context menu', async ({ page }) => {
    await writeFixture(server, 'draft.txt', 'draft');
    await quickConnect(page, server);
    await expect(remoteCell(page, 'draft.txt')).toBeVisible();

    await remoteCell(page, 'index.html').click({ button: 'right' });
    await snapBoth(page, 'remote-context-menu', async () => {
      await expect(page.getByRole('menu')).toBeVisible();
    });
    await page.getByRole('menuitem', { name: 'New folder…' }).click();
    const newFolder = page.getByRole('dialog', { name: 'New folder' });
    await newFolder.getByLabel('Folder name').fill('assets');
    await newFolder.getByLabel('Folder name').press('Enter');
    await expect(remoteCell(page, 'assets')).toBeVisible();
    await expect.poll(() => exists(join(server.root, 'assets'))).toBe(true);

    await remoteCell(page, 'draft.txt').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Rename…' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename' });
    await rename.getByLabel('New name').fill('final.txt');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(remoteCell(page, 'final.txt')).toBeVisible();
    // The keyboard is back on the grid although the dialog came from the mouse's menu.
    await expect(remoteGrid(page)).toBeFocused();
    await expect.poll(() => readdir(server.root)).toContain('final.txt');
    expect(await exists(join(server.root, 'draft.txt'))).toBe(false);

    // F2 and the Delete key do the same from the keyboard.
    await remoteGrid(page).press('F2');
    await expect(page.getByRole('dialog', { name: 'Rename' }).getByLabel('New name')).toHaveValue('final.txt');
    await page.keyboard.press('Escape');
    await remoteGrid(page).press('Delete');
    const confirm = page.getByRole('alertdialog', { name: 'Delete “final.txt”?' });
    await expect(confirm.getByRole('list', { name: 'To be deleted' })).toContainText('final.txt');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(remoteCell(page, 'final.txt')).toHaveCount(0);
    expect(await exists(join(server.root, 'final.txt'))).toBe(false);

    // Empty folders go; full ones stay, with the reason in plain words.
    await remoteCell(page, 'assets').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await expect(remoteCell(page, 'assets')).toHaveCount(0);
    expect(await exists(join(server.root, 'assets'))).toBe(false);

    await remoteCell(page, 'public_html').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('alertdialog', { name: 'Some items were not deleted' })).toContainText('not empty');
    expect(await exists(join(server.root, 'public_html', 'about.html'))).toBe(true);
  });

  test('chmod 755 on a file', async ({ page }) => {
    await writeFixture(server, 'deploy.sh', '#!/bin/sh\n');
    await quickConnect(page, server);
    await remoteCell(page, 'deploy.sh').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Permissions…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Permissions' });
    await expect(dialog.getByLabel('Numeric value')).toHaveValue(/^6[04][04]$/);
    await dialog.getByRole('button', { name: '755 · folders' }).click();
    await expect(dialog.getByRole('checkbox', { name: 'Owner execute' })).toBeChecked();
    await expect(dialog.getByLabel('Numeric value')).toHaveValue('755');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog).toHaveCount(0);
    await expect.poll(async () => (await stat(join(server.root, 'deploy.sh'))).mode & 0o777).toBe(0o755);
    await expect(remoteGrid(page).getByRole('row', { name: /deploy\.sh/ })).toContainText('rwxr-xr-x');
  });

  test('a wrong password says so in plain words with the next step', async ({ page }) => {
    await quickConnect(page, server, { password: 'not-the-password' });
    const alert = remotePane(page).getByRole('alert');
    await expect(alert).toContainText('The server did not accept the user name or password.');
    await expect(alert).toContainText(/check the user name and password/i);
    await alert.getByText('Details').click();
    await expect(alert).toContainText('530');
  });

  test.describe('screenshots', () => {
    test.use({
      homeFiles: {
        'Documents/': '',
        'public_html/index.html': '<h1>Hello</h1>',
        'website-backup/': '',
        'index.html': '<!doctype html>'.repeat(180),
        'style.css': 'body{}'.repeat(700),
        'logo.png': 'p'.repeat(48_213),
        'notes.md': '# Notes\n'.repeat(40),
      },
    });

    test('the connected window', async ({ page }) => {
      await quickConnect(page, server);
      await expect(remoteCell(page, 'index.html')).toBeVisible();
      await remoteCell(page, 'style.css').click();
      await snapBoth(page, 'remote-connected', async () => {
        await expect(remoteCell(page, 'index.html')).toBeVisible();
      });
    });
  });
});

test.describe('FTPS on proftpd (explicit TLS, self-signed)', () => {
  let server: RunningServer;

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(60_000);
    server = await startServer({ kind: 'proftpd', tls: 'explicit' });
    await writeFixture(server, 'secure.txt', 'secret\n');
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test('the first connect asks about the certificate; "always" pins it for the next one', async ({ page }) => {
    await quickConnect(page, server, { protocol: 'if-available' });
    const dialog = page.getByRole('alertdialog', { name: 'Check the server’s certificate' });
    await expect(dialog).toBeVisible();
    const groups = server.fingerprint256.split(':');
    await expect(dialog).toContainText(groups.slice(0, 8).join(':'));
    await expect(dialog).toContainText(groups.slice(24).join(':'));
    await expect(dialog).toContainText(`127.0.0.1:${server.port}`);
    await snapBoth(page, 'certificate-dialog', async () => {
      await expect(dialog).toBeVisible();
    });
    await dialog.getByRole('button', { name: 'Always trust this certificate' }).click();
    await expect(remoteCell(page, 'secure.txt')).toBeVisible();
    await expect(remotePane(page).getByRole('img', { name: 'Encrypted (TLS)' })).toBeVisible();

    await remotePane(page).getByRole('button', { name: 'Disconnect' }).click();
    await expect(remotePane(page)).toContainText('Not connected');
    await page.getByRole('form', { name: 'Quick connect' }).getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(remoteCell(page, 'secure.txt')).toBeVisible();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });

  test('"Trust once" connects without remembering; Cancel leaves it disconnected', async ({ page }) => {
    await quickConnect(page, server, { protocol: 'if-available' });
    const dialog = page.getByRole('alertdialog', { name: 'Check the server’s certificate' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(remotePane(page)).toContainText('the certificate was not trusted');
    await page.getByRole('form', { name: 'Quick connect' }).getByRole('button', { name: 'Connect', exact: true }).click();
    await dialog.getByRole('button', { name: 'Trust once' }).click();
    await expect(remoteCell(page, 'secure.txt')).toBeVisible();
    await remotePane(page).getByRole('button', { name: 'Disconnect' }).click();
    await page.getByRole('form', { name: 'Quick connect' }).getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(dialog).toBeVisible();
  });
});

test.describe('a changed certificate', () => {
  let server: RunningServer;

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(60_000);
    server = await startServer({ kind: 'proftpd', tls: 'explicit' });
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  // The harness cannot present a second certificate on the same host and port, so this test alters the web
  // shell's needs-trust answer on the wire (changed: true, another pinned fingerprint) to exercise the loud
  // variant; everything else, the real certificate included, comes from proftpd.
  test('is loud, names both fingerprints, focuses Cancel, and "always" needs a second confirmation', async ({ page, shell }) => {
    test.skip(shell !== 'web', 'alters the web shell’s WebSocket frames');
    const pinned = Array.from({ length: 32 }, (_, index) => ((index * 37 + 11) % 256).toString(16).padStart(2, '0').toUpperCase()).join(':');
    await page.routeWebSocket(/\/ipc/, (socket) => {
      const upstream = socket.connectToServer();
      upstream.onMessage((message) => {
        const frame = JSON.parse(String(message)) as { type: string; result?: { ok: boolean; value?: Record<string, unknown> } };
        const value = frame.result?.value;
        if (frame.type === 'result' && value?.['status'] === 'needs-trust') {
          Object.assign(value, { changed: true, pinnedFingerprint256: pinned, reason: 'FINGERPRINT_MISMATCH' });
        }
        socket.send(JSON.stringify(frame));
      });
    });
    await page.reload();
    await quickConnect(page, server, { protocol: 'if-available' });
    const dialog = page.getByRole('alertdialog', { name: 'The server’s certificate has changed' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Previously trusted SHA-256 fingerprint')).toContainText(pinned.slice(0, 23));
    await expect(dialog.getByLabel('New SHA-256 fingerprint')).toContainText(server.fingerprint256.slice(0, 23));
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await snapBoth(page, 'certificate-changed', async () => {
      await expect(dialog).toBeVisible();
    });
    await dialog.getByRole('button', { name: 'Always trust the new certificate…' }).click();
    await expect(dialog.getByRole('button', { name: 'Yes, replace and always trust' })).toBeVisible();
    await snapBoth(page, 'certificate-changed-confirm', async () => {
      await expect(dialog).toBeVisible();
    });
    await dialog.getByRole('button', { name: 'Back' }).click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(remotePane(page)).toContainText('Not connected');
  });
});

/** Takes a light and a dark screenshot, waiting for `ready` after each scheme switch. */
async function snapBoth(page: Page, name: string, ready: () => Promise<void>) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await ready();
    await snap(page, `${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

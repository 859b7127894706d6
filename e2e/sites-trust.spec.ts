import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { startServer, writeFixture } from '../electron/test-support/ftp-servers/index.js';
import type { RunningServer } from '../electron/test-support/ftp-servers/index.js';
import { expect, test } from './fixtures.js';

// Certificate trust for a SAVED site (remote.spec.ts covers quick connect): "always" pins the certificate,
// the next connect from the site manager does not ask, the pin shows in "Trusted certificates", and Forget
// makes the next connect ask again. "Test connection" reports what proftpd supports once it is trusted.

const screens = 'test-results/screens';
/** A fingerprint no test server presents: what an earlier "always trust" left in the store. */
const oldFingerprint = Array.from({ length: 32 }, (_, index) => ((index * 53 + 7) % 256).toString(16).padStart(2, '0').toUpperCase()).join(':');

function sidebar(page: Page) {
  return page.getByRole('complementary', { name: 'Sites' });
}

function remotePane(page: Page) {
  return page.getByRole('region', { name: 'Remote' });
}

async function siteMenu(page: Page, name: string, action: string) {
  await sidebar(page).getByRole('treeitem', { name, exact: true }).click({ button: 'right' });
  await page.getByRole('menuitem', { name: action }).click();
}

async function openTrustedCertificates(page: Page): Promise<Locator> {
  await sidebar(page).getByRole('button', { name: 'More site actions' }).click();
  await page.getByRole('menuitem', { name: 'Trusted certificates…' }).click();
  return page.getByRole('dialog', { name: 'Trusted certificates' });
}

/** A light and a dark screenshot of what `ready` waits for. */
async function snapBoth(page: Page, name: string, ready: () => Promise<void>) {
  await mkdir(screens, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await ready();
    await page.screenshot({ path: `${screens}/${name}-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

let server: RunningServer;

/**
 * A user-data folder whose sites.json (version 1, as a previous run wrote it) already has an "ask for
 * password" site for the server and a pin of ANOTHER certificate for its host and port: the server's
 * certificate changed since the user trusted it.
 */
const withOldPin = test.extend({
  userData: async ({}, use) => {
    const userData = await mkdtemp(join(tmpdir(), 'ferry-e2e-data-'));
    const site = {
      id: 'moved-server',
      name: 'Moved server',
      folderId: null,
      host: server.host,
      port: server.port,
      protocol: 'ftpes-required',
      logonType: 'ask',
      user: server.user,
      localDir: '',
      remoteDir: '',
      transferMode: 'passive',
      maxConnections: 2,
      encoding: 'utf-8',
      websiteUrl: '',
      publishFolder: '',
      notes: '',
      colour: 'none',
    };
    const pin = { host: server.host, port: server.port, fingerprint256: oldFingerprint, subject: 'CN=old.example', pinnedAt: '2026-01-05T09:30:00.000Z' };
    await writeFile(join(userData, 'sites.json'), JSON.stringify({ version: 1, folders: [], sites: [site], pinnedCertificates: [pin] }));
    await use(userData);
    await rm(userData, { recursive: true, force: true });
  },
});

test.describe('a saved FTPS site on proftpd (explicit TLS, self-signed)', () => {

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(60_000);
    server = await startServer({ kind: 'proftpd', tls: 'explicit' });
    await writeFixture(server, 'secure.txt', 'over TLS\n');
    await writeFixture(server, 'www/index.html', '<h1>Shop</h1>\n');
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test('trust always, reconnect without a prompt, see it in Trusted certificates, forget it', async ({ page }) => {
    test.setTimeout(60_000);
    const endpoint = `127.0.0.1:${server.port}`;
    const groups = server.fingerprint256.split(':');

    await sidebar(page).getByRole('button', { name: 'New site' }).click();
    const create = page.getByRole('dialog', { name: 'New site' });
    await create.getByLabel('Name', { exact: true }).fill('Secure shop');
    await create.getByLabel('Protocol').selectOption('ftpes-required');
    await create.getByLabel('Host').fill(server.host);
    await create.getByLabel('Port').fill(String(server.port));
    await create.getByLabel('User').fill(server.user);
    await create.getByLabel('Password').fill(server.password);
    await create.getByLabel('Default remote folder').fill('/www');
    // Testing never trusts on its own: it reports the unknown certificate and leaves the decision to Connect.
    await create.getByRole('button', { name: 'Test connection' }).click();
    await expect(create.getByTestId('test-connection-result')).toContainText('its certificate is not trusted yet', { timeout: 15_000 });
    await expect(create.getByTestId('test-connection-result')).toContainText(server.fingerprint256);
    await create.getByRole('button', { name: 'Save' }).click();
    await expect(create).toBeHidden();

    await siteMenu(page, 'Secure shop', 'Connect');
    const question = page.getByRole('alertdialog', { name: 'Check the server’s certificate' });
    await expect(question).toContainText(endpoint);
    await question.getByRole('button', { name: 'Always trust this certificate' }).click();
    const grid = page.getByRole('grid', { name: 'Remote files' });
    await expect(grid.getByRole('gridcell', { name: 'index.html', exact: true })).toBeVisible({ timeout: 15_000 });
    await expect(remotePane(page).getByRole('img', { name: 'Encrypted (TLS)' })).toBeVisible();
    await remotePane(page).getByRole('button', { name: 'Disconnect' }).click();
    await expect(remotePane(page)).toContainText('Not connected');

    // Pinned: the saved site reconnects without a question, also after a reload of the window.
    await page.reload();
    await siteMenu(page, 'Secure shop', 'Connect');
    await expect(grid.getByRole('gridcell', { name: 'index.html', exact: true })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await remotePane(page).getByRole('button', { name: 'Disconnect' }).click();

    // Trusted now, "Test connection" gets through and says what proftpd supports.
    await siteMenu(page, 'Secure shop', 'Edit…');
    const edit = page.getByRole('dialog', { name: 'Edit “Secure shop”' });
    await edit.getByRole('button', { name: 'Test connection' }).click();
    const result = edit.getByTestId('test-connection-result');
    await expect(result).toContainText('Connected and logged in. Listed /www (1 item).', { timeout: 15_000 });
    // The result lands below the form; the dialog brings it into view.
    await expect(result).toBeInViewport({ ratio: 0.95 });
    const supports = result.getByRole('list', { name: 'What the server supports' });
    await expect(supports).toContainText(/Encrypted \(TLS 1\.[23]\)/);
    for (const words of ['Modern listings (MLSD)', 'Resume supported', 'Keeps file times (MFMT)', 'Extended passive (EPSV)']) {
      await expect(supports).toContainText(words);
    }
    await snapBoth(page, 'sites-test-connection', async () => {
      await expect(supports).toBeVisible();
    });
    await edit.getByRole('button', { name: 'Cancel' }).click();

    const trusted = await openTrustedCertificates(page);
    const pin = trusted.getByRole('listitem', { name: endpoint });
    await expect(pin).toContainText('localhost');
    await expect(pin).toContainText(groups.slice(0, 8).join(':'));
    await expect(pin).toContainText(groups.slice(24).join(':'));
    await expect(pin).toContainText('Trusted since');
    await snapBoth(page, 'sites-trusted-certificates', async () => {
      await expect(pin).toBeVisible();
    });
    await trusted.getByRole('button', { name: `Forget the certificate of ${endpoint}` }).click();
    await expect(trusted.getByRole('status')).toContainText(`Forgot the certificate of ${endpoint}.`);
    await expect(trusted).toContainText('No certificates are trusted yet.');
    await expect(trusted.getByRole('button', { name: 'Done' })).toBeFocused();
    await trusted.getByRole('button', { name: 'Done' }).click();

    // Forgotten: the next connect asks again.
    await siteMenu(page, 'Secure shop', 'Connect');
    await expect(question).toBeVisible({ timeout: 15_000 });
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect(remotePane(page)).toContainText('Not connected');
  });

  withOldPin('a pinned site whose server shows a new certificate: the loud warning, then replacing the pin', async ({ page }) => {
    const endpoint = `127.0.0.1:${server.port}`;
    let trusted = await openTrustedCertificates(page);
    await expect(trusted.getByRole('listitem', { name: endpoint })).toContainText(oldFingerprint.slice(0, 23));
    await trusted.getByRole('button', { name: 'Done' }).click();

    await siteMenu(page, 'Moved server', 'Connect');
    const ask = page.getByRole('dialog', { name: 'Password needed' });
    await ask.getByLabel('Password').fill(server.password);
    await ask.getByRole('button', { name: 'Connect' }).click();
    const changed = page.getByRole('alertdialog', { name: 'The server’s certificate has changed' });
    await expect(changed).toBeVisible({ timeout: 15_000 });
    await expect(changed.getByLabel('Previously trusted SHA-256 fingerprint')).toContainText(oldFingerprint.slice(0, 23));
    await expect(changed.getByLabel('New SHA-256 fingerprint')).toContainText(server.fingerprint256.slice(0, 23));
    await expect(changed.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await changed.getByRole('button', { name: 'Always trust the new certificate…' }).click();
    await changed.getByRole('button', { name: 'Yes, replace and always trust' }).click();
    await expect(page.getByRole('grid', { name: 'Remote files' }).getByRole('gridcell', { name: 'secure.txt', exact: true })).toBeVisible({ timeout: 15_000 });

    trusted = await openTrustedCertificates(page);
    const pin = trusted.getByRole('listitem', { name: endpoint });
    await expect(pin).toContainText(server.fingerprint256.split(':').slice(0, 8).join(':'));
    await expect(pin).not.toContainText(oldFingerprint.slice(0, 23));
    await expect(pin).toContainText('localhost');
  });
});

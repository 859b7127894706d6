import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeytarStore } from '../credentials/keytar-store.js';
import { type PrivateKeyring, startPrivateKeyring } from '../test-support/keyring/start-keyring.js';
import { exportSites } from './export-sites.js';
import { importFileZilla } from './filezilla-import.js';
import { deleteSiteAndPassword } from './site-credentials.js';
import { SiteStore } from './site-store.js';

// The passwords of a realistic session: typed ones, and those FileZilla's fixture carries as base64.
const typed = ['Typed-Secret-1!', 'pässwörd-zwei', 'deleted-site-pw'] as const;
const fromFileZilla = ['acme-S3cret!', 'Grüße!42', 'top-level-pw'];

/** Every way a password could sit in a file: as text, base64 (FileZilla's way), JSON-escaped, or UTF-16. */
function forms(password: string): Buffer[] {
  return [
    Buffer.from(password, 'utf8'),
    Buffer.from(Buffer.from(password, 'utf8').toString('base64'), 'utf8'),
    Buffer.from(JSON.stringify(password).slice(1, -1), 'utf8'),
    Buffer.from(password, 'utf16le'),
  ];
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function leaks(folder: string, passwords: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of await filesUnder(folder)) {
    const bytes = await readFile(file);
    for (const password of passwords) {
      if (forms(password).some((form) => bytes.includes(form))) found.push(`${file}: ${password}`);
    }
  }
  return found;
}

let keyring: PrivateKeyring;
let userData: string;
beforeAll(async () => {
  keyring = await startPrivateKeyring();
  userData = await mkdtemp(join(tmpdir(), 'ferry-userdata-'));
});
afterAll(async () => {
  await keyring?.stop();
  await rm(userData, { recursive: true, force: true });
});

describe('no password in plain text', () => {
  it('the leak scanner finds a password written in any of its forms (so the real check can fail)', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'ferry-canary-'));
    try {
      await writeFile(join(scratch, 'a.json'), JSON.stringify({ pass: Buffer.from('pässwörd-zwei').toString('base64') }));
      await writeFile(join(scratch, 'b.txt'), Buffer.from('x Typed-Secret-1! y', 'utf16le'));
      expect(await leaks(scratch, typed)).toHaveLength(2);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('after creating sites, saving passwords, importing FileZilla and exporting', async () => {
    const fixture = await readFile(new URL('./fixtures/filezilla-sitemanager.xml', import.meta.url), 'utf8');
    const credentials = createKeytarStore();
    let store = await SiteStore.open({ folder: userData });
    const work = await store.createFolder({ name: 'Work' });
    const blog = await store.createSite({ name: 'Blog', host: 'ftp.blog.example', user: 'jane', folderId: work.id });
    const shop = await store.createSite({ name: 'Shop', host: 'shop.example', protocol: 'ftps-implicit', user: 'ünï' });
    const gone = await store.createSite({ name: 'Old', host: 'old.example', user: 'x' });
    for (const [site, password] of [[blog, typed[0]], [shop, typed[1]], [gone, typed[2]]] as const) {
      await credentials.setPassword(site.id, password);
    }
    await store.updateSite(blog.id, { notes: 'Deploy on Fridays', remoteDir: '/www' });
    await store.duplicateSite(shop.id);
    await store.moveSite(shop.id, work.id);
    await store.pinCertificate({ host: 'shop.example', port: 990, fingerprint256: Array(32).fill('AB').join(':'), subject: 'CN=shop' });
    const report = await importFileZilla(fixture, store, credentials);
    expect(report.imported.filter((entry) => entry.passwordSaved)).toHaveLength(fromFileZilla.length);
    await deleteSiteAndPassword(store, credentials, gone.id);
    await writeFile(join(userData, 'sites-export.json'), exportSites(store));

    // A restart: everything reads back, passwords from the keychain only.
    store = await SiteStore.open({ folder: userData });
    expect(store.snapshot().sites.length).toBeGreaterThan(8);
    expect(await credentials.getPassword(blog.id)).toBe(typed[0]);
    expect(await credentials.getPassword(gone.id)).toBeUndefined();
    const imported = store.snapshot().sites.find((site) => site.name === 'Bäckerei Müller');
    expect(await credentials.getPassword(imported?.id ?? '')).toBe('Grüße!42');

    expect(await filesUnder(userData)).toHaveLength(2);
    expect(await leaks(userData, [...typed, ...fromFileZilla])).toEqual([]);
    expect(exportSites(store)).not.toMatch(/"pass(word)?"\s*:/i);
  });
});

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInMemoryCredentialStoreForTests } from '../credentials/memory-store.js';
import { FileZillaImportError, planFileZillaImport } from './filezilla-plan.js';
import { importFileZilla } from './filezilla-import.js';
import { SiteStore } from './site-store.js';

const fixture = await readFile(new URL('./fixtures/filezilla-sitemanager.xml', import.meta.url), 'utf8');
let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ferry-fz-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const folderPath = (store: SiteStore, folderId: string | null): string => {
  const names: string[] = [];
  for (let id = folderId; id !== null; ) {
    const f = store.snapshot().folders.find((candidate) => candidate.id === id);
    names.unshift(f?.name ?? '?');
    id = f?.parentId ?? null;
  }
  return names.join('/');
};

describe('FileZilla import plan', () => {
  it('lists every folder, site and skipped entry of the fixture', () => {
    const plan = planFileZillaImport(fixture);
    expect(plan.folders.map((f) => f.name)).toEqual(['Work', 'Clients', '日本語サイト']);
    expect(plan.sites.map((s) => s.path)).toEqual([
      'Work/Clients/Acme (implicit)',
      'Work/Clients/Bäckerei Müller',
      'Work/Public mirror',
      'Work/Staging (ask)',
      '日本語サイト/東京サーバー',
      'Old style site',
      'Top level plain',
    ]);
    expect(plan.skipped).toEqual([
      { path: 'Router SFTP', reason: expect.stringMatching(/SFTP is not FTP/) },
      { path: 'Bucket', reason: expect.stringMatching(/Amazon S3 is not FTP/) },
      { path: 'Half-finished', reason: 'it has no host' },
    ]);
  });

  it.each([
    ['Not XML', /not valid XML/],
    ['<html><body/></html>', /not a FileZilla site list/],
    ['<!DOCTYPE x [<!ENTITY a "b">]><FileZilla3><Servers/></FileZilla3>', /DOCTYPE/],
  ])('refuses %j', (xml, message) => {
    expect(() => planFileZillaImport(xml)).toThrow(FileZillaImportError);
    expect(() => planFileZillaImport(xml)).toThrow(message);
  });
});

describe('importFileZilla', () => {
  it('creates folders and sites and moves passwords into the credential store', async () => {
    const store = await SiteStore.open({ folder });
    const credentials = createInMemoryCredentialStoreForTests();
    const report = await importFileZilla(fixture, store, credentials);
    expect(report.foldersCreated).toBe(3);
    expect(report.keychainProblem).toBeUndefined();
    expect(report.skipped).toHaveLength(3);
    const byName = new Map(store.snapshot().sites.map((site) => [site.name, site]));
    const report2 = new Map(report.imported.map((entry) => [entry.path.split('/').pop(), entry]));

    const acme = byName.get('Acme (implicit)');
    expect(acme).toMatchObject({ host: 'ftp.acme.example', port: 990, protocol: 'ftps-implicit', logonType: 'normal', user: 'acme-deploy', remoteDir: '/public_html', localDir: '/home/jane/sites/acme', colour: 'red', maxConnections: 4, transferMode: 'passive', notes: 'Production <live> & busy\nSecond line' });
    expect(folderPath(store, acme!.folderId)).toBe('Work/Clients');
    expect(await credentials.getPassword(acme!.id)).toBe('acme-S3cret!');

    const mueller = byName.get('Bäckerei Müller');
    expect(mueller).toMatchObject({ protocol: 'ftpes-required', port: 21, user: 'müller', transferMode: 'active', encoding: 'iso-8859-15', remoteDir: '/www/my files', colour: 'blue' });
    expect(await credentials.getPassword(mueller!.id)).toBe('Grüße!42');
    expect(report2.get('Bäckerei Müller')?.warnings).toEqual([expect.stringMatching(/1 bookmark/)]);

    expect(byName.get('Public mirror')).toMatchObject({ protocol: 'ftp', logonType: 'anonymous', user: '', remoteDir: '/pub/linux' });
    expect(byName.get('Staging (ask)')).toMatchObject({ protocol: 'ftpes-if-available', port: 2121, logonType: 'ask', user: 'deploy', remoteDir: '/' });

    const tokyo = byName.get('東京サーバー');
    expect(tokyo).toMatchObject({ logonType: 'ask', remoteDir: '/ホームページ' });
    expect(folderPath(store, tokyo!.folderId)).toBe('日本語サイト');
    expect(report2.get('東京サーバー')?.warnings).toEqual([expect.stringMatching(/master password/)]);
    expect(await credentials.getPassword(tokyo!.id)).toBeUndefined();

    expect(byName.get('Old style site')).toMatchObject({ logonType: 'ask', folderId: null });
    expect(report2.get('Old style site')?.warnings).toEqual([expect.stringMatching(/Interactive/)]);
    const top = byName.get('Top level plain');
    expect(top).toMatchObject({ port: 21, protocol: 'ftp', maxConnections: 10 });
    expect(report2.get('Top level plain')).toMatchObject({ passwordSaved: true, warnings: [expect.stringMatching(/At most 10/)] });
    expect([...credentials.entries.values()].sort()).toEqual(['Grüße!42', 'acme-S3cret!', 'top-level-pw']);

    // A second import reuses the folders instead of making new ones.
    expect((await importFileZilla(fixture, store, credentials)).foldersCreated).toBe(0);
  });

  it('imports password sites as "ask" and says why when the keychain is unavailable', async () => {
    const store = await SiteStore.open({ folder });
    const credentials = createInMemoryCredentialStoreForTests('The keyring is locked.');
    const report = await importFileZilla(fixture, store, credentials);
    expect(report.keychainProblem).toBe('The keyring is locked.');
    expect(report.imported).toHaveLength(7);
    expect(report.imported.filter((entry) => entry.passwordSaved)).toEqual([]);
    const acme = report.imported.find((entry) => entry.path.endsWith('Acme (implicit)'));
    expect(acme?.warnings).toEqual([expect.stringMatching(/not saved: The keyring is locked\..*ask for password/)]);
    expect(store.snapshot().sites.filter((site) => site.logonType === 'normal')).toEqual([]);
  });

  it('turns a site whose password the keychain refuses into "ask", keeping the others', async () => {
    const store = await SiteStore.open({ folder });
    const inner = createInMemoryCredentialStoreForTests();
    const picky = {
      ...inner,
      async setPassword(siteId: string, password: string) {
        if (password === 'Grüße!42') throw new Error('The keychain reported an error: quota.');
        return inner.setPassword(siteId, password);
      },
    };
    const report = await importFileZilla(fixture, store, picky);
    const mueller = report.imported.find((entry) => entry.path.endsWith('Bäckerei Müller'));
    expect(mueller).toMatchObject({ passwordSaved: false, warnings: expect.arrayContaining([expect.stringMatching(/quota.*ask for password/)]) });
    expect(store.getSite(mueller!.siteId)?.logonType).toBe('ask');
    expect(report.imported.filter((entry) => entry.passwordSaved)).toHaveLength(2);
    expect(report.keychainProblem).toMatch(/quota/);
  });
});

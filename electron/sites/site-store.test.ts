import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SiteStore, siteStoreFileName } from './site-store.js';

let folder: string;
let counter = 0;
const options = () => ({ folder, now: () => new Date('2026-11-21T10:00:00.000Z'), newId: () => `id-${++counter}` });
const fingerprint = Array.from({ length: 32 }, (_, i) => i.toString(16).padStart(2, '0').toUpperCase()).join(':');

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ferry-sites-'));
  counter = 0;
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function readStored(): Promise<{ version: number; sites: { name: string }[] }> {
  return JSON.parse(await readFile(join(folder, siteStoreFileName), 'utf8')) as never;
}

describe('SiteStore CRUD', () => {
  it('creates a site with defaults, the port following the protocol, and persists it', async () => {
    const store = await SiteStore.open(options());
    const plain = await store.createSite({ name: 'Blog', host: 'ftp.example.com', protocol: 'ftp', user: 'jane' });
    const implicit = await store.createSite({ name: 'Shop', host: 'shop.example', protocol: 'ftps-implicit' });
    expect(plain).toMatchObject({ id: 'id-1', port: 21, transferMode: 'passive', maxConnections: 2, encoding: 'utf-8' });
    expect(implicit.port).toBe(990);
    const reopened = await SiteStore.open(options());
    expect(reopened.snapshot().sites.map((s) => s.name)).toEqual(['Blog', 'Shop']);
    expect(reopened.recoveryNotice).toBeUndefined();
    expect((await readStored()).version).toBe(1);
  });

  it.each([
    [{ name: 'x', host: 'h', password: 'secret' }, /password|Unrecognized/i],
    [{ name: '', host: 'h' }, /name/],
    [{ name: 'x', host: 'bad host' }, /server address/],
    [{ name: 'x', host: 'h', maxConnections: 11 }, /maxConnections/],
    [{ name: 'x', host: 'h', folderId: 'missing' }, /no folder/],
  ])('rejects an invalid draft %j', async (draft, message) => {
    const store = await SiteStore.open(options());
    await expect(store.createSite(draft as never)).rejects.toThrow(message);
    expect(store.snapshot().sites).toEqual([]);
  });

  it('updates, moves the default port along with the protocol, keeps a chosen port, and deletes', async () => {
    const store = await SiteStore.open(options());
    const site = await store.createSite({ name: 'Blog', host: 'h', protocol: 'ftpes-required' });
    expect((await store.updateSite(site.id, { protocol: 'ftps-implicit' })).port).toBe(990);
    await store.updateSite(site.id, { port: 2121 });
    expect((await store.updateSite(site.id, { protocol: 'ftp', notes: 'n' })).port).toBe(2121);
    await expect(store.updateSite(site.id, { password: 'x' } as never)).rejects.toThrow(/Invalid site change/);
    await store.deleteSite(site.id);
    expect(store.getSite(site.id)).toBeUndefined();
    await expect(store.deleteSite(site.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await readStored()).sites).toEqual([]);
  });

  it('duplicates with a new id and a unique copy name', async () => {
    const store = await SiteStore.open(options());
    const site = await store.createSite({ name: 'Blog', host: 'h', user: 'jane' });
    const first = await store.duplicateSite(site.id);
    const second = await store.duplicateSite(site.id);
    expect([first.name, second.name]).toEqual(['Blog (copy)', 'Blog (copy 2)']);
    expect(first).toMatchObject({ host: 'h', user: 'jane' });
    expect(new Set([site.id, first.id, second.id]).size).toBe(3);
  });
});

describe('SiteStore folders', () => {
  it('builds a tree, moves sites and folders, refuses cycles, deletes a subtree', async () => {
    const store = await SiteStore.open(options());
    const work = await store.createFolder({ name: 'Work' });
    const clients = await store.createFolder({ name: 'Clients', parentId: work.id });
    const site = await store.createSite({ name: 'Acme', host: 'acme.example', folderId: clients.id });
    const loose = await store.createSite({ name: 'Mine', host: 'me.example' });
    await store.moveSite(loose.id, work.id);
    expect(store.getSite(loose.id)?.folderId).toBe(work.id);
    await expect(store.moveFolder(work.id, clients.id)).rejects.toThrow(/into itself/);
    await expect(store.moveFolder(work.id, work.id)).rejects.toThrow(/into itself/);
    await store.moveFolder(clients.id, null);
    expect((await store.renameFolder(clients.id, 'Customers')).name).toBe('Customers');
    await store.moveFolder(clients.id, work.id);
    const { removedSiteIds } = await store.deleteFolder(work.id);
    expect([...removedSiteIds].sort()).toEqual([site.id, loose.id].sort());
    expect(store.snapshot()).toEqual({ folders: [], sites: [] });
  });
});

describe('SiteStore certificate pins', () => {
  it('pins, finds by host (any case) and port, replaces, and forgets', async () => {
    const store = await SiteStore.open(options());
    const pin = await store.pinCertificate({ host: 'FTP.Example.com', port: 21, fingerprint256: fingerprint.toLowerCase(), subject: 'CN=example' });
    expect(pin).toMatchObject({ host: 'ftp.example.com', fingerprint256: fingerprint, pinnedAt: '2026-11-21T10:00:00.000Z' });
    expect(store.findPin('ftp.EXAMPLE.com', 21)?.fingerprint256).toBe(fingerprint);
    expect(store.findPin('ftp.example.com', 990)).toBeUndefined();
    const other = fingerprint.replace(/^00/, 'FF');
    await store.pinCertificate({ host: 'ftp.example.com', port: 21, fingerprint256: other, subject: 'CN=new' });
    expect(store.listPins()).toHaveLength(1);
    expect((await SiteStore.open(options())).findPin('ftp.example.com', 21)?.fingerprint256).toBe(other);
    await expect(store.pinCertificate({ host: 'h', port: 21, fingerprint256: 'AB:CD', subject: '' })).rejects.toThrow(/SHA-256/);
    expect(await store.forgetPin('ftp.example.com', 21)).toBe(true);
    expect(await store.forgetPin('ftp.example.com', 21)).toBe(false);
    expect(store.findPin('ftp.example.com', 21)).toBeUndefined();
  });
});

describe('SiteStore writes', () => {
  it('serializes concurrent writes and leaves no temp files behind', async () => {
    const store = await SiteStore.open(options());
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.createSite({ name: `S${i}`, host: 'h' })));
    expect((await readStored()).sites).toHaveLength(20);
    expect(await readdir(folder)).toEqual([siteStoreFileName]);
  });

  it('keeps memory and disk unchanged when a write fails', async () => {
    const store = await SiteStore.open(options());
    await store.createSite({ name: 'Kept', host: 'h' });
    await rm(folder, { recursive: true });
    await expect(store.createSite({ name: 'Lost', host: 'h' })).rejects.toMatchObject({ code: 'IO_ERROR' });
    expect(store.snapshot().sites.map((s) => s.name)).toEqual(['Kept']);
  });
});

describe('SiteStore recovery', () => {
  it.each([
    ['not JSON', '{"version": 1, "sites": [', /not valid JSON/],
    ['a wrong shape', '{"version": 1, "sites": "nope", "folders": [], "pinnedCertificates": []}', /invalid at sites/],
    ['a dangling folder', JSON.stringify({ version: 1, folders: [], pinnedCertificates: [], sites: [{ id: 'a', name: 'A', folderId: 'gone', host: 'h', port: 21, protocol: 'ftp', logonType: 'normal', user: '', localDir: '', remoteDir: '', transferMode: 'passive', maxConnections: 2, encoding: 'utf-8', websiteUrl: '', publishFolder: '', notes: '', colour: 'none' }] }), /points nowhere/],
    ['a newer format', '{"version": 99}', /newer version of Ferry/],
  ])('moves a file with %s aside, keeps its bytes, and says so', async (_what, content, reason) => {
    await writeFile(join(folder, siteStoreFileName), content);
    const store = await SiteStore.open(options());
    const notice = store.recoveryNotice;
    expect(notice?.message).toMatch(reason);
    expect(notice?.message).toMatch(/sites\.json\.corrupt-2026-11-21T10-00-00-000Z/);
    expect(await readFile(notice?.backupPath ?? '', 'utf8')).toBe(content);
    expect(store.snapshot().sites).toEqual([]);
    await store.createSite({ name: 'Fresh', host: 'h' });
    expect(await readFile(notice?.backupPath ?? '', 'utf8')).toBe(content);
  });

  it('upgrades a format-0 file, keeps the original, and writes format 1', async () => {
    const v0 = {
      sites: [
        { id: 'a', name: 'Acme', group: 'Work/Clients', host: 'acme.example', secure: 'implicit', user: 'jo', passive: false, remotePath: '/www' },
        { id: 'b', name: 'Mirror', group: 'Work', host: 'mirror.example', anonymous: true },
        { id: 'c', name: 'Top', host: 'top.example', port: 2121, secure: 'explicit', user: 'me' },
      ],
      trusted: [{ host: 'acme.example', port: 990, sha256: fingerprint, subject: 'CN=acme', added: '2025-01-01T00:00:00.000Z' }],
    };
    const original = JSON.stringify(v0);
    await writeFile(join(folder, siteStoreFileName), original);
    const store = await SiteStore.open(options());
    expect(store.recoveryNotice?.message).toMatch(/upgraded from format 0 to 1/);
    expect(await readFile(store.recoveryNotice?.backupPath ?? '', 'utf8')).toBe(original);
    const { folders, sites } = store.snapshot();
    const work = folders.find((f) => f.name === 'Work');
    const clients = folders.find((f) => f.name === 'Clients');
    expect(work?.parentId).toBeNull();
    expect(clients?.parentId).toBe(work?.id);
    expect(sites).toEqual([
      expect.objectContaining({ id: 'a', folderId: clients?.id, protocol: 'ftps-implicit', port: 990, logonType: 'normal', transferMode: 'active', remoteDir: '/www' }),
      expect.objectContaining({ id: 'b', folderId: work?.id, protocol: 'ftp', port: 21, logonType: 'anonymous', transferMode: 'passive' }),
      expect.objectContaining({ id: 'c', folderId: null, protocol: 'ftpes-required', port: 2121, user: 'me' }),
    ]);
    expect(store.findPin('acme.example', 990)?.subject).toBe('CN=acme');
    expect((await readStored()).version).toBe(1);
  });

  it('moves an unreadable file (here: a folder in its place) aside', async () => {
    await mkdir(join(folder, siteStoreFileName));
    const store = await SiteStore.open(options());
    expect(store.recoveryNotice?.message).toMatch(/reading it failed \(EISDIR\)/);
    expect((await stat(store.recoveryNotice?.backupPath ?? '')).isDirectory()).toBe(true);
    await store.createSite({ name: 'Fresh', host: 'h' });
    expect((await readStored()).sites).toHaveLength(1);
  });
});

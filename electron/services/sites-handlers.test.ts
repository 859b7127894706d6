import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InvokeChannel } from '../../shared/ipc-channels.js';
import type { RequestOf, ResponseOf } from '../../shared/ipc-contract.js';
import type { Result } from '../../shared/result.js';
import { createInMemoryCredentialStoreForTests } from '../credentials/memory-store.js';
import { createDispatcher } from '../ipc/dispatch.js';
import { createEventHub } from '../ipc/event-hub.js';
import { testContext } from '../ipc/test-table.js';
import { createHubSessionManager } from '../sessions/hub-session-manager.js';
import { SiteStore } from '../sites/site-store.js';
import { createHandlers } from './create-handlers.js';

const fixture = await readFile(new URL('../sites/fixtures/filezilla-sitemanager.xml', import.meta.url), 'utf8');
/** Every password in the fixture, decoded: none may come back in any answer. */
const fixturePasswords = [...fixture.matchAll(/<Pass encoding="base64">([^<]+)<\/Pass>/g)].map((match) =>
  Buffer.from(match[1] ?? '', 'base64').toString('utf8'),
);
const password = 'hunter2-Süß';

let folder: string;
let credentials: ReturnType<typeof createInMemoryCredentialStoreForTests>;
let answers: string[];

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ferry-sites-ipc-'));
  credentials = createInMemoryCredentialStoreForTests();
  answers = [];
});
afterEach(async () => {
  // The one rule that holds for every answer of every test: no password, anywhere.
  for (const answer of answers) {
    for (const secret of [password, ...fixturePasswords]) expect(answer).not.toContain(secret);
  }
  await rm(folder, { recursive: true, force: true });
});

async function dispatcher(options: { store?: SiteStore; unavailable?: string } = {}) {
  const store = options.store ?? (await SiteStore.open({ folder }));
  if (options.unavailable !== undefined) credentials = createInMemoryCredentialStoreForTests(options.unavailable);
  const handlers = createHandlers({
    homeDir: folder,
    shell: 'web',
    pkg: { name: 'Ferry', version: '1' },
    sessions: createHubSessionManager({ hub: createEventHub() }),
    sites: { store, credentials },
  });
  const dispatch = createDispatcher(handlers, { validateResponses: true, onInternalError: () => undefined });
  const call = async (channel: string, payload: unknown): Promise<Result<unknown>> => {
    const result = await dispatch(channel, payload, testContext());
    answers.push(JSON.stringify(result));
    return result;
  };
  /** Calls and expects success; returns the value with a loose type for assertions. */
  const value = async <C extends InvokeChannel>(channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>> => {
    const result = await call(channel, payload);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.value as ResponseOf<C>;
  };
  return { call, value, store };
}

describe('site channels through the dispatcher', () => {
  it('creates a folder and a site, keeps the password in the keychain only, and lists them', async () => {
    const { value } = await dispatcher();
    const { folder: work } = await value('sites:create-folder', { name: 'Work' });
    const saved = await value('sites:create', {
      site: { name: 'Shop', host: 'ftp.shop.example', user: 'ann', folderId: work.id },
      password,
    });
    expect(saved).toMatchObject({ passwordSaved: true, site: { name: 'Shop', port: 21, protocol: 'ftpes-required' } });
    expect(credentials.entries.get(saved.site.id)).toBe(password);
    expect(await value('sites:password-state', { siteId: saved.site.id })).toEqual({ saved: true });

    const list = await value('sites:list', {});
    expect(list.folders).toEqual([work]);
    expect(list.sites.map((site: { name: string }) => site.name)).toEqual(['Shop']);
    expect(list.recoveryNotice).toBeNull();
    const onDisk = await readFile(join(folder, 'sites.json'), 'utf8');
    expect(onDisk).toContain('ftp.shop.example');
    expect(onDisk).not.toContain(password);
  });

  it.each([
    ['sites:create', { site: { name: 'x', host: 'h', password: 'p' } }],
    ['sites:create', { site: { name: 'x' } }],
    ['sites:create', { site: { name: 'x', host: 'h' }, password: '' }],
    ['sites:create', { site: { name: 'x', host: 'h', port: 70000 } }],
    ['sites:update', { siteId: 'bad id!', patch: {} }],
    ['sites:update', { siteId: 'a', patch: { password } }],
    ['sites:set-password', { siteId: 'a', password: 'two\nlines' }],
    ['sites:move', { siteId: 'a' }],
    ['sites:create-folder', { name: '   ' }],
    ['sites:rename-folder', { folderId: 'f', name: 'n', extra: 1 }],
    ['sites:import-filezilla', { xml: '' }],
    ['sites:list', { all: true }],
    ['pins:forget', { host: 'h', port: 0 }],
  ])('refuses a bad %s payload as INVALID_ARGUMENT: %j', async (channel, payload) => {
    const { call } = await dispatcher();
    const result = await call(channel, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('says NOT_FOUND for a site or folder that does not exist', async () => {
    const { call } = await dispatcher();
    for (const [channel, payload] of [
      ['sites:update', { siteId: 'nope', patch: { name: 'x' } }],
      ['sites:delete', { siteId: 'nope' }],
      ['sites:password-state', { siteId: 'nope' }],
      ['sites:rename-folder', { folderId: 'nope', name: 'x' }],
    ] as const) {
      expect(await call(channel, payload)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('saves the site as "ask for password" with the reason when the keychain is unavailable', async () => {
    const { value } = await dispatcher({ unavailable: 'No keyring service is running.' });
    expect(await value('sites:keychain', {})).toEqual({ available: false, reason: 'No keyring service is running.' });
    const saved = await value('sites:create', { site: { name: 'S', host: 'h.example' }, password });
    expect(saved).toMatchObject({ passwordSaved: false, keychainProblem: 'No keyring service is running.' });
    expect(saved.site.logonType).toBe('ask');
    expect((await value('sites:list', {})).sites[0]?.logonType).toBe('ask');
  });

  it('updates, duplicates with the password, and deletes with it', async () => {
    const { value } = await dispatcher();
    const { site } = await value('sites:create', { site: { name: 'A', host: 'a.example' }, password });
    const updated = await value('sites:update', { siteId: site.id, patch: { protocol: 'ftps-implicit', notes: 'n' } });
    expect(updated.site).toMatchObject({ port: 990, notes: 'n' });
    const copy = await value('sites:duplicate', { siteId: site.id });
    expect(copy.site.name).toBe('A (copy)');
    expect(credentials.entries.get(copy.site.id)).toBe(password);
    expect(await value('sites:delete', { siteId: site.id })).toEqual({});
    expect(credentials.entries.has(site.id)).toBe(false);
    expect((await value('sites:list', {})).sites.map((s: { id: string }) => s.id)).toEqual([copy.site.id]);
  });

  it('forgets the saved password when the logon type stops using one, and on request', async () => {
    const { value } = await dispatcher();
    const { site } = await value('sites:create', { site: { name: 'A', host: 'a.example' }, password });
    await value('sites:update', { siteId: site.id, patch: { logonType: 'ask' } });
    expect(credentials.entries.has(site.id)).toBe(false);
    const again = await value('sites:set-password', { siteId: site.id, password });
    expect(again).toMatchObject({ passwordSaved: true, site: { logonType: 'normal' } });
    expect(await value('sites:forget-password', { siteId: site.id })).toEqual({ forgotten: true });
    expect(await value('sites:password-state', { siteId: site.id })).toEqual({ saved: false });
  });

  it('moves sites and folders, and deletes a folder with its sites and their passwords', async () => {
    const { value, call } = await dispatcher();
    const { folder: a } = await value('sites:create-folder', { name: 'A' });
    const { folder: b } = await value('sites:create-folder', { name: 'B', parentId: a.id });
    const { site } = await value('sites:create', { site: { name: 'S', host: 's.example' }, password });
    expect((await value('sites:move', { siteId: site.id, folderId: b.id })).site.folderId).toBe(b.id);
    expect(await call('sites:move-folder', { folderId: a.id, parentId: b.id })).toMatchObject({ ok: false });
    expect((await value('sites:rename-folder', { folderId: b.id, name: 'Bee' })).folder.name).toBe('Bee');
    expect(await value('sites:delete-folder', { folderId: a.id })).toEqual({ removedSiteIds: [site.id] });
    expect(credentials.entries.size).toBe(0);
    expect(await value('sites:list', {})).toMatchObject({ folders: [], sites: [] });
  });

  it('imports the FileZilla fixture into folders and the keychain, and reports what it skipped', async () => {
    const { value } = await dispatcher();
    const report = await value('sites:import-filezilla', { xml: fixture });
    expect(report.imported.length).toBeGreaterThanOrEqual(5);
    expect(report.skipped.length).toBeGreaterThan(0);
    expect(report.skipped.every((entry: { reason: string }) => entry.reason.length > 0)).toBe(true);
    expect(report.foldersCreated).toBe(3);
    const list = await value('sites:list', {});
    expect(list.sites.map((s: { name: string }) => s.name)).toContain('Bäckerei Müller');
    expect([...credentials.entries.values()]).toContain(fixturePasswords[0]);
  });

  it('refuses a file that is not a FileZilla site list, creating nothing', async () => {
    const { call, value } = await dispatcher();
    const result = await call('sites:import-filezilla', { xml: '<html><body>hi</body></html>' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: /not a FileZilla site list/ } });
    expect(await value('sites:list', {})).toMatchObject({ folders: [], sites: [] });
  });

  it('exports JSON without passwords under a dated file name', async () => {
    const { value } = await dispatcher();
    await value('sites:create', { site: { name: 'A', host: 'a.example' }, password });
    const exported = await value('sites:export', {});
    expect(exported.fileName).toMatch(/^ferry-sites-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(exported.json)).toMatchObject({ format: 'ferry-sites', sites: [{ name: 'A' }] });
  });

  it('tells the recovery notice of a corrupt file once', async () => {
    await writeFile(join(folder, 'sites.json'), '{ not json');
    const { value } = await dispatcher();
    expect((await value('sites:list', {})).recoveryNotice?.message).toMatch(/could not be read/);
    expect((await value('sites:list', {})).recoveryNotice).toBeNull();
  });

  it('lists and forgets pinned certificates', async () => {
    const store = await SiteStore.open({ folder });
    const fingerprint256 = Array.from({ length: 32 }, () => 'AB').join(':');
    await store.pinCertificate({ host: 'ftp.example', port: 21, fingerprint256, subject: 'CN=ftp.example' });
    const { value } = await dispatcher({ store });
    expect((await value('pins:list', {})).pins).toMatchObject([{ host: 'ftp.example', port: 21, fingerprint256 }]);
    expect(await value('pins:forget', { host: 'FTP.example', port: 21 })).toEqual({ forgotten: true });
    expect(await value('pins:forget', { host: 'ftp.example', port: 21 })).toEqual({ forgotten: false });
  });

  it('answers IO_ERROR when the shell has no site store', async () => {
    const handlers = createHandlers({
      homeDir: folder,
      shell: 'web',
      pkg: { name: 'Ferry', version: '1' },
      sessions: createHubSessionManager({ hub: createEventHub() }),
    });
    const result = await createDispatcher(handlers)('sites:list', {}, testContext());
    expect(result).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } });
  });
});

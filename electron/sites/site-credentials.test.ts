import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInMemoryCredentialStoreForTests } from '../credentials/memory-store.js';
import { deleteFolderAndPasswords, deleteSiteAndPassword, duplicateSiteWithPassword } from './site-credentials.js';
import { SiteStore } from './site-store.js';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ferry-sc-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('site operations that touch passwords', () => {
  it('deletes the passwords of every site in a deleted folder tree, and only those', async () => {
    const store = await SiteStore.open({ folder });
    const credentials = createInMemoryCredentialStoreForTests();
    const work = await store.createFolder({ name: 'Work' });
    const sub = await store.createFolder({ name: 'Sub', parentId: work.id });
    const inner = await store.createSite({ name: 'A', host: 'a', folderId: sub.id });
    const outer = await store.createSite({ name: 'B', host: 'b' });
    await credentials.setPassword(inner.id, 'pw-a');
    await credentials.setPassword(outer.id, 'pw-b');
    expect(await deleteFolderAndPasswords(store, credentials, work.id)).toEqual({});
    expect([...credentials.entries.keys()]).toEqual([outer.id]);
  });

  it('copies the password when duplicating', async () => {
    const store = await SiteStore.open({ folder });
    const credentials = createInMemoryCredentialStoreForTests();
    const site = await store.createSite({ name: 'A', host: 'a' });
    await credentials.setPassword(site.id, 'pw-a');
    const { site: copy } = await duplicateSiteWithPassword(store, credentials, site.id);
    expect(await credentials.getPassword(copy.id)).toBe('pw-a');
  });

  it('still deletes the site when the keychain is unavailable, and says so', async () => {
    const store = await SiteStore.open({ folder });
    const site = await store.createSite({ name: 'A', host: 'a' });
    const credentials = createInMemoryCredentialStoreForTests('The keyring is locked.');
    expect(await deleteSiteAndPassword(store, credentials, site.id)).toEqual({ keychainProblem: 'The keyring is locked.' });
    expect(store.getSite(site.id)).toBeUndefined();
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteSiteAndPassword } from '../sites/site-credentials.js';
import { SiteStore } from '../sites/site-store.js';
import { type PrivateKeyring, startPrivateKeyring } from '../test-support/keyring/start-keyring.js';
import { CredentialStoreError } from './credential-store.js';
import { createKeytarStore } from './keytar-store.js';

// Real keytar against a real GNOME Keyring in a private D-Bus session (started before keytar's first call).
let keyring: PrivateKeyring;
beforeAll(async () => {
  keyring = await startPrivateKeyring();
});
afterAll(async () => {
  await keyring?.stop();
});

describe('keytar store on a private GNOME Keyring', () => {
  it('reports the keychain as available', async () => {
    expect(await createKeytarStore().available()).toEqual({ ok: true });
  });

  it('sets, reads back, replaces and deletes a password under service "Ferry"', async () => {
    const store = createKeytarStore();
    expect(await store.getPassword('site-a')).toBeUndefined();
    await store.setPassword('site-a', 'pässwörd "one"');
    expect(await store.getPassword('site-a')).toBe('pässwörd "one"');
    await store.setPassword('site-a', 'two');
    expect(await store.getPassword('site-a')).toBe('two');
    expect(await createKeytarStore({ service: 'Other' }).getPassword('site-a')).toBeUndefined();
    expect(await store.deletePassword('site-a')).toBe(true);
    expect(await store.deletePassword('site-a')).toBe(false);
    expect(await store.getPassword('site-a')).toBeUndefined();
  });

  it('refuses an empty password and an id that is not a site id', async () => {
    const store = createKeytarStore();
    await expect(store.setPassword('site-b', '')).rejects.toThrow(/empty password/);
    await expect(store.setPassword('../etc', 'x')).rejects.toBeInstanceOf(CredentialStoreError);
  });

  it('deletes the password together with its site', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ferry-cred-'));
    try {
      const sites = await SiteStore.open({ folder });
      const credentials = createKeytarStore();
      const site = await sites.createSite({ name: 'Blog', host: 'ftp.example.com', user: 'jane' });
      await credentials.setPassword(site.id, 'blog-secret');
      expect(await credentials.getPassword(site.id)).toBe('blog-secret');
      expect(await deleteSiteAndPassword(sites, credentials, site.id)).toEqual({});
      expect(sites.getSite(site.id)).toBeUndefined();
      expect(await credentials.getPassword(site.id)).toBeUndefined();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('says the keychain module is missing instead of crashing', async () => {
    const store = createKeytarStore({ load: () => Promise.reject(new Error("Cannot find module 'keytar.node'")) });
    const availability = await store.available();
    expect(availability).toMatchObject({ ok: false, reason: expect.stringMatching(/keytar\) could not be loaded/) });
    await expect(store.getPassword('site-c')).rejects.toThrow(/could not be loaded/);
  });

  // Last: locking affects every later call in this process.
  it('explains a locked keyring', async () => {
    await keyring.lock();
    const store = createKeytarStore();
    const availability = await store.available();
    expect(availability).toMatchObject({ ok: false, reason: expect.stringMatching(/keyring is locked/) });
    await expect(store.setPassword('site-d', 'x')).rejects.toThrow(/keyring is locked/);
  });
});

import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { credentialStoreFromEnv, openSitesDeps } from './sites-runtime.js';

describe('credentialStoreFromEnv', () => {
  it('keeps passwords in the process for FERRY_CREDENTIALS=memory', async () => {
    const store = credentialStoreFromEnv({ FERRY_CREDENTIALS: 'memory' });
    await store.setPassword('site-1', 'pw');
    expect(await store.getPassword('site-1')).toBe('pw');
    expect(await store.available()).toEqual({ ok: true });
  });

  it('refuses everything, with a reason, for FERRY_CREDENTIALS=unavailable', async () => {
    const store = credentialStoreFromEnv({ FERRY_CREDENTIALS: 'unavailable' });
    expect(await store.available()).toMatchObject({ ok: false, reason: /FERRY_CREDENTIALS=unavailable/ });
    await expect(store.setPassword('site-1', 'pw')).rejects.toThrow(/will ask for them/);
  });
});

describe('openSitesDeps', () => {
  it('opens the store in the user-data folder, creating it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ferry-runtime-'));
    try {
      const userDataDir = join(root, 'nested', 'ferry');
      const deps = await openSitesDeps({ userDataDir, env: { FERRY_CREDENTIALS: 'memory' } });
      await deps.store.createSite({ name: 'A', host: 'a.example' });
      expect((await stat(join(userDataDir, 'sites.json'))).isFile()).toBe(true);
      expect(deps.store.path).toBe(join(userDataDir, 'sites.json'));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

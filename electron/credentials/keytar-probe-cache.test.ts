import { describe, expect, it } from 'vitest';
import { createKeytarStore, type KeytarApi } from './keytar-store.js';

/**
 * A keytar stand-in that counts calls and fails while `broken` is set: the caching rules are about how often
 * the keychain is asked, which the real keyring tests (keytar-store.test.ts) cannot count.
 */
function countingKeytar() {
  const state = { broken: false, sets: 0, gets: 0 };
  const fail = () => Promise.reject(new Error('Cannot create an item in a locked collection'));
  const api: KeytarApi = {
    setPassword: async () => {
      state.sets += 1;
      if (state.broken) return fail();
    },
    getPassword: async () => {
      state.gets += 1;
      return state.broken ? fail() : null;
    },
    deletePassword: async () => (state.broken ? fail() : true),
  };
  return { state, load: async () => api };
}

describe('the keychain availability probe', () => {
  it('runs once per run while the keychain works, shared by concurrent callers', async () => {
    const keytar = countingKeytar();
    const store = createKeytarStore({ load: keytar.load });
    const answers = await Promise.all([store.available(), store.available()]);
    expect(answers).toEqual([{ ok: true }, { ok: true }]);
    expect(await store.available()).toEqual({ ok: true });
    expect(keytar.state.sets).toBe(1);
  });

  it('probes again after a failed probe, and notices the keychain is back', async () => {
    const keytar = countingKeytar();
    const store = createKeytarStore({ load: keytar.load });
    keytar.state.broken = true;
    expect(await store.available()).toMatchObject({ ok: false, reason: expect.stringMatching(/keyring is locked/) });
    expect(await store.available()).toMatchObject({ ok: false });
    expect(keytar.state.sets).toBe(2);
    keytar.state.broken = false;
    expect(await store.available()).toEqual({ ok: true });
    expect(await store.available()).toEqual({ ok: true });
    expect(keytar.state.sets).toBe(3);
  });

  it('probes again once a keychain call has failed after a good probe', async () => {
    const keytar = countingKeytar();
    const store = createKeytarStore({ load: keytar.load });
    expect(await store.available()).toEqual({ ok: true });
    keytar.state.broken = true;
    await expect(store.getPassword('site-1')).rejects.toThrow(/keyring is locked/);
    expect(await store.available()).toMatchObject({ ok: false });
    expect(keytar.state.sets).toBe(2);
  });

  it('reports a keytar module that cannot load, and tries loading only once', async () => {
    let loads = 0;
    const store = createKeytarStore({
      load: async () => {
        loads += 1;
        throw new Error('Cannot find module keytar.node');
      },
    });
    expect(await store.available()).toMatchObject({ ok: false, reason: expect.stringMatching(/could not be loaded/) });
    expect(await store.available()).toMatchObject({ ok: false });
    expect(loads).toBe(1);
  });
});

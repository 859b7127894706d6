import type { CredentialAvailability, CredentialStore } from './credential-store.js';
import { CredentialStoreError } from './credential-store.js';

/**
 * FOR TESTS ONLY: a CredentialStore in a Map, so tests of other code need no keyring. Pass `unavailable` to
 * play a keychain that refuses every call. Never used by the app: it would lose passwords on exit.
 */
export function createInMemoryCredentialStoreForTests(unavailable?: string): CredentialStore & {
  readonly entries: ReadonlyMap<string, string>;
} {
  const entries = new Map<string, string>();
  const check = (): void => {
    if (unavailable !== undefined) throw new CredentialStoreError(unavailable);
  };
  return {
    entries,
    async available(): Promise<CredentialAvailability> {
      return unavailable === undefined ? { ok: true } : { ok: false, reason: unavailable };
    },
    async getPassword(siteId) {
      check();
      return entries.get(siteId);
    },
    async setPassword(siteId, password) {
      check();
      if (password === '') throw new CredentialStoreError('An empty password cannot be saved.');
      entries.set(siteId, password);
    },
    async deletePassword(siteId) {
      check();
      return entries.delete(siteId);
    },
  };
}

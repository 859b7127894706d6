import type { CredentialStore } from '../credentials/credential-store.js';
import { createKeytarStore } from '../credentials/keytar-store.js';
import { createInMemoryCredentialStoreForTests } from '../credentials/memory-store.js';
import { SiteStore } from '../sites/site-store.js';
import type { SitesDeps } from './sites-deps.js';

/**
 * The environment variable that picks where passwords live. Unset (the default) means the OS keychain.
 * `memory` is FOR TESTS: passwords stay in the process and vanish on exit, so e2e runs never touch the real
 * user's keychain. `unavailable` plays a keychain that refuses everything (to test the "ask" fallback).
 */
export const credentialsEnvVar = 'FERRY_CREDENTIALS';

/** Picks the credential store named by FERRY_CREDENTIALS (see credentialsEnvVar). */
export function credentialStoreFromEnv(env: Readonly<Record<string, string | undefined>>): CredentialStore {
  const choice = env[credentialsEnvVar];
  if (choice === 'memory') return createInMemoryCredentialStoreForTests();
  if (choice === 'unavailable') {
    return createInMemoryCredentialStoreForTests(
      'The system keychain is switched off for this run (FERRY_CREDENTIALS=unavailable). Passwords will not be saved; Ferry will ask for them when connecting.',
    );
  }
  return createKeytarStore();
}

/** Opens the site store in the user-data folder, with the credential store the environment asks for. */
export async function openSitesDeps(options: {
  readonly userDataDir: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly credentials?: CredentialStore;
}): Promise<SitesDeps> {
  const store = await SiteStore.open({ folder: options.userDataDir });
  return { store, credentials: options.credentials ?? credentialStoreFromEnv(options.env ?? {}) };
}

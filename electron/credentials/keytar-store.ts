import type * as Keytar from 'keytar';
import { entityIdSchema } from '../../shared/site.js';
import { type CredentialAvailability, type CredentialStore, CredentialStoreError } from './credential-store.js';
import { describeKeychainError, describeKeytarLoadError } from './keychain-errors.js';

/** The part of keytar Ferry uses; injectable so tests can stand in a module that fails to load. */
export type KeytarApi = Pick<typeof Keytar, 'getPassword' | 'setPassword' | 'deletePassword'>;

/** The keychain "service" every Ferry password is filed under; the account is the site id. */
export const keychainService = 'Ferry';

// Not a secret: written and deleted again to learn whether the keyring accepts items (a locked or missing
// collection only fails on write; reads just return nothing).
const probeAccount = 'ferry-keychain-probe';
const probeTimeoutMs = 10_000;

/** Loads keytar on first use: it is a native optional dependency, and its absence must not crash the app. */
async function importKeytar(): Promise<KeytarApi> {
  const module = (await import('keytar')) as unknown as KeytarApi & { readonly default?: KeytarApi };
  const api = module.default ?? module;
  if (typeof api.getPassword !== 'function') throw new Error('the module has no getPassword function');
  return api;
}

/** Options for tests: another service name, or a loader that fails like a missing native module. */
export interface KeytarStoreOptions {
  readonly service?: string;
  readonly load?: () => Promise<KeytarApi>;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the keychain did not answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The OS keychain through keytar (macOS Keychain, Windows Credential Vault, Secret Service on Linux). */
export function createKeytarStore(options: KeytarStoreOptions = {}): CredentialStore {
  const service = options.service ?? keychainService;
  let loading: Promise<KeytarApi> | undefined;
  const api = async (): Promise<KeytarApi> => {
    loading ??= (options.load ?? importKeytar)();
    try {
      return await loading;
    } catch (error) {
      throw new CredentialStoreError(describeKeytarLoadError(error));
    }
  };
  // The last probe, kept while the keychain keeps working: opening the site dialog must not write and delete
  // a probe item every time. A failed probe, or any failed keychain call, makes the next caller probe again
  // (the user may have unlocked the keyring or started its service meanwhile).
  let probed: Promise<CredentialAvailability> | undefined;
  // Every keychain call goes through here, so no raw keytar error (or stack) reaches a caller or a log.
  const call = async <T>(work: (keytar: KeytarApi) => Promise<T>): Promise<T> => {
    try {
      return await work(await api());
    } catch (error) {
      probed = undefined;
      if (error instanceof CredentialStoreError) throw error;
      throw new CredentialStoreError(describeKeychainError(error));
    }
  };
  const probe = async (): Promise<CredentialAvailability> => {
    try {
      await withTimeout(
        call(async (keytar) => {
          await keytar.setPassword(service, probeAccount, 'probe');
          await keytar.deletePassword(service, probeAccount);
        }),
        probeTimeoutMs,
      );
      return { ok: true };
    } catch (error) {
      const reason = error instanceof CredentialStoreError ? error.message : describeKeychainError(error);
      return { ok: false, reason };
    }
  };
  const account = (siteId: string): string => {
    if (!entityIdSchema.safeParse(siteId).success) throw new CredentialStoreError('Invalid site id for the keychain.');
    return siteId;
  };
  return {
    /** Probes once per run while the keychain works; again after a failure. Concurrent callers share a probe. */
    async available(): Promise<CredentialAvailability> {
      const current = (probed ??= probe());
      const state = await current;
      if (!state.ok && probed === current) probed = undefined;
      return state;
    },
    async getPassword(siteId) {
      const name = account(siteId);
      return (await call((keytar) => keytar.getPassword(service, name))) ?? undefined;
    },
    async setPassword(siteId, password) {
      const name = account(siteId);
      if (password === '') throw new CredentialStoreError('An empty password cannot be saved.');
      await call((keytar) => keytar.setPassword(service, name, password));
    },
    async deletePassword(siteId) {
      const name = account(siteId);
      return call((keytar) => keytar.deletePassword(service, name));
    },
  };
}

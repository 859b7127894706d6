/** Whether passwords can be saved, and if not, a sentence the user can act on. */
export type CredentialAvailability = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Where site passwords live: the OS keychain, never a file. One password per site, keyed by the site's id.
 * Implementations throw CredentialStoreError (with a user-facing reason) when the keychain cannot be used;
 * callers then treat the site as "ask for password".
 */
export interface CredentialStore {
  /** Probes the keychain; cheap enough to call before offering "save password". */
  available(): Promise<CredentialAvailability>;
  /** The saved password, or undefined when none is saved. */
  getPassword(siteId: string): Promise<string | undefined>;
  /** Saves (or replaces) the password of a site. An empty password is refused: delete it instead. */
  setPassword(siteId: string, password: string): Promise<void>;
  /** Forgets the password of a site; false when none was saved. */
  deletePassword(siteId: string): Promise<boolean>;
}

/** The keychain could not be used; `message` is the user-facing reason and never contains a password. */
export class CredentialStoreError extends Error {
  override readonly name = 'CredentialStoreError';
}

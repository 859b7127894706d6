import type { Site } from '../../shared/site.js';
import type { CredentialStore } from '../credentials/credential-store.js';
import type { SiteStore } from './site-store.js';

/** How the keychain side of a site operation went: a keychain failure never undoes the site change, but is told. */
export interface KeychainOutcome {
  /** Set when the keychain could not be used, e.g. a deleted site's password may remain there. */
  readonly keychainProblem?: string;
}

async function forgetPasswords(credentials: CredentialStore, siteIds: readonly string[]): Promise<KeychainOutcome> {
  for (const siteId of siteIds) {
    try {
      await credentials.deletePassword(siteId);
    } catch (error) {
      return { keychainProblem: (error as Error).message };
    }
  }
  return {};
}

/** Deletes a site and then its saved password, so no orphaned secret stays in the keychain. */
export async function deleteSiteAndPassword(
  store: SiteStore,
  credentials: CredentialStore,
  siteId: string,
): Promise<KeychainOutcome> {
  await store.deleteSite(siteId);
  return forgetPasswords(credentials, [siteId]);
}

/** Deletes a folder with its contents and then the passwords of every site that was inside. */
export async function deleteFolderAndPasswords(
  store: SiteStore,
  credentials: CredentialStore,
  folderId: string,
): Promise<KeychainOutcome> {
  const { removedSiteIds } = await store.deleteFolder(folderId);
  return forgetPasswords(credentials, removedSiteIds);
}

/** Duplicates a site and copies its saved password (keychain to keychain; it never leaves main). */
export async function duplicateSiteWithPassword(
  store: SiteStore,
  credentials: CredentialStore,
  siteId: string,
): Promise<KeychainOutcome & { readonly site: Site }> {
  const site = await store.duplicateSite(siteId);
  try {
    const password = await credentials.getPassword(siteId);
    if (password !== undefined) await credentials.setPassword(site.id, password);
    return { site };
  } catch (error) {
    return { site, keychainProblem: (error as Error).message };
  }
}

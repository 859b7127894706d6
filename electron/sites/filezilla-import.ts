import type { CredentialStore } from '../credentials/credential-store.js';
import { planFileZillaImport, type SkippedEntry } from './filezilla-plan.js';
import type { SiteStore } from './site-store.js';

/** One imported site, and anything about it the user should know. */
export interface ImportedSite {
  readonly siteId: string;
  readonly path: string;
  readonly passwordSaved: boolean;
  readonly warnings: readonly string[];
}

/** What an import did: sites made, entries skipped with reasons, and why passwords were not saved if so. */
export interface ImportReport {
  readonly imported: readonly ImportedSite[];
  readonly skipped: readonly SkippedEntry[];
  readonly foldersCreated: number;
  /** Set when the keychain was unusable: those sites were imported as "ask for password". */
  readonly keychainProblem?: string;
}

/**
 * Imports FileZilla's sitemanager.xml: folders (an existing folder with the same name and parent is reused),
 * sites, and their passwords — into the keychain only. When the keychain is unavailable, or refuses one
 * password, the site becomes "ask for password" and the report says why. Throws FileZillaImportError if the
 * text is not a FileZilla site list; nothing is created then.
 */
export async function importFileZilla(
  xml: string,
  store: SiteStore,
  credentials: CredentialStore,
): Promise<ImportReport> {
  const plan = planFileZillaImport(xml);
  const needsKeychain = plan.sites.some((site) => site.password !== undefined);
  const availability = needsKeychain ? await credentials.available() : ({ ok: true } as const);
  // Unavailable up front: no password is even tried. A single refused password does not stop the others.
  const unavailable = availability.ok ? undefined : availability.reason;
  let keychainProblem = unavailable;

  const folderIds = new Map<string, string>();
  let foldersCreated = 0;
  for (const folder of plan.folders) {
    const parentId = folder.parentKey === null ? null : (folderIds.get(folder.parentKey) ?? null);
    const existing = store.snapshot().folders.find((f) => f.name === folder.name && f.parentId === parentId);
    const id = existing?.id ?? (await store.createFolder({ name: folder.name, parentId })).id;
    if (existing === undefined) foldersCreated += 1;
    folderIds.set(folder.key, id);
  }

  const imported: ImportedSite[] = [];
  const skipped: SkippedEntry[] = [...plan.skipped];
  for (const planned of plan.sites) {
    const warnings = [...planned.warnings];
    const withoutKeychain = planned.password !== undefined && unavailable !== undefined;
    if (withoutKeychain) warnings.push(`The password was not saved: ${unavailable} It became "ask for password".`);
    const folderId = planned.folderKey === null ? null : (folderIds.get(planned.folderKey) ?? null);
    let site;
    try {
      site = await store.createSite({
        ...planned.draft,
        folderId,
        ...(withoutKeychain ? { logonType: 'ask' as const } : {}),
      });
    } catch (error) {
      skipped.push({ path: planned.path, reason: (error as Error).message });
      continue;
    }
    let passwordSaved = false;
    if (planned.password !== undefined && !withoutKeychain) {
      try {
        await credentials.setPassword(site.id, planned.password);
        passwordSaved = true;
      } catch (error) {
        keychainProblem ??= (error as Error).message;
        await store.updateSite(site.id, { logonType: 'ask' });
        warnings.push(`The password was not saved: ${(error as Error).message} It became "ask for password".`);
      }
    }
    imported.push({ siteId: site.id, path: planned.path, passwordSaved, warnings });
  }
  return keychainProblem === undefined
    ? { imported, skipped, foldersCreated }
    : { imported, skipped, foldersCreated, keychainProblem };
}

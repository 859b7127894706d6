import { z } from 'zod';
import { pinnedCertificateSchema, siteFolderSchema, siteSchema } from '../../shared/site.js';
import { migrateV0 } from './migrate-v0.js';

/** The version this build writes. Bump it together with a new entry in `storeMigrations`. */
export const currentStoreVersion = 1;

/** The `sites.json` document as this build reads and writes it. */
export const storeFileSchema = z.strictObject({
  version: z.literal(currentStoreVersion),
  folders: z.array(siteFolderSchema),
  sites: z.array(siteSchema),
  pinnedCertificates: z.array(pinnedCertificateSchema),
});
export type StoreFile = z.infer<typeof storeFileSchema>;

/** An empty store, as a first start sees it. */
export function emptyStoreFile(): StoreFile {
  return { version: currentStoreVersion, folders: [], sites: [], pinnedCertificates: [] };
}

/** Raised when a file cannot be turned into a current StoreFile; the message says why, for people. */
export class StoreFormatError extends Error {
  override readonly name = 'StoreFormatError';
}

/** One step: turns a document of version n into one of version n + 1 (it need not validate the result). */
export type StoreMigration = (document: unknown) => unknown;

/** `storeMigrations[n]` upgrades version n to n + 1. A file without a `version` field is version 0. */
export const storeMigrations: Readonly<Record<number, StoreMigration>> = { 0: migrateV0 };

function versionOf(document: unknown): number {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new StoreFormatError('The file does not hold a JSON object.');
  }
  const version = (document as { version?: unknown }).version;
  if (version === undefined) return 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new StoreFormatError(`The file has an invalid version field (${JSON.stringify(version)}).`);
  }
  return version;
}

/** What `upgradeStoreFile` produced and which version it started from. */
export interface UpgradedStore {
  readonly file: StoreFile;
  readonly fromVersion: number;
}

/**
 * Runs every migration from the document's version up to the current one, then validates the result and its
 * references. Throws StoreFormatError for a file it cannot read, including one from a newer Ferry.
 */
export function upgradeStoreFile(
  document: unknown,
  migrations: Readonly<Record<number, StoreMigration>> = storeMigrations,
): UpgradedStore {
  const fromVersion = versionOf(document);
  if (fromVersion > currentStoreVersion) {
    throw new StoreFormatError(
      `The file was written by a newer version of Ferry (format ${fromVersion}; this one reads up to ${currentStoreVersion}).`,
    );
  }
  let current = document;
  for (let version = fromVersion; version < currentStoreVersion; version += 1) {
    const step = migrations[version];
    if (step === undefined) throw new StoreFormatError(`No migration from format ${version}.`);
    try {
      current = step(current);
    } catch (error) {
      throw new StoreFormatError(`Upgrading from format ${version} failed: ${(error as Error).message}`);
    }
  }
  const parsed = storeFileSchema.safeParse(current);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreFormatError(`The file's contents are invalid at ${issue?.path.join('.') ?? '?'}: ${issue?.message}`);
  }
  const problem = findReferenceProblem(parsed.data);
  if (problem !== undefined) throw new StoreFormatError(problem);
  return { file: parsed.data, fromVersion };
}

/** Duplicate ids, dangling folder references and folder cycles make a tree nobody can draw. */
export function findReferenceProblem(file: StoreFile): string | undefined {
  const folderIds = new Set(file.folders.map((folder) => folder.id));
  const siteIds = new Set(file.sites.map((site) => site.id));
  if (folderIds.size !== file.folders.length) return 'Two folders share an id.';
  if (siteIds.size !== file.sites.length) return 'Two sites share an id.';
  for (const item of [...file.folders.map((f) => f.parentId), ...file.sites.map((s) => s.folderId)]) {
    if (item !== null && !folderIds.has(item)) return `A reference to folder "${item}" points nowhere.`;
  }
  const parentOf = new Map(file.folders.map((folder) => [folder.id, folder.parentId]));
  for (const folder of file.folders) {
    let steps = 0;
    for (let at: string | null | undefined = folder.parentId; at != null; at = parentOf.get(at)) {
      if (at === folder.id || (steps += 1) > file.folders.length) return `Folder "${folder.name}" is inside itself.`;
    }
  }
  return undefined;
}

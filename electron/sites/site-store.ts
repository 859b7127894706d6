import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  applySitePatch,
  entityIdSchema,
  type PinnedCertificate,
  pinnedCertificateSchema,
  type Site,
  type SiteDraft,
  siteDraftSchema,
  type SiteFolder,
  siteFolderSchema,
  siteFromDraft,
  type SitePatch,
  sitePatchSchema,
  siteSchema,
  type SitesSnapshot,
} from '../../shared/site.js';
import { writeFileAtomic } from './atomic-write.js';
import { SiteStoreError } from './site-store-error.js';
import * as tree from './site-tree.js';
import type { StoreFile } from './store-file.js';
import { loadStoreFile, type RecoveryNotice } from './store-loader.js';

/** The store's file name inside the folder it is given. */
export const siteStoreFileName = 'sites.json';

/** Where the store lives and, for tests, a clock and id source. */
export interface SiteStoreOptions {
  /** The app's user-data folder (the web shell and tests pass their own). */
  readonly folder: string;
  readonly now?: () => Date;
  readonly newId?: () => string;
}

/** What pinning a certificate needs; the time is the store's. */
export type PinInput = Omit<PinnedCertificate, 'pinnedAt'>;

function parse<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? '' : ` (${issue.path.join('.')})`;
  throw new SiteStoreError('INVALID_ARGUMENT', `Invalid ${what}${where}: ${issue?.message ?? 'unknown problem'}`);
}

/**
 * Saved sites, their folder tree and pinned certificates, kept in `sites.json`. Reads are synchronous from
 * memory; every change is serialized, written atomically, and only then becomes visible — a failed write
 * leaves both the file and the in-memory state as they were.
 */
export class SiteStore {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    /** Full path of `sites.json`. */
    readonly path: string,
    private file: StoreFile,
    /** Set when the file had to be recovered or upgraded at start: show it to the user once. */
    readonly recoveryNotice: RecoveryNotice | undefined,
    private readonly readOnlyReason: string | undefined,
    private readonly now: () => Date,
    private readonly newId: () => string,
  ) {}

  /** Opens (or starts) the store in `options.folder`, recovering from a corrupt file as loadStoreFile says. */
  static async open(options: SiteStoreOptions): Promise<SiteStore> {
    await mkdir(options.folder, { recursive: true, mode: 0o700 });
    const path = join(options.folder, siteStoreFileName);
    const now = options.now ?? (() => new Date());
    const loaded = await loadStoreFile(path, now);
    const store = new SiteStore(path, loaded.file, loaded.notice, loaded.readOnlyReason, now, options.newId ?? randomUUID);
    // An upgraded file is written back at once (a fresh object, so mutate sees a change).
    if (loaded.needsSave) await store.mutate((file) => ({ file: { ...file }, result: undefined }));
    return store;
  }

  /** Folders and sites, for the site manager. */
  snapshot(): SitesSnapshot {
    return { folders: [...this.file.folders], sites: [...this.file.sites] };
  }

  /** A site by id, if it exists. */
  getSite(siteId: string): Site | undefined {
    return this.file.sites.find((site) => site.id === siteId);
  }

  /** Validates a draft, gives it an id and saves it. */
  async createSite(draft: SiteDraft): Promise<Site> {
    const parsed = parse(siteDraftSchema, draft, 'site');
    return this.mutate((file) => {
      const site = siteFromDraft(this.newId(), parsed);
      return { file: tree.putSite(file, site), result: site };
    });
  }

  /** Changes some fields of a site; the port follows a protocol change when it was the default. */
  async updateSite(siteId: string, patch: SitePatch): Promise<Site> {
    const parsedPatch = parse(sitePatchSchema, patch, 'site change');
    return this.mutate((file) => {
      const site = parse(siteSchema, applySitePatch(tree.requireSite(file, siteId), parsedPatch), 'site');
      return { file: tree.putSite(file, site), result: site };
    });
  }

  /** Deletes a site. Its password is the caller's to delete (see deleteSiteAndPassword). */
  async deleteSite(siteId: string): Promise<void> {
    return this.mutate((file) => ({ file: tree.removeSite(file, siteId), result: undefined }));
  }

  /** Copies a site into the same folder under a "(copy)" name, with a new id. */
  async duplicateSite(siteId: string): Promise<Site> {
    return this.mutate((file) => {
      const source = tree.requireSite(file, siteId);
      const copy = { ...source, id: this.newId(), name: tree.copyName(file, source.name, source.folderId) };
      return { file: tree.putSite(file, copy), result: copy };
    });
  }

  /** Moves a site into a folder (null: the top level). */
  async moveSite(siteId: string, folderId: string | null): Promise<Site> {
    return this.updateSite(siteId, { folderId });
  }

  /** Creates a folder under `parentId` (default: the top level). */
  async createFolder(input: { readonly name: string; readonly parentId?: string | null }): Promise<SiteFolder> {
    const folder = parse(siteFolderSchema, { id: 'pending', parentId: null, ...input }, 'folder');
    return this.mutate((file) => {
      const created = { ...folder, id: this.newId() };
      return { file: tree.putFolder(file, created), result: created };
    });
  }

  /** Renames a folder. */
  async renameFolder(folderId: string, name: string): Promise<SiteFolder> {
    return this.mutate((file) => {
      const folder = parse(siteFolderSchema, { ...tree.requireFolderRecord(file, folderId), name }, 'folder');
      return { file: tree.putFolder(file, folder), result: folder };
    });
  }

  /** Moves a folder under another (null: the top level); refuses to move it into itself. */
  async moveFolder(folderId: string, parentId: string | null): Promise<SiteFolder> {
    const parent = parse(entityIdSchema.nullable(), parentId, 'folder id');
    return this.mutate((file) => {
      const folder = { ...tree.requireFolderRecord(file, folderId), parentId: parent };
      return { file: tree.putFolder(file, folder), result: folder };
    });
  }

  /** Deletes a folder with its subfolders and sites; returns the removed site ids so their passwords can go. */
  async deleteFolder(folderId: string): Promise<{ readonly removedSiteIds: readonly string[] }> {
    return this.mutate((file) => {
      const { file: next, removedSiteIds } = tree.removeFolder(file, folderId);
      return { file: next, result: { removedSiteIds } };
    });
  }

  /** All pinned certificates. */
  listPins(): readonly PinnedCertificate[] {
    return [...this.file.pinnedCertificates];
  }

  /** The pinned certificate for a host and port, if the user chose "trust always" there. */
  findPin(host: string, port: number): PinnedCertificate | undefined {
    return tree.findPin(this.file, host, port);
  }

  /** Pins a certificate for its host and port, replacing any earlier pin there. */
  async pinCertificate(input: PinInput): Promise<PinnedCertificate> {
    const pin = parse(pinnedCertificateSchema, { ...input, pinnedAt: this.now().toISOString() }, 'certificate pin');
    return this.mutate((file) => ({ file: tree.putPin(file, pin), result: pin }));
  }

  /** Forgets the pin for a host and port; false when there was none. */
  async forgetPin(host: string, port: number): Promise<boolean> {
    return this.mutate((file) => {
      const had = tree.findPin(file, host, port) !== undefined;
      return { file: had ? tree.removePin(file, host, port) : file, result: had };
    });
  }

  /** Runs one change at a time: compute the next file, write it, and only then make it current. */
  private mutate<T>(change: (file: StoreFile) => { file: StoreFile; result: T }): Promise<T> {
    const run = async (): Promise<T> => {
      if (this.readOnlyReason !== undefined) throw new SiteStoreError('IO_ERROR', this.readOnlyReason);
      const { file, result } = change(this.file);
      if (file !== this.file) {
        await writeFileAtomic(this.path, `${JSON.stringify(file, null, 2)}\n`).catch((error: unknown) => {
          throw new SiteStoreError('IO_ERROR', `Saving the site list failed: ${(error as Error).message}`);
        });
      }
      this.file = file;
      return result;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

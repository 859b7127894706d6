import type { PlanUpload, PublishFailure, PublishProgress, PublishSummary } from '../../shared/publish.js';
import type { FtpClient } from '../ftp/client.js';
import { FtpPermanentError } from '../ftp/errors.js';
import type { SiteConnection } from '../transfers/task-types.js';
import type { PreparedPublish } from './build-plan.js';
import { cacheBustedUrl } from './cache-bust.js';
import { ManifestWriter } from './manifest.js';
import { recordListedTimes } from './record-listing.js';
import { remotePathOf } from './remote-tree.js';
import { uploadFiles } from './upload-files.js';

/** What applying a plan needs besides the plan. */
export interface ApplyOptions {
  /** A logged-in connection for folders, listings and deletes (may reconnect between calls). */
  readonly client: () => Promise<FtpClient>;
  /** How the transfer connections reach the site. */
  readonly site: SiteConnection;
  readonly parallel?: number;
  /** Transfer connections in worker threads (default) or on this thread. */
  readonly workers?: boolean;
  /** Stops the publish: running uploads are aborted (their real names untouched), deletes skipped. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: PublishProgress) => void;
  /** The site's address, returned cache-busted in the summary. */
  readonly websiteUrl?: string;
  readonly now?: () => number;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const parentOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/** MKD every folder from the top down to `path`; ones that exist already answer 550, which is fine. */
async function ensureFolderChain(client: FtpClient, path: string): Promise<void> {
  const parts = path.split('/').filter((part) => part !== '');
  for (let i = 1; i <= parts.length; i += 1) {
    await client.mkd(`/${parts.slice(0, i).join('/')}`).catch((error: unknown) => {
      if (!(error instanceof FtpPermanentError)) throw error;
    });
  }
}

/** Deletes temporary files an earlier, interrupted publish left behind: they are Ferry's, not the user's. */
async function removePartials(client: FtpClient, prepared: PreparedPublish): Promise<void> {
  for (const path of prepared.partials) {
    await client.delete(remotePathOf(prepared.plan.remoteRoot, path)).catch(() => undefined);
  }
}

/**
 * Carries a plan out: folders (parents first), uploads through the transfer queue (atomic), then — last —
 * deletes (files, then folders deepest first). The manifest is updated as each file completes.
 */
export async function applyPublishPlan(prepared: PreparedPublish, options: ApplyOptions): Promise<PublishSummary> {
  const now = options.now ?? Date.now;
  const started = now();
  const { plan, target } = prepared;
  const writer = new ManifestWriter(target.manifestFolder, prepared.manifest);
  const failed: PublishFailure[] = [];
  const foldersCreated: string[] = [];
  const brokenFolders = new Set<string>();
  const bytesTotal = plan.uploadBytes;
  // A function, not an expression: the signal changes while awaits run.
  const aborted = (): boolean => options.signal?.aborted === true;
  const report = (progress: Omit<PublishProgress, 'bytesTotal'>): void => options.onProgress?.({ ...progress, bytesTotal });

  const client = await options.client();
  for (const [index, folder] of plan.folders.entries()) {
    if (aborted()) break;
    try {
      if (folder === '') await ensureFolderChain(client, plan.remoteRoot);
      else await client.mkd(remotePathOf(plan.remoteRoot, folder));
      foldersCreated.push(folder);
    } catch (error) {
      brokenFolders.add(folder);
      failed.push({ path: folder === '' ? plan.remoteRoot : folder, action: 'mkdir', message: errorText(error) });
    }
    report({ phase: 'folders', done: index + 1, total: plan.folders.length, bytesDone: 0 });
  }

  const blocked = (upload: PlanUpload): boolean => {
    for (let folder = parentOf(upload.path); ; folder = parentOf(folder)) {
      if (brokenFolders.has(folder)) return true;
      if (folder === '') return false;
    }
  };
  const sendable = plan.uploads.filter((upload) => !blocked(upload));
  for (const upload of plan.uploads) {
    if (blocked(upload)) failed.push({ path: upload.path, action: 'upload', message: 'its folder could not be created on the server' });
  }
  let done = 0;
  let bytesDone = 0;
  const uploads =
    sendable.length === 0 || aborted()
      ? { uploaded: [], failed: [], cancelled: sendable.length }
      : await uploadFiles({
          site: options.site,
          localRoot: plan.localRoot,
          remoteRoot: plan.remoteRoot,
          uploads: sendable,
          ...(options.parallel === undefined ? {} : { parallel: options.parallel }),
          ...(options.workers === undefined ? {} : { workers: options.workers }),
          ...(options.signal === undefined ? {} : { signal: options.signal }),
          onUploaded: (upload) => {
            const hash = prepared.hashes.get(upload.path);
            // The remote time is filled in once the folder is listed again (below).
            writer.set(upload.path, { size: upload.size, modified: upload.localModified, remoteSize: upload.size, ...(hash === undefined ? {} : { hash }) });
            done += 1;
            report({ phase: 'uploads', done, total: sendable.length, bytesDone, path: upload.path });
          },
          onBytes: (bytes) => {
            bytesDone = bytes;
            report({ phase: 'uploads', done, total: sendable.length, bytesDone });
          },
        });
  failed.push(...uploads.failed);
  const cancelled = aborted() || uploads.cancelled > 0;

  const listingClient = await options.client();
  await recordListedTimes(listingClient, prepared, uploads.uploaded, writer).catch(() => undefined);

  if (!cancelled) await removePartials(listingClient, prepared);

  const deleted: string[] = [];
  if (!cancelled) {
    for (const [index, entry] of plan.deletes.entries()) {
      if (aborted()) break;
      const path = remotePathOf(plan.remoteRoot, entry.path);
      try {
        const current = await options.client();
        if (entry.folder) await current.rmd(path);
        else await current.delete(path);
        deleted.push(entry.path);
        writer.remove(entry.path);
      } catch (error) {
        failed.push({ path: entry.path, action: 'delete', message: errorText(error) });
      }
      report({ phase: 'deletes', done: index + 1, total: plan.deletes.length, bytesDone });
    }
  }
  await writer.flush();
  report({ phase: 'done', done: uploads.uploaded.length, total: sendable.length, bytesDone: bytesTotal });
  const websiteUrl = options.websiteUrl === undefined ? undefined : cacheBustedUrl(options.websiteUrl, now());
  return {
    uploaded: uploads.uploaded.map((upload) => ({ path: upload.path, bytes: upload.size })),
    foldersCreated,
    deleted,
    skipped: plan.unchanged.length + plan.ignored.length,
    failed,
    cancelled,
    durationMs: Math.max(0, now() - started),
    ...(websiteUrl === undefined ? {} : { websiteUrl }),
  };
}

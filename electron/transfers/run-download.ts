import { renameSync, statSync } from 'node:fs';
import type { FtpClient } from '../ftp/client.js';
import { FileSink } from '../ftp/file-sink.js';
import { mkdir, rename, utimes } from 'node:fs/promises';
import { dirname } from 'node:path';
import { decideExists, isOwnFinishedCopy } from './exists-decision.js';
import { freeLocalName, partPathOf, removeQuietly } from './local-files.js';
import { assertRealParentInsideSync } from './path-safety.js';
import { MemorySink, smallFileLimit, writeWholeFileSync } from './small-files.js';
import { remoteModified, remoteSize } from './remote-path.js';
import type { TaskContext } from './task-context.js';
import type { TaskOutcome, TransferTask } from './task-types.js';
import { TransferFailure } from './transfer-failure.js';

type DownloadTask = Extract<TransferTask, { type: 'download' }>;

/**
 * Downloads one file into `name.part` beside the target and renames it over the target only when complete,
 * then sets the local time from the remote one. A `.part` left by an earlier attempt is resumed with REST
 * (when not longer than the remote file). A full disk removes the `.part` and leaves the target as it was.
 */
export async function runDownload(task: DownloadTask, ctx: TaskContext): Promise<TaskOutcome> {
  const client = await ctx.client();
  const size = task.size ?? (await remoteSize(client, task.remotePath));
  const modified = task.modified ?? (await remoteModified(client, task.remotePath));
  let localPath = task.localPath;
  // A folder download made its folders while checking every name; a child never creates any (a link planted
  // in the target could carry the mkdir elsewhere). A single-file download may create its folder.
  if (task.localRoot === undefined) await mkdir(dirname(localPath), { recursive: true });
  else assertRealParentInsideSync(task.localRoot, localPath);

  // A file in a folder this job's expansion just created cannot exist yet, nor its .part (first run, first
  // attempt only: taskFor clears `targetAbsent` for reruns and retries). Two stats per file saved.
  const fresh = task.targetAbsent === true;
  const existing = fresh ? undefined : statSync(localPath, { throwIfNoEntry: false });
  if (existing !== undefined) {
    if (existing.isDirectory()) throw new TransferFailure('LOCAL_IO', `A folder named like the file is in the way: ${localPath}`);
    const source = { size, modified };
    if (task.rerun && isOwnFinishedCopy(source, { size: existing.size, modified: existing.mtimeMs })) {
      return { status: 'done', bytes: 0, size, finalPath: localPath };
    }
    const action = decideExists(task.onExists, source, { size: existing.size, modified: existing.mtimeMs });
    if (action === 'ask') return { status: 'conflict', target: localPath, source: defined(source), existing: { size: existing.size, modified: existing.mtimeMs } };
    if (action === 'skip') return { status: 'done', bytes: 0, size, skipped: true, finalPath: localPath };
    if (action === 'rename') localPath = await freeLocalName(localPath);
    // Resuming an existing file: continue it under the .part name, so it is never taken for finished.
    if (action === 'resume') await rename(localPath, partPathOf(localPath));
  }

  const partPath = partPathOf(localPath);
  const part = fresh ? undefined : statSync(partPath, { throwIfNoEntry: false });
  const offset = part !== undefined && size !== undefined && part.size <= size ? part.size : 0;
  if (offset === 0 && size !== undefined && size <= smallFileLimit) return downloadSmall(client, task.remotePath, localPath, size, modified, ctx);
  // The .part's size once written: the resume offset plus every byte the finished file stream took (it
  // resolves only after the last write and close), so no stat is needed to learn it.
  let written = offset;
  try {
    if (size === undefined || offset < size || part === undefined) written = await retrieveInto(client, task.remotePath, partPath, offset, size, ctx);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') await removeQuietly(partPath);
    throw error;
  }
  if (size !== undefined && written !== size) {
    // The file changed on the server, or the data connection was cut without an error: start over.
    await removeQuietly(partPath);
    throw new TransferFailure('SIZE_MISMATCH', `Downloaded ${written} bytes of ${task.remotePath}, the server says ${size}`, true);
  }
  await rename(partPath, localPath);
  if (modified !== undefined) await utimes(localPath, new Date(), new Date(modified));
  ctx.progress({ bytes: written, size: written });
  return { status: 'done', bytes: written - offset, size: written, finalPath: localPath };
}

/**
 * A small file, not resumed: read into memory, then written to `.part` (time included) and renamed over the
 * target, all synchronously (see small-files.ts). A short read writes nothing at all.
 */
async function downloadSmall(client: FtpClient, remotePath: string, localPath: string, size: number, modified: number | undefined, ctx: TaskContext): Promise<TaskOutcome> {
  const sink = new MemorySink((bytes) => ctx.progress({ bytes, size }));
  await client.download(remotePath, sink, slabSizeFor(size));
  if (sink.bytes !== size) {
    throw new TransferFailure('SIZE_MISMATCH', `Downloaded ${sink.bytes} bytes of ${remotePath}, the server says ${size}`, true);
  }
  const partPath = partPathOf(localPath);
  try {
    writeWholeFileSync(partPath, sink.chunks, modified);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') await removeQuietly(partPath);
    throw error;
  }
  renameSync(partPath, localPath);
  ctx.progress({ bytes: size, size });
  return { status: 'done', bytes: size, size, finalPath: localPath };
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Read slabs for a download of `remaining` bytes: 128 KiB holds a small file and the EOF read in one slab,
 * where a fresh 1 MiB slab per file would be 2 GiB of garbage for 2000 files whenever slabs are not reused;
 * large or unknown sizes keep the engine's 1 MiB.
 */
function slabSizeFor(remaining: number | undefined): { blockSize?: number } {
  return remaining !== undefined && remaining < 512 * 1024 ? { blockSize: 128 * 1024 } : {};
}

/**
 * RETR (after REST `offset`) into the file, counting bytes as they are written; resolves with the file's
 * size. Progress is counted here rather than by the engine's `onProgress`, which asks SIZE first: one round
 * trip per file saved when the size is known. A file-side failure (disk full) is reported as itself, not as
 * the data stream it cut short. The file is closed whatever happens, before this settles.
 */
async function retrieveInto(client: FtpClient, remotePath: string, partPath: string, offset: number, size: number | undefined, ctx: TaskContext): Promise<number> {
  const file = await FileSink.open(partPath, {
    flags: offset > 0 ? 'r+' : 'w',
    start: offset,
    onWrite: (written) => ctx.progress({ bytes: offset + written, size }),
  });
  const closed = new Promise<void>((resolve) => file.once('close', () => resolve()));
  let fileError: unknown;
  file.once('error', (error) => {
    fileError = error;
  });
  try {
    await client.download(remotePath, file, { offset, ...slabSizeFor(size === undefined ? undefined : size - offset) });
  } catch (error) {
    // Every byte the file took is on disk (it writes before it answers), a true prefix of the remote file:
    // the .part keeps it for the resume.
    file.destroy();
    await closed;
    throw fileError ?? error;
  }
  await closed;
  return offset + file.bytesWritten;
}

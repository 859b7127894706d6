import { readFileSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { FtpClient } from '../ftp/client.js';
import { FtpPermanentError } from '../ftp/errors.js';
import { FileSource } from '../ftp/file-source.js';
import { decideExists, isOwnFinishedCopy, renamedCandidate } from './exists-decision.js';
import { remoteBasename, remoteDirname, remoteJoin, remoteSize, remoteStat } from './remote-path.js';
import { smallFileLimit } from './small-files.js';
import type { TaskContext } from './task-context.js';
import type { TaskOutcome, TransferTask } from './task-types.js';
import { TransferFailure } from './transfer-failure.js';

type UploadTask = Extract<TransferTask, { type: 'upload' }>;

/** The temporary remote name of an atomic upload: hidden, in the same folder (so RNTO is a plain rename). */
export function remoteTempPath(remotePath: string): string {
  return remoteJoin(remoteDirname(remotePath), `.${remoteBasename(remotePath)}.ferry-part`);
}

/**
 * Uploads one file. Atomic (default for publishing): STOR to a hidden temporary name in the same folder,
 * check its SIZE, then rename it over the target, so a website never serves a half-uploaded file. A
 * temporary file left by an interrupted attempt is resumed (REST+STOR or APPE, the engine picks per FEAT).
 */
export async function runUpload(task: UploadTask, ctx: TaskContext): Promise<TaskOutcome> {
  const info = statSync(task.localPath);
  if (!info.isFile()) throw new TransferFailure('LOCAL_IO', `Not a file: ${task.localPath}`);
  // A small file is read at once, synchronously (see small-files.ts); its size is then what was read.
  const data = info.size <= smallFileLimit ? readFileSync(task.localPath) : undefined;
  const local = { size: data?.length ?? info.size, mtime: info.mtime };
  const client = await ctx.client();
  let target = task.remotePath;
  const source = { size: local.size, modified: info.mtimeMs };
  // The folder listing's "absent" is trusted only on a first run: a rerun may have created the file itself.
  const existing = task.targetAbsent && !task.rerun ? undefined : await remoteStat(client, target);
  let resumeTarget = false;
  if (existing !== undefined && task.rerun && isOwnFinishedCopy(source, existing)) {
    return { status: 'done', bytes: 0, size: local.size, finalPath: target };
  }
  if (existing !== undefined) {
    const action = decideExists(task.onExists, source, existing);
    if (action === 'ask') return { status: 'conflict', target, source, existing };
    if (action === 'skip') return { status: 'done', bytes: 0, size: local.size, skipped: true, finalPath: target };
    if (action === 'rename') target = await freeRemoteName(client, target);
    resumeTarget = action === 'resume';
  }
  const viaTemp = task.atomic && !resumeTarget;
  const writePath = viaTemp ? remoteTempPath(target) : target;
  let offset = 0;
  if (resumeTarget) offset = existing?.size ?? 0;
  else if ((viaTemp && task.rerun) || task.resumePartial) {
    // Only a job that ran before can have left a partial file to continue.
    const partial = await remoteSize(client, writePath);
    if (partial !== undefined && partial <= local.size) offset = partial;
  }
  if (offset < local.size || local.size === 0) {
    const body = data === undefined ? await FileSource.open(task.localPath, { start: offset }) : Readable.from([data.subarray(offset)], { objectMode: false });
    try {
      await client.upload(writePath, body, {
        offset,
        onProgress: (p) => ctx.progress({ bytes: offset + p.bytes, size: local.size }),
      });
    } finally {
      // Closes the file when the upload never read it (the server refused STOR).
      body.destroy();
    }
  }
  const stored = await remoteSize(client, writePath);
  if (stored !== local.size) {
    throw new TransferFailure('SIZE_MISMATCH', `The server holds ${stored ?? 'no'} bytes of ${writePath}, expected ${local.size}`, true);
  }
  if (viaTemp) await renameOver(client, writePath, target);
  await setRemoteTime(client, target, local.mtime);
  ctx.progress({ bytes: local.size, size: local.size });
  return { status: 'done', bytes: local.size - offset, size: local.size, finalPath: target };
}

/** RNFR/RNTO over an existing file; servers that refuse to replace (IIS, some Windows servers) get DELE first. */
async function renameOver(client: FtpClient, from: string, to: string): Promise<void> {
  try {
    await client.rename(from, to);
  } catch (error) {
    if (!(error instanceof FtpPermanentError) || (await remoteSize(client, to)) === undefined) throw error;
    await client.delete(to);
    await client.rename(from, to);
  }
}

async function setRemoteTime(client: FtpClient, path: string, time: Date): Promise<void> {
  const features = client.features ?? (await client.feat());
  if (!features.has('MFMT')) return;
  await client.mfmt(path, time).catch(() => undefined);
}

async function freeRemoteName(client: FtpClient, path: string): Promise<string> {
  const folder = remoteDirname(path);
  const name = remoteBasename(path);
  for (let n = 1; n < 10_000; n += 1) {
    const candidate = remoteJoin(folder, renamedCandidate(name, n));
    if ((await remoteSize(client, candidate)) === undefined) return candidate;
  }
  throw new TransferFailure('INTERNAL', `No free name beside ${path}`);
}

import { FtpPermanentError } from '../ftp/errors.js';
import { unsafeNameReason } from './path-safety.js';
import { remoteJoin } from './remote-path.js';
import type { TaskContext } from './task-context.js';
import type { TaskOutcome } from './task-types.js';
import { TransferFailure } from './transfer-failure.js';

/**
 * Deletes a remote file, or a folder with everything in it (files first, then folders bottom-up). A listed
 * name with a separator or `..` is refused: following it could delete outside the folder.
 */
export async function runDelete(remotePath: string, folder: boolean, ctx: TaskContext): Promise<TaskOutcome> {
  const client = await ctx.client();
  let count = 0;
  const removeTree = async (dir: string, depth: number): Promise<void> => {
    if (depth > 64) throw new TransferFailure('PATH_UNSAFE', `Folders nest deeper than 64 levels at ${dir}`);
    for (const entry of await client.list(dir)) {
      if (ctx.signal.aborted) return;
      const reason = unsafeNameReason(entry.name);
      if (reason !== undefined) throw new TransferFailure('PATH_UNSAFE', `Refused to delete the listed name ${JSON.stringify(entry.name)} in ${dir}: ${reason}.`);
      const child = remoteJoin(dir, entry.name);
      if (entry.type === 'directory') await removeTree(child, depth + 1);
      else await client.delete(child);
      count += 1;
      ctx.progress({ bytes: count });
    }
    await client.rmd(dir);
  };
  if (folder) await removeTree(remotePath, 0);
  else await client.delete(remotePath);
  return { status: 'done', bytes: 0 };
}

/** Creates a remote folder and its missing parents (MKD per level; existing levels answer 550 and are fine). */
export async function runMkdir(remotePath: string, ctx: TaskContext): Promise<TaskOutcome> {
  const client = await ctx.client();
  const parts = remotePath.split('/').filter((part) => part !== '');
  let path = remotePath.startsWith('/') ? '' : '.';
  let lastError: unknown;
  for (const part of parts) {
    path = `${path}/${part}`;
    try {
      await client.mkd(path);
      lastError = undefined;
    } catch (error) {
      if (!(error instanceof FtpPermanentError)) throw error;
      lastError = error;
    }
  }
  // The last level failing is fine only when it exists: CWD proves it.
  if (lastError !== undefined) {
    await client.cwd(remotePath).catch(() => {
      throw lastError;
    });
  }
  return { status: 'done', bytes: 0 };
}

import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The prefix of in-flight temp files, so a reader (or a test) can tell them from real data. */
export const tempFilePrefix = '.tmp-';

/**
 * Makes a rename durable: on Linux the new directory entry is only on disk once the directory is fsynced.
 * Windows cannot open a directory for fsync (EISDIR/EPERM); there the rename is already durable.
 */
export async function fsyncDirectory(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Replaces `path` with `text` so that a crash leaves either the old or the new file, never a torn one: write a
 * temp file in the same folder (same file system, so rename is atomic), fsync it, rename over, fsync the folder.
 * The file is private to the user (0600): it names the servers they use.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `${tempFilePrefix}${basename(path)}-${process.pid}-${randomBytes(6).toString('hex')}`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(folder);
}

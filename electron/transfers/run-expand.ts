import { statSync } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { FtpPermanentError } from '../ftp/errors.js';
import { describeFailure } from './describe-failure.js';
import { assertRealParentInside, safeLocalChild } from './path-safety.js';
import { remoteJoin } from './remote-path.js';
import type { TaskContext } from './task-context.js';
import type { ExpandedChild, TaskOutcome } from './task-types.js';
import { TransferFailure } from './transfer-failure.js';

/** Deeper than this is a link loop on the server, not a real tree. */
const maxDepth = 64;

/**
 * Lists a remote folder recursively and creates the local folders, checking every name first: a name with a
 * separator, NUL, `.`/`..` or one that would resolve outside `localPath` becomes a refused child (failed with
 * PATH_UNSAFE) and nothing is written for it or below it.
 */
export async function runExpandDownload(remotePath: string, localPath: string, ctx: TaskContext): Promise<TaskOutcome> {
  const client = await ctx.client();
  const children: ExpandedChild[] = [];
  // `fresh`: this walk created `localDir`, so nothing is in it yet (its files skip the "exists?" stats).
  const walk = async (remoteDir: string, localDir: string, depth: number, fresh: boolean): Promise<void> => {
    if (depth > maxDepth) throw new TransferFailure('PATH_UNSAFE', `Folders nest deeper than ${maxDepth} levels at ${remoteDir} (a link loop?)`);
    const entries = await client.list(remoteDir);
    if (depth === 0) {
      // vsftpd answers LIST of a missing path with an empty listing (226): only CWD tells "empty" from "missing".
      if (entries.length === 0) await client.cwd(remoteDir).catch((error: unknown) => {
        if (error instanceof FtpPermanentError) throw new TransferFailure('REMOTE_NOT_FOUND', `${remoteDir} is not a folder on the server (or does not exist)`);
        throw error;
      });
      fresh = (await mkdir(localPath, { recursive: true })) !== undefined;
    }
    const alone = fresh ? soleLocalNames(entries.map((entry) => entry.name)) : new Set<string>();
    for (const entry of entries) {
      if (ctx.signal.aborted) return;
      const remoteChild = remoteJoin(remoteDir, entry.name);
      let localChild: string;
      try {
        localChild = safeLocalChild(localPath, localDir, entry.name);
      } catch (error) {
        children.push({ remotePath: remoteChild, localPath: localDir, refused: describeFailure(error) });
        continue;
      }
      if (entry.type === 'directory') {
        await assertRealParentInside(localPath, localChild);
        // mkdir returns the folder when it made it (its parent exists), undefined when it was there already.
        const made = await mkdir(localChild, { recursive: true });
        await walk(remoteChild, localChild, depth + 1, made !== undefined);
      } else {
        // LIST times lack seconds (and sometimes the year): let the download ask MDTM instead.
        const modified = entry.modifiedApproximate === true ? undefined : entry.modified?.getTime();
        children.push({ remotePath: remoteChild, localPath: localChild, size: entry.size, modified, ...(alone.has(entry.name) ? { targetAbsent: true } : {}) });
      }
    }
  };
  await walk(remotePath, localPath, 0, false);
  return { status: 'expanded', children };
}

/**
 * The names of a listing that land on a local file of their own: not when two names fold to one file on a
 * case-insensitive or normalising file system (macOS, Windows: `A.txt` and `a.txt`), nor when one is the
 * other's download temporary (`x` and `x.part`). Those keep the "exists?" check, so the policy still decides.
 */
export function soleLocalNames(names: readonly string[]): Set<string> {
  // Windows also drops trailing dots and spaces (`a.` is `a`).
  const fold = (name: string): string => name.normalize('NFC').toLowerCase().replace(/[. ]+$/, '');
  const uses = new Map<string, number>();
  const use = (key: string): void => void uses.set(key, (uses.get(key) ?? 0) + 1);
  for (const name of names) {
    use(fold(name));
    use(`${fold(name)}.part`);
  }
  return new Set(names.filter((name) => uses.get(fold(name)) === 1 && uses.get(`${fold(name)}.part`) === 1));
}

/** Walks a local folder, creating each remote folder (MKD; an existing one is fine), and lists its files. */
export async function runExpandUpload(localPath: string, remotePath: string, ctx: TaskContext): Promise<TaskOutcome> {
  const client = await ctx.client();
  const children: ExpandedChild[] = [];
  const walk = async (localDir: string, remoteDir: string, depth: number): Promise<void> => {
    if (depth > maxDepth) throw new TransferFailure('LOCAL_IO', `Folders nest deeper than ${maxDepth} levels at ${localDir}`);
    // A folder MKD just created is empty: its files need no "does it exist" probe. An existing one is listed once.
    const created = await makeRemoteFolder(remoteDir);
    const remoteNames = created ? new Set<string>() : await listNames(remoteDir);
    const entries = await readdir(localDir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (ctx.signal.aborted) return;
      const localChild = join(localDir, entry.name);
      const remoteChild = remoteJoin(remoteDir, entry.name);
      // Links are followed once (stat), like `cp -rL`; sockets and devices are not files to send.
      const info = entry.isSymbolicLink() ? await stat(localChild).catch(() => undefined) : entry;
      if (info?.isDirectory() === true) await walk(localChild, remoteChild, depth + 1);
      else if (info?.isFile() === true) {
        // Synchronous: 2000 stats through the thread pool held every upload back by ~0.2 s (small-files.ts).
        const size = 'size' in info ? info.size : statSync(localChild).size;
        children.push({ remotePath: remoteChild, localPath: localChild, size, ...(remoteNames?.has(entry.name) === false ? { targetAbsent: true } : {}) });
      }
    }
  };
  const makeRemoteFolder = async (path: string): Promise<boolean> => {
    try {
      await client.mkd(path);
      return true;
    } catch (error) {
      // 550 "File exists" (vsftpd, proftpd) is what an existing folder answers.
      if (!(error instanceof FtpPermanentError)) throw error;
      return false;
    }
  };
  // Undefined when the folder cannot be listed: then every file is probed as usual.
  const listNames = async (path: string): Promise<Set<string> | undefined> => {
    try {
      return new Set((await client.list(path)).map((entry) => entry.name));
    } catch (error) {
      if (!(error instanceof FtpPermanentError)) throw error;
      return undefined;
    }
  };
  await walk(localPath, remotePath, 0);
  return { status: 'expanded', children };
}

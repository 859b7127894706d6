import { FtpPermanentError } from '../ftp/errors.js';
import type { FileInfo } from '../ftp/list/file-info.js';
import type { IgnoreRules } from './ignore-rules.js';

/** A remote file as the listing showed it. */
export interface RemoteFile {
  readonly path: string;
  readonly size?: number;
  /** ms since the epoch as listed (before any time-offset correction). */
  readonly modified?: number;
  /** The time came from LIST (minute precision at best, server-local time). */
  readonly approximate: boolean;
}

/** The remote folder as listed, ignore rules applied (ignored remote names are protected, never deleted). */
export interface RemoteTree {
  readonly files: Map<string, RemoteFile>;
  readonly folders: Set<string>;
  /** Links and other non-files: never replaced or deleted. */
  readonly others: Set<string>;
  readonly ignored: string[];
  /** Ferry's own temporary upload names left by an interrupted publish (cleaned up, never "remote-only"). */
  readonly partials: string[];
}

/** `.name.ferry-part`: the temporary name of an atomic upload (electron/transfers/run-upload.ts). */
export const isUploadPartial = (name: string): boolean => /^\..+\.ferry-part$/.test(name);

/** What listing needs of a connection. */
export interface Lister {
  list(path?: string): Promise<FileInfo[]>;
}

/** Joins a remote folder and a relative path. */
export function remotePathOf(root: string, relative: string): string {
  if (relative === '') return root;
  return root.endsWith('/') ? `${root}${relative}` : `${root}/${relative}`;
}

// A listed name with a slash, NUL or dot-dot would point outside its folder (INTEROP "Injection").
const unsafeName = (name: string): boolean => name === '' || name === '.' || name === '..' || /[/\0\r\n]/.test(name);

/** Extra connections for listing a big tree in parallel (each closed by the caller of `open`'s owner). */
export interface MoreListers {
  /** How many extra connections at most. */
  readonly count: number;
  /** Opens one more logged-in connection; a failure just means fewer. */
  open(): Promise<Lister>;
}

function addEntries(tree: RemoteTree, folder: string, entries: readonly FileInfo[], rules: IgnoreRules, pending: string[]): void {
  for (const entry of entries) {
    if (unsafeName(entry.name)) continue;
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    const isDirectory = entry.type === 'directory';
    if (rules.matches(path, isDirectory)) {
      tree.ignored.push(isDirectory ? `${path}/` : path);
      continue;
    }
    if (isDirectory) {
      tree.folders.add(path);
      pending.push(path);
    } else if (entry.type === 'file' && isUploadPartial(entry.name)) {
      tree.partials.push(path);
    } else if (entry.type === 'file') {
      tree.files.set(path, {
        path,
        ...(entry.size === undefined ? {} : { size: entry.size }),
        ...(entry.modified === undefined ? {} : { modified: entry.modified.getTime() }),
        approximate: entry.modifiedApproximate === true,
      });
    } else tree.others.add(path);
  }
}

/**
 * Lists `root` and everything below it, one listing per folder, on `client` and — for a tree of several
 * folders — up to `more.count` extra connections at once. Undefined when the root itself cannot be listed
 * with a 5xx (it does not exist); a failing subfolder is an error, never "missing".
 */
export async function readRemoteTree(client: Lister, root: string, rules: IgnoreRules, more?: MoreListers): Promise<RemoteTree | undefined> {
  const tree: RemoteTree = { files: new Map(), folders: new Set(), others: new Set(), ignored: [], partials: [] };
  const pending: string[] = [];
  try {
    addEntries(tree, '', await client.list(root), rules, pending);
  } catch (error) {
    if (error instanceof FtpPermanentError) return undefined;
    throw error;
  }
  let active = 0;
  let waiting: Array<() => void> = [];
  const wakeAll = (): void => {
    const woken = waiting;
    waiting = [];
    for (const wake of woken) wake();
  };
  const work = async (lister: Lister): Promise<void> => {
    for (;;) {
      const folder = pending.shift();
      if (folder === undefined) {
        if (active === 0) return wakeAll();
        await new Promise<void>((resolve) => waiting.push(resolve));
        continue;
      }
      active += 1;
      try {
        addEntries(tree, folder, await lister.list(remotePathOf(root, folder)), rules, pending);
      } finally {
        active -= 1;
        wakeAll();
      }
    }
  };
  const extra = Math.min(more?.count ?? 0, Math.max(0, pending.length - 1));
  const helpers = Array.from({ length: extra }, async () => {
    const lister = await more?.open().catch(() => undefined);
    if (lister !== undefined) await work(lister);
  });
  await Promise.all([work(client), ...helpers]);
  return tree;
}

import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { appError } from '../../shared/errors.js';
import type { EntryKind, LocalEntry, LocalListing } from '../../shared/local-entry.js';
import { fail, ok, type Result } from '../../shared/result.js';
import { fsErrorToAppError } from './fs-errors.js';

/** What listLocalFolder needs from its surroundings. */
export interface LocalListDeps {
  /** Listed when no path is given (the user's home). */
  readonly homeDir: string;
}

const statBatch = 64;

/**
 * Lists a local folder for the local pane. Symlinks keep kind 'symlink' (so the pane can mark them) but carry
 * their target's size and mtime; a dangling link shows its own. Hidden means a dot-file: Node cannot read the
 * Windows hidden attribute without a native module. An entry that vanishes between readdir and lstat is
 * skipped; one that cannot be stat'ed is listed with size 0 and no date, so one bad entry never fails the folder.
 */
export async function listLocalFolder(path: string | undefined, deps: LocalListDeps): Promise<Result<LocalListing>> {
  if (path !== undefined && !isAbsolute(path)) {
    return fail(appError('INVALID_ARGUMENT', `Expected an absolute path, got: ${path}`));
  }
  const folder = resolve(path ?? deps.homeDir);
  let dirents: Dirent[];
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) return fail(appError('NOT_A_DIRECTORY', `Not a folder: ${folder}`));
    dirents = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    return fail(fsErrorToAppError(error, folder));
  }
  const entries: LocalEntry[] = [];
  for (let i = 0; i < dirents.length; i += statBatch) {
    const batch = await Promise.all(dirents.slice(i, i + statBatch).map((d) => describeEntry(folder, d)));
    for (const entry of batch) if (entry !== null) entries.push(entry);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const parent = dirname(folder);
  return ok({ path: folder, parent: parent === folder ? null : parent, entries });
}

async function describeEntry(folder: string, dirent: Dirent): Promise<LocalEntry | null> {
  const full = join(folder, dirent.name);
  const hidden = dirent.name.startsWith('.');
  let own: Stats;
  try {
    own = await lstat(full);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    return { name: dirent.name, kind: direntKind(dirent), size: 0, modified: null, hidden };
  }
  if (!own.isSymbolicLink()) {
    const kind = statsKind(own);
    return { name: dirent.name, kind, size: kind === 'file' ? own.size : 0, modified: own.mtimeMs, hidden };
  }
  const target = await stat(full).catch(() => null);
  const size = target?.isFile() === true ? target.size : 0;
  return { name: dirent.name, kind: 'symlink', size, modified: (target ?? own).mtimeMs, hidden };
}

function statsKind(stats: Stats): EntryKind {
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'directory';
  return 'other';
}

function direntKind(dirent: Dirent): EntryKind {
  if (dirent.isSymbolicLink()) return 'symlink';
  if (dirent.isFile()) return 'file';
  if (dirent.isDirectory()) return 'directory';
  return 'other';
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}

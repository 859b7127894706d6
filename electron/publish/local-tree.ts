import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { IgnoreRules } from './ignore-rules.js';

/** A local file to publish. */
export interface LocalFile {
  /** Relative, `/`-separated. */
  readonly path: string;
  readonly size: number;
  /** Modification time, ms since the epoch. */
  readonly modified: number;
}

/** The local folder, ignore rules applied. */
export interface LocalTree {
  readonly files: Map<string, LocalFile>;
  /** Every folder below the root (relative paths). */
  readonly folders: Set<string>;
  /** Ignored names (a folder counts once; its content is not read). */
  readonly ignored: string[];
  /** Names that could not be read (permissions, vanished, broken links). */
  readonly unreadable: string[];
  readonly rules: IgnoreRules;
}

/** The name of the ignore file at the top of a site's folder. */
export const ignoreFileName = '.ferryignore';

/** Loads `.ferryignore` (if any) with the default rules before it. */
export async function loadIgnoreRules(root: string): Promise<IgnoreRules> {
  try {
    return IgnoreRules.withDefaults(await readFile(join(root, ignoreFileName), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return IgnoreRules.withDefaults();
    throw error;
  }
}

/**
 * Walks `root` recursively. Symbolic links are followed (a linked folder once: loops are cut by real path);
 * dot-files are ordinary files. Throws only when `root` itself cannot be read.
 */
export async function readLocalTree(root: string): Promise<LocalTree> {
  const rules = await loadIgnoreRules(root);
  const tree: LocalTree = { files: new Map(), folders: new Set(), ignored: [], unreadable: [], rules };
  const seen = new Set<string>([await realpath(root)]);
  const walk = async (folder: string, prefix: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      const full = join(folder, entry.name);
      let info;
      try {
        info = await stat(full);
      } catch {
        tree.unreadable.push(path);
        continue;
      }
      const isDirectory = info.isDirectory();
      if (!isDirectory && !info.isFile()) continue;
      if (rules.matches(path, isDirectory)) {
        tree.ignored.push(isDirectory ? `${path}/` : path);
        continue;
      }
      if (!isDirectory) {
        tree.files.set(path, { path, size: info.size, modified: Math.floor(info.mtimeMs) });
        continue;
      }
      const real = await realpath(full).catch(() => full);
      if (seen.has(real)) continue;
      seen.add(real);
      tree.folders.add(path);
      try {
        await walk(full, path);
      } catch {
        tree.unreadable.push(`${path}/`);
      }
    }
  };
  await walk(root, '');
  return tree;
}

import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { TreeFixtures } from './transfer-fixtures.js';
import { sha256File } from './verify.js';

/** Every how many files the content is hashed too (plus the last one): 2000 files → 21 SHA-256 checks. */
const sampleEvery = 100;

/**
 * Throws unless `folder` holds exactly the tree's files (no more: a leftover `.part` or temporary upload name
 * fails too), each with its size, and a sample of them with the source's SHA-256 (all of them when `deep`).
 */
export async function expectSameTree(folder: string, tree: TreeFixtures, deep: boolean): Promise<void> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const found = new Set(entries.filter((e) => e.isFile()).map((e) => relative(folder, join(e.parentPath, e.name))));
  const missing = tree.files.filter((f) => !found.has(f.path));
  if (missing.length > 0 || found.size !== tree.files.length) {
    const extra = [...found].filter((p) => !tree.files.some((f) => f.path === p));
    throw new Error(`${folder}: ${found.size} files, expected ${tree.files.length} (missing ${missing.slice(0, 3).map((f) => f.path).join(', ') || 'none'}; extra ${extra.slice(0, 3).join(', ') || 'none'})`);
  }
  for (const [i, f] of tree.files.entries()) {
    const path = join(folder, f.path);
    const size = (await stat(path)).size;
    if (size !== f.size) throw new Error(`${path}: ${size} bytes, expected ${f.size}`);
    if (!deep && i % sampleEvery !== 0 && i !== tree.files.length - 1) continue;
    const [got, want] = await Promise.all([sha256File(path), sha256File(join(tree.sourcePath, f.path))]);
    if (got !== want) throw new Error(`${path}: SHA-256 differs from the source`);
  }
}

import { chown, copyFile, link, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { makeDirectory, type RunningServer } from '../test-support/ftp-servers/index.js';
import { smallName, type BenchFixtures } from './fixtures.js';

/** The issue-4 folder tree: the small files spread over nested folders, remote and as a local source. */
export interface TreeFixtures {
  /** Remote folder (in every server's root) the downloads mirror. */
  readonly remoteDir: string;
  /** Local copy of the tree: the upload source and the reference downloads are compared with. */
  readonly sourcePath: string;
  /** Every file's path relative to the tree's top, with its size. */
  readonly files: ReadonlyArray<{ readonly path: string; readonly size: number }>;
  /** Remote folder that holds one fresh target folder per upload run. */
  readonly uploadDir: string;
}

/**
 * Where file `index` goes: 4 top folders × 5 subfolders, and every 10th block of 20 files one or two levels up
 * (the root and each top folder get some), so the tree has files at three depths in 25 folders to list or
 * create (the shape of a small website or project).
 */
export function treePath(index: number): string {
  const top = `d${index % 4}`;
  const name = smallName(index);
  if (Math.floor(index / 20) % 10 === 9) return index % 8 < 4 ? name : `${top}/${name}`;
  return `${top}/s${Math.floor(index / 4) % 5}/${name}`;
}

async function linkOrCopy(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await link(from, to).catch(() => copyFile(from, to));
}

/**
 * Lays the existing small files out as a tree in every server root (hard links to `many/`, so no new data is
 * written) and once locally in the scratch folder; the upload targets go under `up/tree/`.
 */
export async function prepareTreeFixtures(servers: readonly RunningServer[], fx: BenchFixtures): Promise<TreeFixtures> {
  const remoteDir = 'tree';
  const uploadDir = `${fx.uploadDir}/tree`;
  const sourcePath = join(fx.scratch, 'tree-source');
  const files = Array.from({ length: fx.smallCount }, (_, i) => ({ path: treePath(i), size: fx.smallBytes }));
  for (const server of servers) {
    await makeDirectory(server, uploadDir);
    const folders = new Set(files.map((f) => dirname(join(remoteDir, f.path))));
    for (const folder of folders) await makeDirectory(server, folder);
    for (const [i, f] of files.entries()) {
      const target = join(server.root, remoteDir, f.path);
      await linkOrCopy(join(server.root, fx.smallDir, smallName(i)), target);
      await chown(target, server.owner.uid, server.owner.gid);
    }
  }
  const first = servers[0]!;
  for (const [i, f] of files.entries()) await linkOrCopy(join(first.root, fx.smallDir, smallName(i)), join(sourcePath, f.path));
  return { remoteDir, sourcePath, files, uploadDir };
}

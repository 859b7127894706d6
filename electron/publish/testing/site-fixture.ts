import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

/** A website of `count` files (pages, css, js, images in nested folders, a `.htaccess`), path → content. */
export function siteSpec(count: number, version = 'v1'): Map<string, string> {
  const files = new Map<string, string>([
    ['index.html', `<h1>home ${version}</h1>`],
    ['.htaccess', 'Options -Indexes\n'],
  ]);
  const folders = ['css', 'js', 'img', 'img/icons', 'blog/2024', 'blog/2025/posts'];
  for (let i = 0; files.size < count; i += 1) {
    const folder = folders[i % folders.length] ?? 'misc';
    // Sizes vary so a change of content usually changes the size as well.
    files.set(`${folder}/file-${i}.txt`, `${version} ${folder} ${i} ${'x'.repeat(i % 97)}\n`);
  }
  return files;
}

/** Writes files under `root`, all with the same modification time (`mtime`, seconds) unless undefined. */
export async function writeSite(root: string, files: ReadonlyMap<string, string | Uint8Array>, mtime?: number): Promise<void> {
  for (const [path, content] of files) {
    const target = join(root, ...path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
    if (mtime !== undefined) await utimes(target, mtime, mtime);
  }
}

/** Every file below `root` (relative `/` paths → content); names matching `skip` are left out. */
export async function readSite(root: string, skip: (path: string) => boolean = () => false): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      const path = relative(root, full).split(sep).join('/');
      if (skip(path)) continue;
      if (entry.isDirectory()) await walk(full);
      else if ((await stat(full)).isFile()) out.set(path, await readFile(full, 'utf8'));
    }
  };
  await walk(root);
  return out;
}

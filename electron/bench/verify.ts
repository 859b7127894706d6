import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** SHA-256 of a file, hex. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path, { highWaterMark: 1024 * 1024 }), hash);
  return hash.digest('hex');
}

/** Throws unless the file exists with exactly `size` bytes (and, when given, that SHA-256). */
export async function expectFile(path: string, size: number, sha256?: string): Promise<void> {
  const actual = await stat(path).then((s) => s.size, () => undefined);
  if (actual !== size) throw new Error(`${path}: ${actual === undefined ? 'missing' : `${actual} bytes`}, expected ${size}`);
  if (sha256 === undefined) return;
  const digest = await sha256File(path);
  if (digest !== sha256) throw new Error(`${path}: SHA-256 ${digest} differs from the source's ${sha256}`);
}

/**
 * Throws unless `folder` holds exactly the files of `source` with their sizes; with `compareContent`,
 * byte for byte too.
 */
export async function expectSameFolder(folder: string, source: string, compareContent: boolean): Promise<void> {
  const [names, wanted] = await Promise.all([readdir(folder).catch(() => []), readdir(source)]);
  if (names.length !== wanted.length) throw new Error(`${folder}: ${names.length} files, expected ${wanted.length}`);
  for (const name of wanted) {
    const expected = await stat(join(source, name));
    if (!compareContent) {
      await expectFile(join(folder, name), expected.size);
      continue;
    }
    const [got, want] = await Promise.all([readFile(join(folder, name)).catch(() => undefined), readFile(join(source, name))]);
    if (got === undefined || !got.equals(want)) throw new Error(`${join(folder, name)}: content differs from the source`);
  }
}

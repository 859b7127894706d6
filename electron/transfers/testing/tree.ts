import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Deterministic bytes for file `n` (sizes vary from 0 to ~`maxSize`), so a mix-up shows as a mismatch. */
export function contentFor(n: number, maxSize = 40_000): Buffer {
  const size = (n * 7919) % maxSize;
  const out = Buffer.alloc(size);
  let x = (n + 1) * 2654435761;
  for (let i = 0; i < size; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** `count` files spread over nested folders (`d0/d1/...`), relative path → content. */
export function treeSpec(count: number, maxSize?: number): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (let n = 0; n < count; n += 1) {
    const depth = n % 4;
    const parts = Array.from({ length: depth }, (_, level) => `dir${level}-${(n >> level) % 3}`);
    files.set([...parts, `file-${n}.bin`].join('/'), contentFor(n, maxSize));
  }
  return files;
}

/** Writes a tree spec under `root` with `write` (plain writeFile, or the harness's writeFixture). */
export async function writeTree(
  root: string,
  files: ReadonlyMap<string, Buffer>,
  write: (rel: string, content: Buffer) => Promise<unknown> = async (rel, content) => {
    await mkdir(join(root, rel, '..'), { recursive: true });
    await writeFile(join(root, rel), content);
  },
): Promise<void> {
  for (const [rel, content] of files) await write(rel, content);
}

/** Every file under `root`, relative path (with `/`) → content. */
export async function readTree(root: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else out.set(relative(root, path).split('\\').join('/'), await readFile(path));
    }
  };
  await walk(root);
  return out;
}

/** Paths whose content differs, is missing or is extra: empty when the trees are byte-identical. */
export function treeDifferences(expected: ReadonlyMap<string, Buffer>, actual: ReadonlyMap<string, Buffer>): string[] {
  const problems: string[] = [];
  for (const [rel, content] of expected) {
    const got = actual.get(rel);
    if (got === undefined) problems.push(`missing ${rel}`);
    else if (!got.equals(content)) problems.push(`differs ${rel} (${got.length} vs ${content.length} bytes)`);
  }
  for (const rel of actual.keys()) if (!expected.has(rel)) problems.push(`extra ${rel}`);
  return problems;
}

import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFile, expectSameFolder } from './verify.js';

let dir: string;
const content = Buffer.from('ferry bench content');
const sha = createHash('sha256').update(content).digest('hex');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ferry-bench-verify-'));
  await writeFile(join(dir, 'file.bin'), content);
  for (const folder of ['source', 'same', 'changed', 'short']) await mkdir(join(dir, folder));
  for (const name of ['a', 'b']) {
    await writeFile(join(dir, 'source', name), `${name}-data`);
    await writeFile(join(dir, 'same', name), `${name}-data`);
    await writeFile(join(dir, 'changed', name), `${name}-DATA`);
  }
  await writeFile(join(dir, 'short', 'a'), 'a-data');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('expectFile', () => {
  it.each([
    { name: 'file.bin', size: content.length, sha256: sha, error: undefined },
    { name: 'file.bin', size: content.length, sha256: undefined, error: undefined },
    { name: 'file.bin', size: content.length + 1, sha256: undefined, error: /bytes, expected/ },
    { name: 'file.bin', size: content.length, sha256: '0'.repeat(64), error: /SHA-256/ },
    { name: 'missing.bin', size: 1, sha256: undefined, error: /missing/ },
  ])('$name, $size bytes, sha $sha256', async ({ name, size, sha256, error }) => {
    const check = expectFile(join(dir, name), size, sha256);
    if (error === undefined) await expect(check).resolves.toBeUndefined();
    else await expect(check).rejects.toThrow(error);
  });
});

describe('expectSameFolder', () => {
  it.each([
    { folder: 'same', content: true, error: undefined },
    { folder: 'changed', content: false, error: undefined },
    { folder: 'changed', content: true, error: /content differs/ },
    { folder: 'short', content: false, error: /1 files, expected 2/ },
  ])('$folder with content check $content', async ({ folder, content: compare, error }) => {
    const check = expectSameFolder(join(dir, folder), join(dir, 'source'), compare);
    if (error === undefined) await expect(check).resolves.toBeUndefined();
    else await expect(check).rejects.toThrow(error);
  });
});

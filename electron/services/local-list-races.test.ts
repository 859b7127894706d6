import type * as fs from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listLocalFolder } from './local-list.js';

// Entries that change under the listing (deleted, locked) between readdir and lstat: real races are not
// reproducible, so lstat fails on cue for two names.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  const failWith = (code: string) => Object.assign(new Error(code), { code });
  return {
    ...real,
    lstatSync: (path: string) => {
      if (basename(path) === 'vanished.txt') throw failWith('ENOENT');
      if (basename(path) === 'locked.txt') throw failWith('EACCES');
      return real.lstatSync(path);
    },
  };
});

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ferry-local-races-'));
  for (const name of ['ok.txt', 'vanished.txt', 'locked.txt']) await writeFile(join(root, name), 'x');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('listLocalFolder when entries misbehave', () => {
  it('skips an entry that vanished and lists one it cannot stat without size or date', async () => {
    const result = await listLocalFolder(root, { homeDir: root });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.entries).toEqual([
      { name: 'locked.txt', kind: 'file', size: 0, modified: null, hidden: false },
      { name: 'ok.txt', kind: 'file', size: 1, modified: expect.any(Number), hidden: false, mode: expect.any(Number) },
    ]);
  });
});

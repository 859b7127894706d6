import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeLocalFolder } from './local-mkdir.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'ferry-local-mkdir-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('makeLocalFolder', () => {
  it('creates the folder and answers its path', async () => {
    const result = await makeLocalFolder(root, 'assets');
    expect(result).toEqual({ ok: true, value: { path: join(root, 'assets') } });
    expect((await stat(join(root, 'assets'))).isDirectory()).toBe(true);
  });

  it.each([
    ['a folder', async (path: string) => mkdir(path)],
    ['a file', async (path: string) => writeFile(path, 'keep me')],
  ])('refuses a name already taken by %s and leaves it alone', async (_label, make) => {
    await make(join(root, 'taken'));
    const result = await makeLocalFolder(root, 'taken');
    expect(result).toMatchObject({ ok: false, error: { code: 'ALREADY_EXISTS', message: expect.stringContaining('“taken” already exists') } });
    expect(await readdir(root)).toEqual(['taken']);
  });

  it.each(['a/b', '../escape', '..', '.', 'back\\slash', 'line\nbreak', 'nul\0', ''])('refuses the name %j without touching the disk', async (name) => {
    const result = await makeLocalFolder(join(root, 'inner'), name);
    expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_ARGUMENT');
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses a relative folder', async () => {
    const result = await makeLocalFolder('relative/folder', 'x');
    expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_ARGUMENT');
  });

  it('says NOT_FOUND when the folder is gone', async () => {
    const result = await makeLocalFolder(join(root, 'missing'), 'x');
    expect(result.ok ? 'ok' : result.error.code).toBe('NOT_FOUND');
  });

  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('says ACCESS_DENIED in a read-only folder', async () => {
    const locked = join(root, 'locked');
    await mkdir(locked, { mode: 0o555 });
    const result = await makeLocalFolder(locked, 'x');
    expect(result.ok ? 'ok' : result.error.code).toBe('ACCESS_DENIED');
  });
});

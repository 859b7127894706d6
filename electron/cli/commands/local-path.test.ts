import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StepError } from '../error-message.js';
import { displayPath, downloadTarget } from './local-path.js';

describe('downloadTarget', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'ferry-target-'));
    await mkdir(join(cwd, 'folder'));
  });
  afterAll(() => rm(cwd, { recursive: true, force: true }));

  it.each([
    ['no LOCAL: the remote name here', undefined, 'a.bin'],
    ['a file name', 'b.bin', 'b.bin'],
    ['an existing folder', 'folder', 'folder/a.bin'],
    ['a folder written with a slash', 'folder/', 'folder/a.bin'],
    ['a new name inside a folder', 'folder/c.bin', 'folder/c.bin'],
  ])('%s', async (_label, local, expected) => {
    expect(await downloadTarget(cwd, local, 'a.bin')).toBe(join(cwd, expected));
  });

  it('refuses a folder that does not exist', async () => {
    await expect(downloadTarget(cwd, 'missing/x.bin', 'a.bin')).rejects.toThrow(StepError);
    await expect(downloadTarget(cwd, 'missing/', 'a.bin')).rejects.toMatchObject({ context: 'cannot write missing/a.bin' });
  });
});

describe('displayPath', () => {
  it.each([
    ['/home/me', '/home/me/a.txt', 'a.txt'],
    ['/home/me', '/home/me', '.'],
    ['/home/me', '/tmp/a.txt', '/tmp/a.txt'],
  ])('from %s shows %s as %s', (cwd, path, expected) => {
    expect(displayPath(cwd, path)).toBe(expected);
  });
});

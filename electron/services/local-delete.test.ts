import { lstat, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteLocalEntry } from './local-delete.js';

let root: string;
let outside: string;

const exists = (path: string) => lstat(path).then(() => true, () => false);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'ferry-local-delete-'));
  // A folder outside the one we delete in, reachable only through links.
  outside = await mkdtemp(join(tmpdir(), 'ferry-local-delete-outside-'));
  await writeFile(join(outside, 'precious.txt'), 'keep');
  await mkdir(join(outside, 'sub'));
  await writeFile(join(outside, 'sub', 'deep.txt'), 'keep too');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('deleteLocalEntry', () => {
  it('deletes a file', async () => {
    await writeFile(join(root, 'a.txt'), 'a');
    expect(await deleteLocalEntry(join(root, 'a.txt'))).toEqual({ ok: true, value: {} });
    expect(await readdir(root)).toEqual([]);
  });

  it('deletes a folder with everything inside', async () => {
    await mkdir(join(root, 'site', 'css', 'deep'), { recursive: true });
    await writeFile(join(root, 'site', 'index.html'), '<p>');
    await writeFile(join(root, 'site', 'css', 'deep', 'x.css'), 'x');
    expect((await deleteLocalEntry(join(root, 'site'))).ok).toBe(true);
    expect(await readdir(root)).toEqual([]);
  });

  it('deleting a folder that holds links to a folder and a file outside leaves those untouched', async () => {
    await mkdir(join(root, 'site'));
    await symlink(outside, join(root, 'site', 'link-to-folder'));
    await symlink(join(outside, 'precious.txt'), join(root, 'site', 'link-to-file'));
    expect((await deleteLocalEntry(join(root, 'site'))).ok).toBe(true);
    expect(await exists(join(root, 'site'))).toBe(false);
    expect(await readFile(join(outside, 'precious.txt'), 'utf8')).toBe('keep');
    expect(await readFile(join(outside, 'sub', 'deep.txt'), 'utf8')).toBe('keep too');
  });

  it('deletes a link to a folder, never the folder it points at', async () => {
    await symlink(outside, join(root, 'shortcut'));
    expect((await deleteLocalEntry(join(root, 'shortcut'))).ok).toBe(true);
    expect(await exists(join(root, 'shortcut'))).toBe(false);
    expect((await readdir(outside)).sort()).toEqual(['precious.txt', 'sub']);
  });

  it('deletes a link given with a trailing slash as the link itself', async () => {
    await symlink(outside, join(root, 'shortcut'));
    expect((await deleteLocalEntry(`${join(root, 'shortcut')}/`)).ok).toBe(true);
    expect(await exists(join(root, 'shortcut'))).toBe(false);
    expect((await readdir(outside)).sort()).toEqual(['precious.txt', 'sub']);
  });

  it('deletes a dangling link', async () => {
    await symlink(join(root, 'nowhere'), join(root, 'dangling'));
    expect((await deleteLocalEntry(join(root, 'dangling'))).ok).toBe(true);
    expect(await readdir(root)).toEqual([]);
  });

  it.each([
    ['a missing entry', () => join(root, 'missing'), 'NOT_FOUND'],
    ['a relative path', () => 'site', 'INVALID_ARGUMENT'],
    ['the root', () => '/', 'INVALID_ARGUMENT'],
    ['the root spelled with dots', () => join(root, '..', '..', '..', '..', '..', '..', '..', '..'), 'INVALID_ARGUMENT'],
  ])('refuses %s', async (_label, path, code) => {
    const result = await deleteLocalEntry(path());
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });

  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('says ACCESS_DENIED for a file in a read-only folder', async () => {
    const locked = join(root, 'locked');
    await mkdir(locked);
    await writeFile(join(locked, 'f.txt'), 'f');
    await import('node:fs/promises').then((fs) => fs.chmod(locked, 0o555));
    const result = await deleteLocalEntry(join(locked, 'f.txt'));
    await import('node:fs/promises').then((fs) => fs.chmod(locked, 0o755));
    expect(result.ok ? 'ok' : result.error.code).toBe('ACCESS_DENIED');
    expect(await exists(join(locked, 'f.txt'))).toBe(true);
  });
});

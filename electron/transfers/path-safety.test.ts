import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertRealParentInside, isInside, safeLocalChild, unsafeNameReason } from './path-safety.js';

describe('unsafeNameReason', () => {
  it.each([
    ['', 'empty'],
    ['.', 'directory itself'],
    ['..', 'directory itself'],
    ['../etc', '"/"'],
    ['a/b', '"/"'],
    ['..\\x', '"\\"'],
    ['a\\b', '"\\"'],
    ['bad\0name', 'NUL'],
    ['C:evil', 'drive letter'],
  ])('refuses %j (%s)', (name, reason) => {
    expect(unsafeNameReason(name)).toContain(reason);
  });

  it.each(['file.txt', '.htaccess', '..hidden', 'a..b', 'ünï cødé', 'name with spaces'])('accepts %j', (name) => {
    expect(unsafeNameReason(name)).toBeUndefined();
  });
});

describe('isInside / safeLocalChild', () => {
  it.each([
    ['/t', '/t/a', true],
    ['/t', '/t', true],
    ['/t', '/t/../u', false],
    ['/t', '/tx/a', false],
    ['/t', '/', false],
  ])('isInside(%s, %s) = %s', (root, candidate, expected) => {
    expect(isInside(root, candidate)).toBe(expected);
  });

  it('joins a safe name and refuses a traversal with PATH_UNSAFE', () => {
    expect(safeLocalChild('/t', '/t/sub', 'f')).toBe(join('/t/sub', 'f'));
    expect(() => safeLocalChild('/t', '/t', '..')).toThrow(expect.objectContaining({ code: 'PATH_UNSAFE' }));
    expect(() => safeLocalChild('/t', '/t', '../../etc/passwd')).toThrow(/Refused the remote name/);
  });
});

describe('assertRealParentInside', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('refuses a write through a link that points outside the target', async () => {
    const base = await mkdtemp(join(tmpdir(), 'ferry-ps-'));
    dirs.push(base);
    await mkdir(join(base, 'target'));
    await mkdir(join(base, 'outside'));
    await symlink(join(base, 'outside'), join(base, 'target', 'link'));
    await expect(assertRealParentInside(join(base, 'target'), join(base, 'target', 'ok.txt'))).resolves.toBeUndefined();
    await expect(assertRealParentInside(join(base, 'target'), join(base, 'target', 'link', 'x.txt'))).rejects.toMatchObject({ code: 'PATH_UNSAFE' });
  });
});

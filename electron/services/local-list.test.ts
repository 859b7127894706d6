import { chmod, mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalEntry } from '../../shared/local-entry.js';
import { listLocalFolder } from './local-list.js';

let root: string;
const mtime = new Date('2024-03-01T12:00:00Z');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ferry-local-list-'));
  await writeFile(join(root, 'index.html'), 'x'.repeat(1234));
  await writeFile(join(root, '.htaccess'), 'Deny from all\n');
  await mkdir(join(root, 'images'));
  await mkdir(join(root, '.git'));
  await utimes(join(root, 'index.html'), mtime, mtime);
  await symlink(join(root, 'index.html'), join(root, 'home.html'));
  await symlink(join(root, 'images'), join(root, 'pics'));
  await symlink(join(root, 'nowhere'), join(root, 'dangling'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const byName = (entries: readonly LocalEntry[], name: string) => entries.find((e) => e.name === name);

describe('listLocalFolder', () => {
  it.each([
    ['index.html', { kind: 'file', size: 1234, hidden: false, modified: mtime.getTime() }],
    ['.htaccess', { kind: 'file', size: 14, hidden: true }],
    ['images', { kind: 'directory', size: 0, hidden: false }],
    ['.git', { kind: 'directory', hidden: true }],
    ['home.html', { kind: 'symlink', size: 1234, modified: mtime.getTime() }],
    ['pics', { kind: 'symlink', size: 0 }],
    ['dangling', { kind: 'symlink', size: 0 }],
  ])('describes %s', async (name, expected) => {
    const result = await listLocalFolder(root, { homeDir: '/nonexistent' });
    if (!result.ok) throw new Error(result.error.message);
    expect(byName(result.value.entries, name)).toMatchObject(expected);
  });

  it('lists every entry once, sorted by name, with the folder and its parent', async () => {
    const result = await listLocalFolder(root, { homeDir: '/nonexistent' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.path).toBe(root);
    expect(result.value.parent).toBe(join(root, '..'));
    expect(result.value.entries.map((e) => e.name)).toEqual(
      ['.git', '.htaccess', 'dangling', 'home.html', 'images', 'index.html', 'pics'],
    );
    for (const entry of result.value.entries) expect(entry.modified).toBeGreaterThan(0);
  });

  it.skipIf(process.platform === 'win32')('carries the permission bits, a link\'s from its target', async () => {
    await writeFile(join(root, 'run.sh'), '#!/bin/sh\n', { mode: 0o750 });
    await chmod(join(root, 'run.sh'), 0o750);
    await symlink(join(root, 'run.sh'), join(root, 'run-link'));
    const result = await listLocalFolder(root, { homeDir: root });
    await rm(join(root, 'run.sh'));
    await rm(join(root, 'run-link'));
    if (!result.ok) throw new Error(result.error.message);
    expect(byName(result.value.entries, 'run.sh')?.mode).toBe(0o750);
    expect(byName(result.value.entries, 'run-link')?.mode).toBe(0o750);
  });

  it('lists the home folder when no path is given', async () => {
    const result = await listLocalFolder(undefined, { homeDir: join(root, 'images') });
    expect(result).toEqual({ ok: true, value: { path: join(root, 'images'), parent: root, entries: [] } });
  });

  it('has no parent at the root', async () => {
    const result = await listLocalFolder('/', { homeDir: root });
    expect(result.ok && result.value.parent).toBe(null);
  });

  it('enters a symlinked folder under the link\'s own path', async () => {
    const result = await listLocalFolder(join(root, 'pics'), { homeDir: root });
    expect(result.ok && result.value.path).toBe(join(root, 'pics'));
  });

  it.each([
    ['a missing path', () => join(root, 'missing'), 'NOT_FOUND'],
    ['a file', () => join(root, 'index.html'), 'NOT_A_DIRECTORY'],
    ['a path through a file', () => join(root, 'index.html', 'sub'), 'NOT_A_DIRECTORY'],
    ['a dangling link', () => join(root, 'dangling'), 'NOT_FOUND'],
    ['a relative path', () => 'images', 'INVALID_ARGUMENT'],
  ])('refuses %s', async (_label, path, code) => {
    const result = await listLocalFolder(path(), { homeDir: root });
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable folder as ACCESS_DENIED', async () => {
    const locked = join(root, 'locked');
    await mkdir(locked, { mode: 0o000 });
    const result = await listLocalFolder(locked, { homeDir: root });
    await rm(locked, { recursive: true, force: true });
    expect(result.ok ? 'ok' : result.error.code).toBe('ACCESS_DENIED');
  });
});

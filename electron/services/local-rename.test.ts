import { lstat, mkdir, mkdtemp, readFile, readdir, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renameLocalEntry } from './local-rename.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'ferry-local-rename-'));
  await writeFile(join(root, 'draft.txt'), 'draft');
  await writeFile(join(root, 'final.txt'), 'final');
  await mkdir(join(root, 'docs'));
  await writeFile(join(root, 'docs', 'inside.txt'), 'inside');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('renameLocalEntry', () => {
  it('renames a file in its folder and answers the new path', async () => {
    const result = await renameLocalEntry(join(root, 'draft.txt'), 'notes.txt');
    expect(result).toEqual({ ok: true, value: { path: join(root, 'notes.txt') } });
    expect(await readFile(join(root, 'notes.txt'), 'utf8')).toBe('draft');
    expect((await readdir(root)).sort()).toEqual(['docs', 'final.txt', 'notes.txt']);
  });

  it('renames a folder with its content', async () => {
    const result = await renameLocalEntry(join(root, 'docs'), 'manual');
    expect(result.ok).toBe(true);
    expect(await readFile(join(root, 'manual', 'inside.txt'), 'utf8')).toBe('inside');
  });

  it('renames a link, not what it points at', async () => {
    await symlink(join(root, 'docs'), join(root, 'shortcut'));
    expect((await renameLocalEntry(join(root, 'shortcut'), 'pointer')).ok).toBe(true);
    expect(await readlink(join(root, 'pointer'))).toBe(join(root, 'docs'));
    expect((await lstat(join(root, 'docs'))).isDirectory()).toBe(true);
  });

  it.each([
    ['a file onto a file', 'draft.txt', 'final.txt'],
    ['a file onto a folder', 'draft.txt', 'docs'],
    ['a folder onto a file', 'docs', 'final.txt'],
  ])('refuses to overwrite: %s', async (_label, from, to) => {
    const result = await renameLocalEntry(join(root, from), to);
    expect(result).toMatchObject({ ok: false, error: { code: 'ALREADY_EXISTS', message: expect.stringContaining(`“${to}” already exists`) } });
    expect(await readFile(join(root, 'final.txt'), 'utf8')).toBe('final');
    expect(await readFile(join(root, 'draft.txt'), 'utf8')).toBe('draft');
    expect(await readFile(join(root, 'docs', 'inside.txt'), 'utf8')).toBe('inside');
  });

  it.each(['docs/moved.txt', '../escaped.txt', '..', '.', 'a\\b', 'two\nlines', ''])('refuses the new name %j (same folder only)', async (name) => {
    const result = await renameLocalEntry(join(root, 'draft.txt'), name);
    expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_ARGUMENT');
    expect(await readFile(join(root, 'draft.txt'), 'utf8')).toBe('draft');
    expect(await readdir(join(root, 'docs'))).toEqual(['inside.txt']);
  });

  it('is a no-op when the name does not change', async () => {
    expect(await renameLocalEntry(join(root, 'draft.txt'), 'draft.txt')).toEqual({ ok: true, value: { path: join(root, 'draft.txt') } });
  });

  it.each([
    ['a missing entry', () => join(root, 'missing.txt'), 'NOT_FOUND'],
    ['a relative path', () => 'draft.txt', 'INVALID_ARGUMENT'],
    ['the root', () => '/', 'INVALID_ARGUMENT'],
  ])('refuses %s', async (_label, path, code) => {
    const result = await renameLocalEntry(path(), 'other');
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });
});

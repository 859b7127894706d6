import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeLocalMode } from './local-chmod.js';

let root: string;
const modeOf = async (path: string) => (await stat(path)).mode & 0o7777;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'ferry-local-chmod-'));
  await writeFile(join(root, 'deploy.sh'), '#!/bin/sh\n', { mode: 0o600 });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('changeLocalMode on POSIX', () => {
  it.each([
    ['755', 0o755],
    ['644', 0o644],
    ['0750', 0o750],
  ])('sets %s', async (mode, expected) => {
    expect(await changeLocalMode(join(root, 'deploy.sh'), mode, 'linux')).toEqual({ ok: true, value: {} });
    expect(await modeOf(join(root, 'deploy.sh'))).toBe(expected);
  });

  it.each(['888', '75', 'rwx', '77777'])('refuses the mode %j and changes nothing', async (mode) => {
    const result = await changeLocalMode(join(root, 'deploy.sh'), mode, 'linux');
    expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_ARGUMENT');
    expect(await modeOf(join(root, 'deploy.sh'))).toBe(0o600);
  });

  it('says NOT_FOUND for a missing file', async () => {
    const result = await changeLocalMode(join(root, 'missing'), '644', 'linux');
    expect(result.ok ? 'ok' : result.error.code).toBe('NOT_FOUND');
  });
});

describe('changeLocalMode on Windows', () => {
  it('says NOT_SUPPORTED in plain words and touches nothing', async () => {
    const result = await changeLocalMode(join(root, 'deploy.sh'), '755', 'win32');
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED', message: expect.stringContaining('Windows') } });
    if (process.platform !== 'win32') expect(await modeOf(join(root, 'deploy.sh'))).toBe(0o600);
  });
});

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-runtime.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'ferry-runtime-'));
  await mkdir(join(root, 'node_modules', 'electron', 'dist'), { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('findElectronBinary', () => {
  it('is null without path.txt (download skipped)', () => {
    expect(findElectronBinary(root)).toBe(null);
  });

  it('is null when path.txt names a binary that is not there', async () => {
    await writeFile(join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    expect(findElectronBinary(root)).toBe(null);
  });

  it('is the binary path.txt names under dist/', async () => {
    await writeFile(join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    await writeFile(join(root, 'node_modules', 'electron', 'dist', 'electron'), '');
    expect(findElectronBinary(root)).toBe(join(root, 'node_modules', 'electron', 'dist', 'electron'));
  });
});

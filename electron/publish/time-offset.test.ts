import { describe, expect, it } from 'vitest';
import { detectListOffset, offsetFromTimes } from './time-offset.js';
import type { RemoteFile } from './remote-tree.js';

const minute = 60_000;
const exact = Date.UTC(2026, 10, 20, 9, 41, 37);
const truncated = Date.UTC(2026, 10, 20, 9, 41);

describe('offsetFromTimes', () => {
  it.each([
    ['UTC server', truncated, 0],
    ['UTC+2', truncated + 120 * minute, 120],
    ['UTC-5', truncated - 300 * minute, -300],
    ['UTC+5:45 (Nepal)', truncated + 345 * minute, 345],
  ])('%s', (_name, listed, offset) => {
    expect(offsetFromTimes(listed, exact)).toBe(offset);
  });
});

describe('detectListOffset', () => {
  const files = (modified: number): { files: Map<string, RemoteFile> } => ({
    files: new Map([
      ['old.txt', { path: 'old.txt', size: 1, modified: modified - 10 * 86_400_000, approximate: true }],
      ['new.txt', { path: 'new.txt', size: 1, modified, approximate: true }],
    ]),
  });

  it('asks MDTM about the newest file and compares', async () => {
    const asked: string[] = [];
    const client = { mdtm: async (path: string) => (asked.push(path), new Date(exact)) };
    expect(await detectListOffset(client, '/www', files(truncated + 60 * minute), exact)).toBe(60);
    expect(asked).toEqual(['/www/new.txt']);
  });

  it('gives up without MDTM or without a recent file', async () => {
    const failing = { mdtm: async () => Promise.reject(new Error('500 unknown command')) };
    expect(await detectListOffset(failing, '/', files(truncated), exact)).toBeUndefined();
    const client = { mdtm: async () => new Date(exact) };
    expect(await detectListOffset(client, '/', files(truncated - 400 * 86_400_000), exact)).toBeUndefined();
    expect(await detectListOffset(client, '/', { files: new Map() }, exact)).toBeUndefined();
  });
});

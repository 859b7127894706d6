import { describe, expect, it } from 'vitest';
import type { FerryBridge } from '../../../shared/ipc-contract.js';
import type { FileRow } from './file-row.js';
import { toRows } from './file-row.js';
import { checkLocalEntryName, deleteLocalEntries, rowAfterDelete } from './local-actions.js';

describe('checkLocalEntryName', () => {
  it.each([
    ['docs', null],
    ['  docs  ', null],
    ['  ', 'Enter a name.'],
    ['..', 'That name is reserved.'],
    ['a/b', 'A name cannot contain “/”, “\\” or line breaks.'],
    ['a\\b', 'A name cannot contain “/”, “\\” or line breaks.'],
    ['a\nb', 'A name cannot contain “/”, “\\” or line breaks.'],
    ['taken', '“taken” already exists here.'],
  ])('%j → %j', (name, problem) => {
    expect(checkLocalEntryName(name, ['taken'])).toBe(problem);
  });

  it('allows keeping the current name while renaming', () => {
    expect(checkLocalEntryName('taken', ['taken'], 'taken')).toBeNull();
  });
});

describe('deleteLocalEntries', () => {
  it('deletes each item by its full path and reports each outcome', async () => {
    const calls: string[] = [];
    const bridge = {
      invoke: async (channel: string, payload: { path: string }) => {
        calls.push(`${channel} ${payload.path}`);
        if (payload.path.endsWith('locked')) return { ok: false, error: { code: 'ACCESS_DENIED', message: 'Access denied: /home/ann/locked' } };
        if (payload.path.endsWith('broken')) throw new Error('socket closed');
        return { ok: true, value: {} };
      },
    } as unknown as FerryBridge;
    const outcomes = await deleteLocalEntries(bridge, '/home/ann', [
      { name: 'site', folder: true },
      { name: 'locked', folder: false },
      { name: 'broken', folder: false },
      { name: 'a.txt', folder: false },
    ]);
    expect(calls).toEqual(['local:delete /home/ann/site', 'local:delete /home/ann/locked', 'local:delete /home/ann/broken', 'local:delete /home/ann/a.txt']);
    expect(outcomes).toEqual([
      { name: 'site' },
      { name: 'locked', error: { code: 'ACCESS_DENIED', message: 'Access denied: /home/ann/locked' } },
      { name: 'broken', error: expect.objectContaining({ code: 'INTERNAL' }) },
      { name: 'a.txt' },
    ]);
  });

  it('joins Windows paths with a backslash', async () => {
    const paths: string[] = [];
    const bridge = { invoke: async (_channel: string, payload: { path: string }) => (paths.push(payload.path), { ok: true, value: {} }) } as unknown as FerryBridge;
    await deleteLocalEntries(bridge, 'C:\\Users\\ann', [{ name: 'old', folder: true }]);
    expect(paths).toEqual(['C:\\Users\\ann\\old']);
  });
});

describe('rowAfterDelete', () => {
  const entry = (name: string): Omit<FileRow, 'key'> => ({ name, kind: 'file', size: 0, modified: null, hidden: false });
  const rows = toRows(['a', 'b', 'c', 'd'].map(entry), true);

  it.each([
    [['b'], 'c'],
    [['b', 'c'], 'd'],
    [['a', 'c'], 'd'],
    [['d'], 'c'],
    [['c', 'd'], 'b'],
    [['a', 'b', 'c', 'd'], null],
    [['missing'], null],
  ])('after deleting %j lands on %j', (names, expected) => {
    expect(rowAfterDelete(rows, names)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import type { FerryBridge } from '../../../shared/ipc-contract.js';
import { checkEntryName, deleteEntries } from './remote-actions.js';

describe('checkEntryName', () => {
  it.each([
    ['docs', null],
    ['  ', 'Enter a name.'],
    ['..', 'That name is reserved.'],
    ['a/b', 'A name cannot contain “/” or line breaks.'],
    ['a\nb', 'A name cannot contain “/” or line breaks.'],
    ['taken', '“taken” already exists here.'],
  ])('%j → %j', (name, problem) => {
    expect(checkEntryName(name, ['taken'])).toBe(problem);
  });

  it('allows keeping the current name while renaming', () => {
    expect(checkEntryName('taken', ['taken'], 'taken')).toBeNull();
  });
});

describe('deleteEntries', () => {
  function fakeBridge(folders: Record<string, string[]>, failing: string[] = []) {
    const calls: string[] = [];
    const bridge = {
      invoke: async (channel: string, payload: { path: string }) => {
        calls.push(`${channel} ${payload.path}`);
        if (channel === 'remote:list') {
          const names = folders[payload.path] ?? [];
          return { ok: true, value: { path: payload.path, parent: '/', strings: [], rows: names.map((name) => [name, 'file', 0, null, -1, null, -1, -1, null]) } };
        }
        if (failing.includes(payload.path)) return { ok: false, error: { code: 'FTP_PERMANENT', message: 'no', detail: '550 Permission denied.' } };
        return { ok: true, value: {} };
      },
      on: () => () => undefined,
      ready: () => undefined,
    } as unknown as FerryBridge;
    return { bridge, calls };
  }

  it('deletes files, removes empty folders and leaves full ones alone', async () => {
    const { bridge, calls } = fakeBridge({ '/site/empty': [], '/site/full': ['index.html'] }, ['/site/locked.txt']);
    const outcomes = await deleteEntries(bridge, 's1', '/site', [
      { name: 'a.txt', folder: false },
      { name: 'empty', folder: true },
      { name: 'full', folder: true },
      { name: 'locked.txt', folder: false },
    ]);
    expect(calls).toEqual([
      'remote:delete /site/a.txt',
      'remote:list /site/empty',
      'remote:rmdir /site/empty',
      'remote:list /site/full',
      'remote:delete /site/locked.txt',
    ]);
    expect(outcomes).toEqual([
      { name: 'a.txt' },
      { name: 'empty' },
      { name: 'full', notEmpty: true },
      { name: 'locked.txt', error: expect.objectContaining({ code: 'FTP_PERMANENT' }) },
    ]);
  });
});

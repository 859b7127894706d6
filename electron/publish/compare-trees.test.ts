import { describe, expect, it } from 'vitest';
import { compareTrees, deleteOrder } from './compare-trees.js';
import { IgnoreRules } from './ignore-rules.js';
import type { LocalTree } from './local-tree.js';
import type { RemoteTree } from './remote-tree.js';

const rules = { setsTimes: true, listOffsetMinutes: 0 };
const localTree = (files: string[], folders: string[]): LocalTree => ({
  files: new Map(files.map((path) => [path, { path, size: 10, modified: 1000 }])),
  folders: new Set(folders),
  ignored: [],
  unreadable: [],
  rules: IgnoreRules.withDefaults(),
});
const remoteTree = (files: string[], folders: string[], others: string[] = [], ignored: string[] = []): RemoteTree => ({
  files: new Map(files.map((path) => [path, { path, size: 10, modified: 1000, approximate: false }])),
  folders: new Set(folders),
  others: new Set(others),
  ignored,
  partials: [],
});

describe('compareTrees', () => {
  it('sorts new folders parents first and lists new, unchanged and remote-only names', () => {
    const result = compareTrees(
      localTree(['index.html', 'a/b/c/x.txt', 'a/y.txt', 'z/q.txt'], ['a', 'a/b', 'a/b/c', 'z']),
      remoteTree(['index.html', 'old.txt', 'gone/g.txt'], ['a', 'gone']),
      {},
      rules,
    );
    expect(result.folders).toEqual(['z', 'a/b', 'a/b/c']);
    expect(result.uploads.map((u) => [u.path, u.reason])).toEqual([
      ['a/b/c/x.txt', 'new'],
      ['a/y.txt', 'new'],
      ['z/q.txt', 'new'],
    ]);
    expect(result.unchanged).toEqual(['index.html']);
    expect(result.remoteOnly).toEqual([
      { path: 'gone/g.txt', folder: false },
      { path: 'old.txt', folder: false },
      { path: 'gone', folder: true },
    ]);
  });

  it('creates the root first when the remote folder does not exist', () => {
    expect(compareTrees(localTree(['a/x'], ['a']), undefined, {}, rules).folders).toEqual(['', 'a']);
  });

  it('leaves a name that is a file on one side and a folder or link on the other alone', () => {
    const result = compareTrees(localTree(['docs', 'img/a.png', 'link'], ['img']), remoteTree(['img'], ['docs'], ['link']), {}, rules);
    expect(result.uploads).toEqual([]);
    expect(result.folders).toEqual([]);
    expect(result.remoteOnly).toEqual([]);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'type-conflict', paths: ['docs', 'img', 'link'] })]);
  });

  it('takes ignored litter inside a folder gone locally along, and protects it elsewhere', () => {
    const result = compareTrees(localTree(['index.html'], []), remoteTree(['index.html'], ['old'], [], ['old/.DS_Store', '.DS_Store', '.git/']), {}, rules);
    expect(result.remoteOnly).toEqual([
      { path: 'old/.DS_Store', folder: false },
      { path: 'old', folder: true },
    ]);
  });
});

describe('deleteOrder', () => {
  it('deletes files first, then folders deepest first', () => {
    const order = deleteOrder([
      { path: 'a', folder: true },
      { path: 'a/b', folder: true },
      { path: 'a/b/f.txt', folder: false },
      { path: 'c', folder: true },
      { path: 'top.txt', folder: false },
    ]);
    expect(order.map((entry) => entry.path)).toEqual(['a/b/f.txt', 'top.txt', 'a/b', 'a', 'c']);
  });
});

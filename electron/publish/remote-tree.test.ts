import { describe, expect, it } from 'vitest';
import type { FileInfo } from '../ftp/list/file-info.js';
import { FtpPermanentError } from '../ftp/errors.js';
import { makeReply } from '../ftp/reply.js';
import { IgnoreRules } from './ignore-rules.js';
import { readRemoteTree, type Lister } from './remote-tree.js';

// A server tree: folder path → its entries.
const folders = new Map<string, FileInfo[]>([
  ['/site', [
    { name: 'index.html', type: 'file', size: 5 },
    { name: 'a', type: 'directory' },
    { name: 'b', type: 'directory' },
    { name: '.git', type: 'directory' },
    { name: '.index.html.ferry-part', type: 'file', size: 2 },
    { name: '../escape', type: 'file', size: 1 },
    { name: 'link', type: 'symlink' },
  ]],
  ['/site/a', [{ name: 'x.txt', type: 'file', size: 1 }, { name: 'deep', type: 'directory' }]],
  ['/site/a/deep', [{ name: 'y.txt', type: 'file', size: 2 }]],
  ['/site/b', [{ name: '.DS_Store', type: 'file', size: 3 }]],
]);

function lister(log: string[], delayMs: number): Lister {
  return {
    list: async (path = '/') => {
      log.push(path);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      const entries = folders.get(path);
      if (entries === undefined) throw new FtpPermanentError(makeReply(550, ['550 No such directory']));
      return entries;
    },
  };
}

describe('readRemoteTree', () => {
  it.each([0, 1, 3])('lists every folder once with %i extra connections and gives the same tree', async (extra) => {
    const log: string[] = [];
    const opened: number[] = [];
    const tree = await readRemoteTree(lister(log, 5), '/site', IgnoreRules.withDefaults(), {
      count: extra,
      open: async () => (opened.push(1), lister(log, 5)),
    });
    expect([...(tree?.files.keys() ?? [])].sort()).toEqual(['a/deep/y.txt', 'a/x.txt', 'index.html']);
    expect([...(tree?.folders ?? [])].sort()).toEqual(['a', 'a/deep', 'b']);
    expect(tree?.ignored.sort()).toEqual(['.git/', 'b/.DS_Store']);
    expect(tree?.partials).toEqual(['.index.html.ferry-part']);
    expect([...(tree?.others ?? [])]).toEqual(['link']);
    expect(log.sort()).toEqual(['/site', '/site/a', '/site/a/deep', '/site/b']);
    // Extra connections only for folders beyond the first, never more than asked.
    expect(opened.length).toBe(Math.min(extra, 1));
  });

  it('says "missing" only for the root, and fails on a subfolder it cannot list', async () => {
    expect(await readRemoteTree(lister([], 0), '/nope', IgnoreRules.withDefaults())).toBeUndefined();
    const broken: Lister = { list: async (path) => (path === '/site' ? [{ name: 'gone', type: 'directory' }] : lister([], 0).list(path)) };
    await expect(readRemoteTree(broken, '/site', IgnoreRules.withDefaults())).rejects.toBeInstanceOf(FtpPermanentError);
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { PageFile } from '../../../shared/ipc-contract.js';
import { uploadRequests } from './enqueue.js';
import { dropReportText, itemsFromListing, planOsDrop, runOsDrop, type DropDeps } from './os-drop.js';
import { dropSource, paneDragType } from './pane-drag.js';

const file = (name: string): PageFile => ({ name });

/** Plays Electron's pathForFile: paths for the files it knows, '' for the rest (script-made ones). */
const pathsFrom =
  (paths: Record<string, string>) =>
  (dropped: PageFile): string =>
    paths[dropped.name] ?? '';

describe('dropSource', () => {
  it.each<[string, string[], 'pane' | 'files' | null]>([
    ['a drag from the other pane', [paneDragType, 'text/plain'], 'pane'],
    ['files from the file manager', ['Files'], 'files'],
    ['files from a file manager that adds a URI list', ['text/uri-list', 'Files'], 'files'],
    ['a pane drag wins if both are present', ['Files', paneDragType], 'pane'],
    ['selected text', ['text/plain'], null],
    ['nothing', [], null],
  ])('%s', (_name, types, expected) => {
    expect(dropSource(types)).toBe(expected);
  });
});

describe('planOsDrop', () => {
  it('needs the desktop app when the bridge cannot tell paths (a browser), whatever was dropped', () => {
    expect(planOsDrop([file('a.txt')], undefined)).toEqual({ kind: 'needs-desktop' });
    expect(planOsDrop([], undefined)).toEqual({ kind: 'needs-desktop' });
  });

  it('says so when a drop held no files at all', () => {
    expect(planOsDrop([], () => '/x')).toEqual({ kind: 'empty' });
  });

  it('groups files and folders by the folder they sit in, keeping the drop order', () => {
    const pathForFile = pathsFrom({ 'a.txt': '/home/me/a.txt', site: '/home/me/site', 'b.png': '/tmp/b.png' });
    expect(planOsDrop([file('a.txt'), file('b.png'), file('site')], pathForFile)).toEqual({
      kind: 'upload',
      groups: [
        { folder: '/home/me', names: ['a.txt', 'site'] },
        { folder: '/tmp', names: ['b.png'] },
      ],
      unreadable: [],
    });
  });

  it('handles Windows and UNC paths', () => {
    const pathForFile = pathsFrom({ 'a.txt': 'C:\\Users\\me\\a.txt', 'b.txt': '\\\\nas\\share\\docs\\b.txt' });
    expect(planOsDrop([file('a.txt'), file('b.txt')], pathForFile)).toMatchObject({
      groups: [
        { folder: 'C:\\Users\\me', names: ['a.txt'] },
        { folder: '\\\\nas\\share\\docs', names: ['b.txt'] },
      ],
    });
  });

  it('counts files without a path, with a relative one, a whole drive, or a throwing bridge as unreadable', () => {
    const pathForFile = (dropped: PageFile): string => {
      if (dropped.name === 'boom') throw new TypeError('not a File');
      return { 'a.txt': '/home/me/a.txt', rel: 'docs/rel', 'C:': 'C:\\', root: '/' }[dropped.name] ?? '';
    };
    const plan = planOsDrop([file('made.txt'), file('a.txt'), file('rel'), file('C:'), file('root'), file('boom'), file('')], pathForFile);
    expect(plan).toEqual({
      kind: 'upload',
      groups: [{ folder: '/home/me', names: ['a.txt'] }],
      unreadable: ['made.txt', 'rel', 'C:', 'root', 'boom', 'a dropped item'],
    });
  });
});

describe('itemsFromListing', () => {
  it('decides file vs folder like the local pane (only a directory entry uploads recursively)', () => {
    const entries = [
      { name: 'site', kind: 'directory' as const },
      { name: 'a.txt', kind: 'file' as const },
      { name: 'link', kind: 'symlink' as const },
    ];
    expect(itemsFromListing(['site', 'a.txt', 'link', 'gone'], entries)).toEqual({
      items: [
        { name: 'site', folder: true },
        { name: 'a.txt', folder: false },
        { name: 'link', folder: false },
      ],
      missing: ['gone'],
    });
  });
});

describe('runOsDrop', () => {
  const remote = { siteId: 'session:s1', folder: '/www' };

  function fakes(listings: Record<string, { name: string; kind: 'file' | 'directory' }[] | 'fails'>, refusal: string | null = null) {
    const requests: unknown[] = [];
    const deps: DropDeps = {
      listFolder: vi.fn((folder: string) => {
        const listing = listings[folder];
        return Promise.resolve(
          listing === undefined || listing === 'fails'
            ? { ok: false as const, error: { code: 'ACCESS_DENIED' as const, message: 'no' } }
            : { ok: true as const, value: { entries: listing } },
        );
      }),
      upload: vi.fn((folder, items) => {
        requests.push(...uploadRequests(items, folder, remote));
        return Promise.resolve(refusal);
      }),
    };
    return { deps, requests };
  }

  it('enqueues mixed files and folders from their own folders into the remote folder', async () => {
    const pathForFile = pathsFrom({ 'a.txt': '/home/me/a.txt', site: '/home/me/site', 'b.png': '/tmp/b.png' });
    const { deps, requests } = fakes({
      '/home/me': [
        { name: 'a.txt', kind: 'file' },
        { name: 'site', kind: 'directory' },
        { name: 'other', kind: 'file' },
      ],
      '/tmp': [{ name: 'b.png', kind: 'file' }],
    });
    const report = await runOsDrop(planOsDrop([file('a.txt'), file('site'), file('b.png')], pathForFile), deps);
    expect(report).toEqual({ skipped: null, unreadable: [], missing: [], error: null });
    expect(dropReportText(report)).toBeNull();
    expect(requests).toEqual([
      { siteId: 'session:s1', kind: 'upload', folder: false, localPath: '/home/me/a.txt', remotePath: '/www/a.txt' },
      { siteId: 'session:s1', kind: 'upload', folder: true, localPath: '/home/me/site', remotePath: '/www/site' },
      { siteId: 'session:s1', kind: 'upload', folder: false, localPath: '/tmp/b.png', remotePath: '/www/b.png' },
    ]);
  });

  it('touches neither the disk nor the queue in a browser, and says the desktop app does this', async () => {
    const { deps } = fakes({});
    const report = await runOsDrop(planOsDrop([file('a.txt')], undefined), deps);
    expect(deps.listFolder).not.toHaveBeenCalled();
    expect(deps.upload).not.toHaveBeenCalled();
    expect(dropReportText(report)).toMatch(/works in the Ferry desktop app.*drag them from the Local pane \(left\)/);
  });

  it('uploads what it can and names what it could not: no path, vanished, unlistable folder', async () => {
    const pathForFile = pathsFrom({ 'a.txt': '/home/me/a.txt', 'gone.txt': '/home/me/gone.txt', 'c.txt': '/locked/c.txt' });
    const { deps, requests } = fakes({ '/home/me': [{ name: 'a.txt', kind: 'file' }], '/locked': 'fails' });
    const report = await runOsDrop(planOsDrop([file('made.txt'), file('a.txt'), file('gone.txt'), file('c.txt')], pathForFile), deps);
    expect(requests).toHaveLength(1);
    expect(report).toEqual({ skipped: null, unreadable: ['made.txt'], missing: ['gone.txt', 'c.txt'], error: null });
    expect(dropReportText(report)).toBe(
      'Could not read the path of “made.txt” on this computer, so it was not uploaded. Drag it from the Local pane (left) instead. ' +
        'Could not find “gone.txt” and “c.txt” on this computer any more, so they were not uploaded.',
    );
  });

  it('enqueues nothing when no file has a path (a script-made File in Electron)', async () => {
    const { deps } = fakes({});
    const report = await runOsDrop(planOsDrop([file('a.txt')], () => ''), deps);
    expect(deps.upload).not.toHaveBeenCalled();
    expect(dropReportText(report)).toMatch(/^Could not read the path of “a.txt”/);
  });

  it('passes on the queue’s refusal, and shortens long name lists', async () => {
    const names = ['a', 'b', 'c', 'd', 'e'];
    const { deps } = fakes({ '/m': [{ name: 'a', kind: 'file' }] }, 'Connect to a server first.');
    const report = await runOsDrop(planOsDrop(names.map(file), pathsFrom({ a: '/m/a' })), deps);
    expect(dropReportText(report)).toBe(
      'Could not read the path of “b”, “c” and 2 more on this computer, so they were not uploaded. Drag them from the Local pane (left) instead. Connect to a server first.',
    );
  });
});

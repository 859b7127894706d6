import { describe, expect, it } from 'vitest';
import type { PublishPlan, PublishSummary } from '../../../shared/publish.js';
import { formatPlan, formatSummary, listLimit } from './sync-format.js';

const plan = (over: Partial<PublishPlan> = {}): PublishPlan => ({
  localRoot: '/home/me/site',
  remoteRoot: '/www',
  createdAt: 0,
  deleteRemoteOnly: false,
  uploads: [],
  folders: [],
  deletes: [],
  remoteOnly: [],
  unchanged: [],
  ignored: [],
  warnings: [],
  uploadBytes: 0,
  comparison: { listing: 'mlsd', setsTimes: true, fromManifest: 0 },
  ...over,
});

const summary = (over: Partial<PublishSummary> = {}): PublishSummary => ({
  uploaded: [],
  foldersCreated: [],
  deleted: [],
  skipped: 0,
  failed: [],
  cancelled: false,
  durationMs: 1234,
  ...over,
});

describe('formatPlan', () => {
  it('lists uploads with their reasons, folders, deletes and warnings', () => {
    const text = formatPlan(
      plan({
        uploads: [
          { path: 'index.html', size: 2048, localModified: 0, reason: 'size', detail: '2 KB here, 1 KB on the server' },
          { path: '.htaccess', size: 10, localModified: 0, reason: 'new', detail: 'not on the server yet' },
        ],
        uploadBytes: 2058,
        folders: ['', 'img'],
        deletes: [{ path: 'old', folder: true }],
        unchanged: ['a', 'b'],
        ignored: ['.git/'],
        warnings: [{ code: 'no-index', message: 'There is no index.html', paths: [] }],
      }),
      'ftp://me@host/www',
    );
    expect(text).toContain('Publish /home/me/site → ftp://me@host/www');
    expect(text).toMatch(/^ {2}Upload 2 files \(2\.01 KiB\):$/m);
    expect(text).toMatch(/^ {4}~ index\.html +changed: 2 KB here, 1 KB on the server$/m);
    expect(text).toMatch(/^ {4}\+ \.htaccess +new$/m);
    expect(text).toMatch(/^ {4}\+ \/www$/m);
    expect(text).toMatch(/^ {4}\+ img\/$/m);
    expect(text).toMatch(/^ {4}- old\/$/m);
    expect(text).toMatch(/^ {2}Unchanged 2 · ignored 1 \(\.git\/\)$/m);
    expect(text).toMatch(/^ {2}! There is no index\.html$/m);
  });

  it('keeps long lists short and points to --json', () => {
    const uploads = Array.from({ length: listLimit + 5 }, (_, i) => ({ path: `f${i}`, size: 1, localModified: 0, reason: 'new' as const, detail: '' }));
    const text = formatPlan(plan({ uploads }), 'x');
    expect(text.split('\n').filter((line) => line.startsWith('    + f'))).toHaveLength(listLimit);
    expect(text).toContain('… and 5 more (--json lists all)');
  });

  it('mentions remote-only names kept without --delete', () => {
    expect(formatPlan(plan({ remoteOnly: [{ path: 'x.html', folder: false }] }), 'x')).toMatch(/Only on the server, kept \(--delete removes them\): 1\n {6}x\.html/);
  });
});

describe('formatSummary', () => {
  it.each([
    [summary({ uploaded: [{ path: 'a', bytes: 2048 }], skipped: 3, websiteUrl: 'https://e.com/?ferry=1' }), /^Published in 1\.2 s: 1 uploaded \(2 KiB\), 0 deleted, 3 skipped, 0 failed\.\nOpen website: https:\/\/e\.com\/\?ferry=1\n$/],
    [summary({ failed: [{ path: 'x', action: 'upload', message: '553 denied' }] }), /^Finished with failures .*1 failed\.\n {2}✗ upload x: 553 denied\n$/],
    [summary({ cancelled: true, websiteUrl: 'https://e.com/' }), /^Stopped before the end in 1\.2 s: .*\.\n$/],
  ])('%#', (input, pattern) => {
    expect(formatSummary(input)).toMatch(pattern);
  });
});

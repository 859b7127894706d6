import { describe, expect, it } from 'vitest';
import type { PublishPlan, PublishSummary } from '../../../shared/publish.js';
import { deleteWords, formatDuration, planCounts, planIsEmpty, reasonText, sortedWarnings, summaryHeadline, webRootOf } from './publish-text.js';

function plan(patch: Partial<PublishPlan> = {}): PublishPlan {
  return {
    localRoot: '/home/me/site',
    remoteRoot: '/',
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
    comparison: { listing: 'list', setsTimes: false, fromManifest: 0 },
    ...patch,
  };
}

const upload = (path: string, reason: PublishPlan['uploads'][number]['reason']) => ({ path, size: 10, localModified: 0, reason, detail: '' });

function summary(patch: Partial<PublishSummary> = {}): PublishSummary {
  return { uploaded: [], foldersCreated: [], deleted: [], skipped: 0, failed: [], cancelled: false, durationMs: 10, ...patch };
}

describe('planCounts', () => {
  it('splits uploads into new and changed, and counts what stays', () => {
    const counts = planCounts(
      plan({
        uploads: [upload('a.html', 'new'), upload('b.css', 'size'), upload('c.js', 'changed-since-publish')],
        folders: ['', 'css'],
        deletes: [{ path: 'old.html', folder: false }],
        remoteOnly: [{ path: 'old.html', folder: false }],
        deleteRemoteOnly: true,
        unchanged: ['x', 'y'],
        ignored: ['.git/'],
      }),
    );
    expect(counts).toEqual({ newFiles: 1, changed: 2, deletes: 1, kept: 0, unchanged: 2, ignored: 1, folders: 1 });
  });

  it('counts remote-only files as kept when deleting was not asked for', () => {
    expect(planCounts(plan({ remoteOnly: [{ path: 'stats', folder: true }] })).kept).toBe(1);
  });
});

describe('planIsEmpty', () => {
  it.each([
    [plan(), true],
    [plan({ unchanged: ['a'], ignored: ['.git/'] }), true],
    [plan({ folders: ['img'] }), false],
    [plan({ uploads: [upload('a', 'new')] }), false],
    [plan({ deletes: [{ path: 'a', folder: false }] }), false],
  ])('%#', (value, empty) => expect(planIsEmpty(value)).toBe(empty));
});

describe('reasonText', () => {
  it.each([
    ['new', /not on the server/],
    ['size', /size/],
    ['newer', /newer here/],
    ['changed-on-server', /on the server since/],
  ] as const)('%s', (reason, words) => expect(reasonText({ reason })).toMatch(words));
});

describe('sortedWarnings', () => {
  it('puts the accident-prone warnings first', () => {
    const codes = sortedWarnings([
      { code: 'case-collision', message: '', paths: [] },
      { code: 'no-index', message: '', paths: [] },
      { code: 'deletes-everything', message: '', paths: [] },
      { code: 'web-root', message: '', paths: [] },
    ]).map((warning) => warning.code);
    expect(codes).toEqual(['deletes-everything', 'web-root', 'no-index', 'case-collision']);
  });
});

describe('summaryHeadline', () => {
  it.each([
    [summary({ uploaded: [{ path: 'a', bytes: 1 }] }), /is published/],
    [summary(), /already up to date/],
    [summary({ failed: [{ path: 'a', action: 'upload', message: 'no' }] }), /1 thing did not work/],
    [summary({ cancelled: true, uploaded: [{ path: 'a', bytes: 1 }] }), /stopped/],
  ])('%#', (value, words) => expect(summaryHeadline(value)).toMatch(words));
});

describe('formatDuration', () => {
  it.each([
    [800, '0.8 s'],
    [12_400, '12 s'],
    [125_000, '2 min 5 s'],
  ])('%d ms', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe('webRootOf', () => {
  it.each([
    [plan({ webRootSuggestion: '/public_html' }), '/public_html'],
    [plan({ remoteRoot: '/public_html', webRootSuggestion: '/public_html' }), undefined],
    [plan(), undefined],
  ])('%#', (value, expected) => expect(webRootOf(value)).toBe(expected));
});

describe('deleteWords', () => {
  it.each([
    [[{ path: 'a', folder: false }], '1 file'],
    [[{ path: 'a', folder: false }, { path: 'b', folder: false }, { path: 'c', folder: true }], '2 files and 1 folder'],
    [[{ path: 'c', folder: true }], '1 folder'],
  ])('%#', (deletes, words) => expect(deleteWords({ deletes })).toBe(words));
});

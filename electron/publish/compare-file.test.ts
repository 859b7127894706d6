import { describe, expect, it } from 'vitest';
import { compareFile, shortSize, type TimeRules } from './compare-file.js';
import type { ManifestEntry } from './manifest.js';
import type { RemoteFile } from './remote-tree.js';

const t0 = Date.UTC(2026, 10, 1, 12, 0, 0);
const local = { path: 'a.html', size: 100, modified: t0 + 400 };
const mlsd = (size: number, modified: number): RemoteFile => ({ path: 'a.html', size, modified, approximate: false });
const list = (size: number, modified: number): RemoteFile => ({ path: 'a.html', size, modified, approximate: true });
const withMfmt: TimeRules = { setsTimes: true, listOffsetMinutes: 0 };
const noMfmt: TimeRules = { setsTimes: false, listOffsetMinutes: 0 };
const entry = (remoteModified: number | undefined, over: Partial<ManifestEntry> = {}): ManifestEntry => ({
  size: 100,
  modified: t0 + 400,
  remoteSize: 100,
  ...(remoteModified === undefined ? {} : { remoteModified }),
  ...over,
});

type Row = readonly [name: string, remote: RemoteFile, manifest: ManifestEntry | undefined, rules: TimeRules, content: boolean | undefined, expected: string];

// expected: 'keep' or the upload reason.
const rows: readonly Row[] = [
  ['size differs', mlsd(90, t0), undefined, withMfmt, undefined, 'size'],
  ['size differs beats a matching manifest', mlsd(90, t0), entry(t0), withMfmt, undefined, 'size'],
  ['MFMT server, same second', mlsd(100, t0), undefined, withMfmt, undefined, 'keep'],
  ['MFMT server, local later', mlsd(100, t0 - 5000), undefined, withMfmt, undefined, 'time'],
  ['MFMT server, local earlier', mlsd(100, t0 + 5000), undefined, withMfmt, undefined, 'time'],
  ['no MFMT, server copy newer (upload time)', mlsd(100, t0 + 3_600_000), undefined, noMfmt, undefined, 'keep'],
  ['no MFMT, local newer', mlsd(100, t0 - 3_600_000), undefined, noMfmt, undefined, 'newer'],
  ['LIST minute truncation is not a change', list(100, t0), undefined, withMfmt, undefined, 'keep'],
  ['LIST, local 2 minutes later', list(100, t0 - 120_000), undefined, noMfmt, undefined, 'newer'],
  ['LIST at UTC+2 corrected by the detected offset', list(100, t0 + 120 * 60_000), undefined, { setsTimes: true, listOffsetMinutes: 120 }, undefined, 'keep'],
  ['LIST at UTC+2 without the offset would look changed', list(100, t0 + 120 * 60_000), undefined, { setsTimes: true, listOffsetMinutes: 0 }, undefined, 'time'],
  ['LIST with unknown offset: size only', list(100, t0 - 9_999_999), undefined, { setsTimes: false, listOffsetMinutes: undefined }, undefined, 'keep'],
  ['no remote time at all', { path: 'a.html', size: 100, approximate: false }, undefined, noMfmt, undefined, 'keep'],
  ['manifest: both sides as published', list(100, t0 - 9_999_999), entry(t0 - 9_999_999), noMfmt, undefined, 'keep'],
  ['manifest: remote time not yet recorded, size matches', list(100, t0 - 9_999_999), entry(undefined), noMfmt, undefined, 'keep'],
  ['manifest: LIST lost the time of day after six months', list(100, Date.UTC(2026, 10, 1)), entry(t0), noMfmt, undefined, 'keep'],
  ['manifest: a midnight of another day is a change', list(100, Date.UTC(2026, 10, 2)), entry(t0), noMfmt, undefined, 'changed-on-server'],
  ['manifest: edited locally since', list(100, t0 + 9_999_999), entry(t0 + 9_999_999, { modified: t0 - 1000 }), noMfmt, undefined, 'changed-since-publish'],
  ['manifest: server copy replaced since', mlsd(100, t0 + 50_000), entry(t0), withMfmt, undefined, 'changed-on-server'],
  ['manifest: both changed → listing decides', mlsd(100, t0 + 50_000), entry(t0, { modified: 1 }), withMfmt, undefined, 'time'],
  ['checksum: same content wins over times', mlsd(100, t0 - 9_999_999), undefined, withMfmt, true, 'keep'],
  ['checksum: different content', mlsd(100, t0), entry(t0), withMfmt, false, 'content'],
];

describe('compareFile', () => {
  it.each(rows)('%s', (_name, remote, manifest, rules, content, expected) => {
    const verdict = compareFile(local, remote, manifest, rules, content);
    expect(verdict.upload ? verdict.reason : 'keep').toBe(expected);
  });

  it('explains a size difference in words', () => {
    const verdict = compareFile({ ...local, size: 12_800 }, mlsd(1000, t0), undefined, withMfmt);
    expect(verdict).toMatchObject({ upload: true, detail: '13 KB here, 1000 B on the server' });
  });

  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KB'],
    [10 * 1024 * 1024, '10 MB'],
  ])('shortSize(%i) = %s', (bytes, text) => {
    expect(shortSize(bytes)).toBe(text);
  });
});

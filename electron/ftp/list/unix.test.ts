import { describe, expect, it } from 'vitest';
import type { FileInfo, ListParseOptions } from './file-info.js';
import { parseListLines } from './index.js';

const at = (iso: string, serverUtcOffsetMinutes?: number): ListParseOptions => ({
  now: () => new Date(iso),
  ...(serverUtcOffsetMinutes !== undefined && { serverUtcOffsetMinutes }),
});
const midNovember = at('2026-11-21T09:44:00Z');

/** Only the fields a case is about; the fixture tests assert whole entries. */
type Expected = Pick<FileInfo, 'name' | 'type'> & Partial<FileInfo>;

const cases: ReadonlyArray<readonly [title: string, line: string, options: ListParseOptions, expected: Expected | undefined]> = [
  ['year-less date across New Year goes to the previous year', '-rw-r--r-- 1 u g 5 Dec 31 23:00 f',
    at('2027-01-02T08:00:00Z'), { name: 'f', type: 'file', modified: new Date('2026-12-31T23:00:00Z') }],
  ['year-less date up to a day ahead (clock skew) stays in this year', '-rw-r--r-- 1 u g 5 Jan 02 20:00 f',
    at('2027-01-02T08:00:00Z'), { name: 'f', type: 'file', modified: new Date('2027-01-02T20:00:00Z') }],
  ['year-less date more than a day ahead is last year', '-rw-r--r-- 1 u g 5 Jan 04 08:00 f',
    at('2027-01-02T08:00:00Z'), { name: 'f', type: 'file', modified: new Date('2026-01-04T08:00:00Z') }],
  ['year-less Jan 1 seen on Dec 31 evening (server ahead) is next year', '-rw-r--r-- 1 u g 5 Jan  1 00:10 f',
    at('2026-12-31T23:30:00Z'), { name: 'f', type: 'file', modified: new Date('2027-01-01T00:10:00Z') }],
  ['year-less Feb 29 resolves to the last leap year', '-rw-r--r-- 1 u g 5 Feb 29 10:00 f',
    at('2027-03-01T00:00:00Z'), { name: 'f', type: 'file', modified: new Date('2024-02-29T10:00:00Z') }],
  ['server two hours ahead of UTC (UTC+120): local 12:00 is 10:00Z', '-rw-r--r-- 1 u g 5 Nov 20 12:00 f',
    at('2026-11-21T09:44:00Z', 120), { name: 'f', type: 'file', modified: new Date('2026-11-20T10:00:00Z') }],
  ['server behind UTC (UTC-300) with a year date', '-rw-r--r-- 1 u g 5 Mar  4  2019 f',
    at('2026-11-21T09:44:00Z', -300), { name: 'f', type: 'file', modified: new Date('2019-03-04T05:00:00Z') }],
  ['offset decides the year: 1 Jan local while still 31 Dec in UTC', '-rw-r--r-- 1 u g 5 Jan  1 00:30 f',
    at('2026-12-31T23:45:00Z', 60), { name: 'f', type: 'file', modified: new Date('2026-12-31T23:30:00Z') }],
  ['character device with major, minor instead of a size', 'crw-rw-rw-   1 root     root       1,   3 Jan 10  2020 null',
    midNovember, { name: 'null', type: 'unknown', owner: 'root', group: 'root', permissions: 'rw-rw-rw-', mode: 0o666 }],
  ['block device', 'brw-rw----  1 root disk 8, 0 Nov 20 12:00 sda', midNovember, { name: 'sda', type: 'unknown' }],
  ['no group column (ls -o style)', '-rw-r--r--   1 owner   1234 Nov 20 12:00 readme',
    midNovember, { name: 'readme', type: 'file', size: 1234, owner: 'owner' }],
  ['ACL marker after the permissions', 'drwxr-xr-x+  3 u g 4096 Nov 20 12:00 acl dir',
    midNovember, { name: 'acl dir', type: 'directory', permissions: 'rwxr-xr-x' }],
  ['symlink whose target has spaces and arrows', 'lrwxrwxrwx 1 u g 3 Nov 20 12:00 a b -> c -> d',
    midNovember, { name: 'a b', type: 'symlink', target: 'c -> d' }],
  ['German month names', '-rw-r--r-- 1 u g 5 Dez 24  2020 weihnachten.txt',
    midNovember, { name: 'weihnachten.txt', type: 'file', modified: new Date('2020-12-24T00:00:00Z') }],
  ['day-first date', '-rw-r--r-- 1 u g 5 20 Nov 12:00 f',
    midNovember, { name: 'f', type: 'file', modified: new Date('2026-11-20T12:00:00Z') }],
  ['long-iso date', '-rw-r--r-- 1 u g 5 2019-03-04 05:06 f',
    midNovember, { name: 'f', type: 'file', modified: new Date('2019-03-04T05:06:00Z') }],
  ['trailing CR is a line ending, not part of the name', '-rw-r--r-- 1 u g 5 Nov 20 12:00 f\r',
    midNovember, { name: 'f', type: 'file' }],
  ['total line', 'total 56', midNovember, undefined],
  ['impossible date', '-rw-r--r-- 1 u g 5 Feb 30  2020 f', midNovember, undefined],
  ['unknown month', '-rw-r--r-- 1 u g 5 Foo 20 12:00 f', midNovember, undefined],
  ['garbage', 'this is not a listing', midNovember, undefined],
  ['a reply line', '226 Transfer complete', midNovember, undefined],
];

describe('Unix LIST lines', () => {
  it.each(cases)('%s', (_title, line, options, expected) => {
    const parsed = parseListLines([line], options);
    if (expected === undefined) expect(parsed).toEqual([]);
    else expect(parsed).toEqual([expect.objectContaining(expected)]);
  });

  it('keeps server order and skips noise between entries', () => {
    const lines = ['total 8', '-rw-r--r-- 1 u g 1 Nov 20 12:00 b', '', 'junk', 'drwxr-xr-x 2 u g 4096 Nov 20 12:00 a'];
    expect(parseListLines(lines, midNovember).map((e) => e.name)).toEqual(['b', 'a']);
  });

  it('works a repeated date out afresh for another clock, offset or layout', () => {
    const line = '-rw-r--r-- 1 u g 5 Dec 31 23:30 f';
    const modifiedAt = (options: ListParseOptions): string | undefined => parseListLines([line], options)[0]?.modified?.toISOString();
    // Same text, read in January 2027 and in November 2026: last December is in a different year.
    expect(modifiedAt(at('2027-01-02T00:00:00Z'))).toBe('2026-12-31T23:30:00.000Z');
    expect(modifiedAt(midNovember)).toBe('2025-12-31T23:30:00.000Z');
    expect(modifiedAt(at('2027-01-02T00:00:00Z', 60))).toBe('2026-12-31T22:30:00.000Z');
    const dayFirst = parseListLines(['-rw-r--r-- 1 u g 5 12 Nov 10:00 f'], midNovember)[0]?.modified?.toISOString();
    const monthFirst = parseListLines(['-rw-r--r-- 1 u g 5 Nov 12 10:00 f'], midNovember)[0]?.modified?.toISOString();
    expect([dayFirst, monthFirst]).toEqual(['2026-11-12T10:00:00.000Z', '2026-11-12T10:00:00.000Z']);
    // Each entry gets its own Date: changing one must not move another file's time.
    const [a, b] = parseListLines([line, line.replace(' f', ' g')], midNovember);
    a?.modified?.setTime(0);
    expect(b?.modified?.toISOString()).toBe('2025-12-31T23:30:00.000Z');
  });
});

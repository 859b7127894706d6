import { describe, expect, it } from 'vitest';
import { readFixture } from './fixture-reader.js';
import type { FileInfo } from './file-info.js';
import { parseListLines } from './index.js';

/** The capture time: year-less dates resolve against it. */
const now = (): Date => new Date('2026-11-21T09:44:00Z');

type Row = readonly [name: string, type: FileInfo['type'], size: number, modified: string, perms: string, mode: number, target?: string];

/** The test directory created on disk before capturing (see fixtures' headers), as `ls -l` shows it. */
const directory: readonly Row[] = [
  ['  leading spaces', 'file', 1, '2026-11-20T12:00Z', 'rw-r--r--', 0o644],
  ['.hidden-dir', 'directory', 4096, '2026-11-20T12:00Z', 'rwxr-xr-x', 0o755],
  ['.htaccess', 'file', 17, '2026-11-20T12:00Z', 'rw-------', 0o600],
  ['arrow -> in name.txt', 'file', 1, '2026-11-20T12:00Z', 'rw-r--r--', 0o644],
  ['big.bin', 'file', 5368709120, '2026-11-20T12:00Z', 'rw-r--r--', 0o644],
  ['dangling', 'symlink', 14, '2026-06-01T10:20Z', 'rwxrwxrwx', 0o777, 'does not exist'],
  ['dir with space', 'directory', 4096, '2026-11-20T12:00Z', 'rwxrwxrwt', 0o1777],
  ['fifo', 'unknown', 0, '2026-11-20T12:00Z', 'rw-r--r--', 0o644],
  ['link-to-plain', 'symlink', 9, '2026-06-01T10:20Z', 'rwxrwxrwx', 0o777, 'plain.txt'],
  ['name with spaces.txt', 'file', 1234, '2026-11-19T08:15Z', 'rw-r--r--', 0o644],
  ['old.txt', 'file', 1, '2019-03-04T00:00Z', 'rwsr-xr-x', 0o4755],
  ['plain.txt', 'file', 6, '2026-11-19T08:15Z', 'rw-r--r--', 0o644],
  ['semi;colon=fact.txt', 'file', 1, '2026-11-20T12:00Z', 'rw-r--r--', 0o644],
  ['subdir', 'directory', 4096, '2025-12-31T00:00Z', 'rwxr-xr-x', 0o755],
  ['trailing space ', 'file', 1, '2026-11-20T12:00Z', 'rw-r--r--', 0o644],
  ['ünïcödé-名前.txt', 'file', 1, '2026-11-20T12:00Z', 'rw-r--r--', 0o644],
];

interface ListCase {
  readonly fixture: string;
  readonly owner: string;
  readonly group: string;
  /** Names the server leaves out (dot-files without `-a`, a fifo for pure-ftpd). */
  readonly missing: readonly string[];
}

const dotFiles = ['.hidden-dir', '.htaccess'];
const cases: readonly ListCase[] = [
  { fixture: 'vsftpd-list.txt', owner: '1001', group: '1001', missing: dotFiles },
  { fixture: 'vsftpd-list-a.txt', owner: '1001', group: '1001', missing: [] },
  { fixture: 'proftpd-list.txt', owner: 'ftptest', group: 'ftptest', missing: dotFiles },
  { fixture: 'proftpd-list-a.txt', owner: 'ftptest', group: 'ftptest', missing: [] },
  { fixture: 'pure-ftpd-list.txt', owner: '1001', group: 'ftptest', missing: [...dotFiles, 'fifo'] },
  { fixture: 'pure-ftpd-list-a.txt', owner: '1001', group: 'ftptest', missing: ['fifo'] },
  // pyftpdlib always lists dot-files.
  { fixture: 'pyftpdlib-list.txt', owner: 'ftptest', group: 'ftptest', missing: [] },
];

function expected(listCase: ListCase): FileInfo[] {
  return directory
    .filter(([name]) => !listCase.missing.includes(name))
    .map(([name, type, size, modified, permissions, mode, target]) => ({
      name,
      type,
      size,
      modified: new Date(modified),
      modifiedApproximate: true,
      permissions,
      mode,
      owner: listCase.owner,
      group: listCase.group,
      ...(target !== undefined && { target }),
    }));
}

const byName = (a: FileInfo, b: FileInfo): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

describe('parseListLines on real Unix-style listings', () => {
  it.each(cases)('$fixture', (listCase) => {
    const parsed = parseListLines(readFixture(listCase.fixture), { now });
    expect([...parsed].sort(byName)).toEqual(expected(listCase));
  });
});

describe('parseListLines on hand-written IIS/DOS, EPLF and VMS samples', () => {
  const dos = (name: string, modified: string, size?: number): FileInfo => ({
    name,
    type: size === undefined ? 'directory' : 'file',
    ...(size !== undefined && { size }),
    modified: new Date(modified),
    modifiedApproximate: true,
  });

  it('iis-dos.txt', () => {
    expect(parseListLines(readFixture('iis-dos.txt'), { now })).toEqual([
      dos('aspnet_client', '2026-11-20T12:00Z'),
      dos('name with spaces.txt', '2026-11-19T08:15Z', 1234),
      dos('big.bin', '2026-11-20T12:00Z', 5368709120),
      dos('Program Files', '2025-12-31T23:30Z'),
      dos('y2k.txt', '2000-01-01T00:00Z', 0),
      dos('old.htm', '1998-06-01T21:05Z', 17),
      dos('four-digit-year, 24-hour, commas.log', '2026-04-27T17:45Z', 1234567),
      dos('leap day.txt', '2024-02-29T00:30Z', 42),
    ]);
  });

  it('eplf.txt', () => {
    expect(parseListLines(readFixture('eplf.txt'), { now })).toEqual([
      { name: 'bin', type: 'directory', modified: new Date('1996-02-13T23:58:22Z') },
      { name: 'RFCEPLF', type: 'file', size: 10376, modified: new Date('1996-08-13T17:19:43Z') },
      { name: 'README', type: 'file', size: 612, modified: new Date('1996-02-13T23:58:27Z') },
      {
        name: ' name with spaces ',
        type: 'file',
        size: 0,
        modified: new Date('2020-09-13T12:26:40Z'),
        permissions: 'rw-r--r--',
        mode: 0o644,
      },
      { name: 'big.bin', type: 'file', size: 5368709120 },
    ]);
  });

  it('vms.txt', () => {
    expect(parseListLines(readFixture('vms.txt'), { now })).toEqual([
      {
        name: 'ALL',
        type: 'directory',
        modified: new Date('1993-03-05T18:09:48Z'),
        permissions: '(RWE,RWE,RE,RE)',
        owner: '[ANONYMOUS]',
      },
      {
        name: 'README.TXT',
        type: 'file',
        modified: new Date('2001-02-23T10:05:01Z'),
        permissions: '(RWED,RWED,RE,RE)',
        owner: '[SYSTEM,ANONYMOUS]',
      },
      {
        name: 'A_VERY_LONG_FILE_NAME_THAT_WRAPS.DAT',
        type: 'file',
        modified: new Date('2020-01-03T09:00:00Z'),
        modifiedApproximate: true,
        permissions: '(RWED,RWED,,)',
        owner: '[ANON]',
      },
      { name: 'NOOWNER.COM', type: 'file', modified: new Date('2024-02-29T23:59:59Z') },
    ]);
  });
});

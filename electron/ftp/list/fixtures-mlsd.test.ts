import { describe, expect, it } from 'vitest';
import { readFixture } from './fixture-reader.js';
import type { FileInfo } from './file-info.js';
import { parseMlsdLine } from './index.js';

type Row = readonly [name: string, type: FileInfo['type'], size: number | undefined, modified: string, perms: string];

/** What each server's MLSD said about the test directory (see fixtures-list.test.ts for what is on disk). */
interface MlsdCase {
  readonly fixture: string;
  readonly rows: readonly Row[];
  /** unix.mode → octal number, or undefined when the server sends only `perm`. */
  readonly modes?: typeof modes;
  readonly owner?: string;
  readonly group?: string;
  readonly targets?: Readonly<Record<string, string>>;
}

/** unix.mode as sent (octal text) → the `ls -l` rendering the parser must produce. */
const modes: Readonly<Record<string, readonly [octal: string, rendered: string]>> = {
  '  leading spaces': ['0644', 'rw-r--r--'], '.hidden-dir': ['0755', 'rwxr-xr-x'], '.htaccess': ['0600', 'rw-------'],
  'arrow -> in name.txt': ['0644', 'rw-r--r--'], 'big.bin': ['0644', 'rw-r--r--'], dangling: ['0777', 'rwxrwxrwx'],
  'dir with space': ['01777', 'rwxrwxrwt'], fifo: ['0644', 'rw-r--r--'], 'link-to-plain': ['0777', 'rwxrwxrwx'],
  'name with spaces.txt': ['0644', 'rw-r--r--'], 'old.txt': ['04755', 'rwsr-xr-x'], 'plain.txt': ['0644', 'rw-r--r--'],
  'semi;colon=fact.txt': ['0644', 'rw-r--r--'], subdir: ['0755', 'rwxr-xr-x'], 'trailing space ': ['0644', 'rw-r--r--'],
  'ünïcödé-名前.txt': ['0644', 'rw-r--r--'],
};

/** Rows every server agrees on, except for the directory size column (proftpd sends no size for directories). */
function common(dirSize: number | undefined, filePerm: string, dirPerm: string): Row[] {
  return [
    ['  leading spaces', 'file', 1, '2026-11-20T12:00:00Z', filePerm],
    ['.hidden-dir', 'directory', dirSize, '2026-11-20T12:00:00Z', dirPerm],
    ['.htaccess', 'file', 17, '2026-11-20T12:00:00Z', filePerm],
    ['arrow -> in name.txt', 'file', 1, '2026-11-20T12:00:00Z', filePerm],
    ['big.bin', 'file', 5368709120, '2026-11-20T12:00:00Z', filePerm],
    ['dir with space', 'directory', dirSize, '2026-11-20T12:00:00Z', dirPerm],
    ['name with spaces.txt', 'file', 1234, '2026-11-19T08:15:00Z', filePerm],
    ['old.txt', 'file', 1, '2019-03-04T05:06:07Z', filePerm],
    ['plain.txt', 'file', 6, '2026-11-19T08:15:00Z', filePerm],
    ['semi;colon=fact.txt', 'file', 1, '2026-11-20T12:00:00Z', filePerm],
    ['subdir', 'directory', dirSize, '2025-12-31T23:30:00Z', dirPerm],
    ['trailing space ', 'file', 1, '2026-11-20T12:00:00Z', filePerm],
    ['ünïcödé-名前.txt', 'file', 1, '2026-11-20T12:00:00Z', filePerm],
  ];
}

const cases: readonly MlsdCase[] = [
  {
    // pyftpdlib follows links (link-to-plain shows plain.txt's facts), drops the dangling one, sends no unix.* facts.
    fixture: 'pyftpdlib-mlsd.txt',
    rows: [
      ...common(4096, 'radfwMT', 'eldfmMTcp'),
      ['fifo', 'file', 0, '2026-11-20T12:00:00Z', 'radfwMT'],
      ['link-to-plain', 'file', 6, '2026-11-19T08:15:00Z', 'radfwMT'],
    ],
  },
  {
    // proftpd: `type=OS.unix=symlink` without a target, drops the dangling link, no size for directories.
    fixture: 'proftpd-mlsd.txt',
    rows: [
      ...common(undefined, '', ''),
      ['fifo', 'file', 0, '2026-11-20T12:00:00Z', ''],
      ['link-to-plain', 'symlink', 9, '2026-06-01T10:20:30Z', ''],
    ],
    modes,
    owner: 'ftptest',
    group: 'ftptest',
  },
  {
    // pure-ftpd: `type=OS.unix=slink:` with an empty target, `sizd` for directories, `type=unknown` for a fifo.
    fixture: 'pure-ftpd-mlsd.txt',
    rows: [
      ...common(4096, '', ''),
      ['dangling', 'symlink', 14, '2026-06-01T10:20:30Z', ''],
      ['fifo', 'unknown', 0, '2026-11-20T12:00:00Z', ''],
      ['link-to-plain', 'symlink', 9, '2026-06-01T10:20:30Z', ''],
    ],
    modes,
    owner: '1001',
    group: '1001',
  },
];

function expected(mlsdCase: MlsdCase): FileInfo[] {
  return mlsdCase.rows
    .map(([name, type, size, modified, perm]): FileInfo => {
      const unixMode = mlsdCase.modes?.[name];
      return {
        name,
        type,
        ...(size !== undefined && { size }),
        modified: new Date(modified),
        ...(unixMode === undefined
          ? { permissions: perm, facts: expect.objectContaining({ perm }) as Record<string, string> }
          : {
              permissions: unixMode[1],
              mode: Number.parseInt(unixMode[0], 8),
              facts: expect.objectContaining({ 'unix.mode': unixMode[0] }) as Record<string, string>,
            }),
        ...(mlsdCase.owner !== undefined && { owner: mlsdCase.owner, group: mlsdCase.group }),
      };
    })
    .sort(byName);
}

const byName = (a: FileInfo, b: FileInfo): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

describe('parseMlsdLine on real MLSD listings', () => {
  it.each(cases)('$fixture', (mlsdCase) => {
    const parsed = readFixture(mlsdCase.fixture)
      .map(parseMlsdLine)
      .filter((entry) => entry !== undefined);
    expect(parsed.sort(byName)).toEqual(expected(mlsdCase));
  });
});

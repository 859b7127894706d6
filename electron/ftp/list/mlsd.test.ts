import { describe, expect, it } from 'vitest';
import type { FileInfo } from './file-info.js';
import { parseMlsdLine, parseMlsdLines } from './index.js';

type Expected = Pick<FileInfo, 'name' | 'type'> & Partial<FileInfo>;

const cases: ReadonlyArray<readonly [title: string, line: string, expected: Expected | undefined]> = [
  ['RFC 3659 example', 'Type=file;Size=1024990;Perm=r; cap60.pl198.tar.gz',
    { name: 'cap60.pl198.tar.gz', type: 'file', size: 1024990, permissions: 'r' }],
  ['fact names and type values are case-insensitive', 'TYPE=DIR;MODIFY=20200304050607; Docs',
    { name: 'Docs', type: 'directory', modified: new Date('2020-03-04T05:06:07Z') }],
  ['fractional seconds', 'type=file;modify=20201231235959.5; f',
    { name: 'f', type: 'file', modified: new Date('2020-12-31T23:59:59.500Z') }],
  ['factless line (RFC 3659: a space, then the name)', ' just a name',
    { name: 'just a name', type: 'unknown' }],
  ['name with `; ` and `=` inside', 'type=file;size=3; a; b=c; d',
    { name: 'a; b=c; d', type: 'file', size: 3 }],
  ['symlink with target (pure-ftpd with a resolvable link)', 'type=OS.unix=slink:/srv/x y;size=3; link',
    { name: 'link', type: 'symlink', target: '/srv/x y' }],
  ['unix.owner/unix.group numeric, and the sticky bit', 'type=dir;unix.mode=1777;unix.owner=0;unix.group=0; tmp',
    { name: 'tmp', type: 'directory', owner: '0', group: '0', mode: 0o1777, permissions: 'rwxrwxrwt' }],
  ['sizd for a directory', 'type=dir;sizd=4096; d', { name: 'd', type: 'directory', size: 4096 }],
  ['device type is unknown', 'type=OS.unix=chr-13/29; tty', { name: 'tty', type: 'unknown' }],
  ['invalid modify is dropped, not guessed', 'type=file;modify=20201340000000; f', { name: 'f', type: 'file' }],
  ['trailing CR removed', 'type=file; f\r', { name: 'f', type: 'file' }],
  ['cdir skipped', 'type=cdir;modify=20201231235959; .', undefined],
  ['pdir skipped', 'type=pdir; ..', undefined],
  ['250- noise', '250-Listing /pub', undefined],
  ['final reply line', '250 End', undefined],
  ['empty line', '', undefined],
  ['facts without a name', 'type=file;size=1;', undefined],
];

describe('parseMlsdLine', () => {
  it.each(cases)('%s', (_title, line, expected) => {
    const parsed = parseMlsdLine(line);
    if (expected === undefined) expect(parsed).toBeUndefined();
    else expect(parsed).toEqual(expect.objectContaining(expected));
  });

  it('keeps raw facts with lower-cased names and values as sent', () => {
    expect(parseMlsdLine('Type=file;UNIX.ownername=Jane Doe;unique=AB12; x')?.facts).toEqual({
      type: 'file',
      'unix.ownername': 'Jane Doe',
      unique: 'AB12',
    });
  });

  it('parseMlsdLines keeps order and drops cdir, pdir and noise', () => {
    const lines = ['250-Start', 'type=cdir; .', 'type=file; b', 'type=pdir; ..', 'type=dir; a', ''];
    expect(parseMlsdLines(lines).map((e) => [e.name, e.type])).toEqual([['b', 'file'], ['a', 'directory']]);
  });
});

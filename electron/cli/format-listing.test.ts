import { describe, expect, it } from 'vitest';
import type { FileInfo } from '../ftp/list/file-info.js';
import { formatJson, formatTable, humanSize, printable } from './format-listing.js';

const entries: FileInfo[] = [
  { name: 'readme.txt', type: 'file', size: 1536, modified: new Date('2026-03-04T05:06:07Z') },
  { name: 'www', type: 'symlink', target: '/var/www' },
  { name: 'images', type: 'directory', size: 4096, modified: new Date('2025-12-31T23:59:00Z') },
  { name: 'File10.bin', type: 'file', size: 0 },
  { name: 'file9.bin', type: 'file', size: 52_428_800, modified: new Date('2026-01-02T03:04:05Z') },
];

describe('humanSize', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1 KiB'],
    [1536, '1.5 KiB'],
    [10_752, '10.5 KiB'],
    [52_428_800, '50 MiB'],
    [3_000_000, '2.86 MiB'],
    [1024 ** 4 * 2, '2 TiB'],
  ])('%d bytes read %s', (bytes, text) => {
    expect(humanSize(bytes)).toBe(text);
  });
});

describe('formatTable', () => {
  it('puts folders first, sorts names naturally and aligns the columns', () => {
    expect(formatTable(entries, { timeZone: 'UTC' })).toBe(
      [
        'Type     Size  Modified          Name',
        'dir         -  2025-12-31 23:59  images/',
        'file   50 MiB  2026-01-02 03:04  file9.bin',
        'file      0 B  -                 File10.bin',
        'file  1.5 KiB  2026-03-04 05:06  readme.txt',
        'link        -  -                 www -> /var/www',
        '1 folder, 3 files (50 MiB), 1 other',
        '',
      ].join('\n'),
    );
  });

  it('shows times in the given time zone', () => {
    const table = formatTable([entries[0] as FileInfo], { timeZone: 'Asia/Tokyo' });
    expect(table).toContain('2026-03-04 14:06');
  });

  it('says so when the folder is empty', () => {
    expect(formatTable([])).toBe('(empty folder)\n');
  });

  it('escapes control characters a server put in a name', () => {
    const table = formatTable([{ name: 'evil\u001b[2Jname', type: 'file', size: 1 }], { timeZone: 'UTC' });
    expect(table).not.toContain('\u001b');
    expect(table).toContain('evil\\x1b[2Jname');
    expect(printable('tab\there')).toBe('tab\\x09here');
  });
});

describe('formatJson', () => {
  it('prints one array of name, type, size and UTC modified time, null when unknown', () => {
    const parsed = JSON.parse(formatJson(entries)) as unknown[];
    expect(parsed).toEqual([
      { name: 'images', type: 'directory', size: 4096, modified: '2025-12-31T23:59:00.000Z' },
      { name: 'file9.bin', type: 'file', size: 52_428_800, modified: '2026-01-02T03:04:05.000Z' },
      { name: 'File10.bin', type: 'file', size: 0, modified: null },
      { name: 'readme.txt', type: 'file', size: 1536, modified: '2026-03-04T05:06:07.000Z' },
      { name: 'www', type: 'symlink', size: null, modified: null },
    ]);
  });

  it('prints an empty array for an empty folder', () => {
    expect(JSON.parse(formatJson([]))).toEqual([]);
  });
});

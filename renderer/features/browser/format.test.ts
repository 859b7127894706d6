import { describe, expect, it } from 'vitest';
import { formatModified, formatSize, summarize, typeLabel } from './format.js';

describe('formatSize', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [532, '532 bytes'],
    [1023, '1023 bytes'],
    [1024, '1.0 KB'],
    [1234, '1.2 KB'],
    [10_189, '10 KB'],
    [12_697, '12 KB'],
    [1_048_524, '1.0 MB'],
    [5 * 1024 ** 3, '5.0 GB'],
    [1024 ** 6, '1024 PB'],
  ])('%d bytes reads "%s"', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});

describe('typeLabel', () => {
  it.each([
    ['docs', 'directory', 'Folder'],
    ['a.txt', 'file', 'TXT file'],
    ['archive.tar.gz', 'file', 'GZ file'],
    ['.bashrc', 'file', 'File'],
    ['Makefile', 'file', 'File'],
    ['trailing.', 'file', 'File'],
    ['latest', 'symlink', 'Link'],
    ['fifo', 'other', 'Special'],
  ] as const)('%s (%s) is "%s"', (name, kind, label) => {
    expect(typeLabel(name, kind)).toBe(label);
  });
});

describe('summarize', () => {
  it.each([
    [[], '0 folders, 0 files'],
    [[{ kind: 'directory', size: 4096 }], '1 folder, 0 files'],
    [
      [
        { kind: 'directory', size: 4096 },
        { kind: 'file', size: 1000 },
        { kind: 'file', size: 234 },
      ],
      '1 folder, 2 files, 1.2 KB',
    ],
    [[{ kind: 'symlink', size: 7 }], '0 folders, 1 file, 7 bytes'],
  ] as const)('%j reads "%s"', (entries, text) => {
    expect(summarize(entries)).toBe(text);
  });
});

describe('formatModified', () => {
  const formats = {
    thisYear: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
    otherYear: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }),
  };
  const now = new Date(2026, 10, 21, 12, 0).getTime();
  it.each([
    [new Date(2026, 10, 21, 9, 15).getTime(), '21 Nov, 09:15'],
    [new Date(2026, 0, 2, 18, 5).getTime(), '2 Jan, 18:05'],
    [new Date(2024, 2, 3, 9, 15).getTime(), '3 Mar 2024'],
    [null, ''],
  ])('%s reads "%s"', (epochMs, text) => {
    expect(formatModified(epochMs, now, formats)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import type { FileInfo } from '../ftp/list/index.js';
import { toRemoteEntry } from './entry-mapping.js';

describe('toRemoteEntry', () => {
  it.each<[string, FileInfo, Record<string, unknown>]>([
    [
      'a full LIST line',
      { name: 'index.html', type: 'file', size: 12, modified: new Date(Date.UTC(2024, 0, 2)), permissions: 'rw-r--r--', mode: 0o644, owner: 'www', group: 'www' },
      { kind: 'file', size: 12, modified: Date.UTC(2024, 0, 2), permissions: 'rw-r--r--', mode: 0o644, owner: 'www', group: 'www', linkTarget: null, hidden: false },
    ],
    ['a dot-file', { name: '.htaccess', type: 'file' }, { hidden: true, size: null, modified: null, permissions: null, mode: null, owner: null, group: null }],
    ['a folder', { name: 'public_html', type: 'directory' }, { kind: 'directory', hidden: false }],
    ['a symlink with target', { name: 'www', type: 'symlink', target: 'public_html' }, { kind: 'symlink', linkTarget: 'public_html' }],
    ['an unknown type (fifo, device)', { name: 'pipe', type: 'unknown' }, { kind: 'other' }],
    ['an invalid date', { name: 'x', type: 'file', modified: new Date(Number.NaN) }, { modified: null }],
  ])('%s', (_label, info, expected) => {
    expect(toRemoteEntry(info)).toMatchObject({ name: info.name, ...expected });
  });
});

import { describe, expect, it } from 'vitest';
import type { RemoteEntry, RemoteListing } from './remote-entry.js';
import { packedRemoteListingSchema, packRemoteListing, unpackRemoteListing } from './remote-listing-wire.js';

const entry = (name: string, over: Partial<RemoteEntry> = {}): RemoteEntry => ({
  name,
  kind: 'file',
  size: 10,
  modified: 1_700_000_000_000,
  permissions: 'rw-r--r--',
  mode: 0o644,
  owner: 'ann',
  group: 'www',
  linkTarget: null,
  hidden: name.startsWith('.'),
  ...over,
});

const listing: RemoteListing = {
  path: '/www',
  parent: '/',
  entries: [
    entry('index.html'),
    entry('.htaccess'),
    entry('img', { kind: 'directory', size: null, permissions: 'rwxr-xr-x', mode: 0o755 }),
    entry('latest', { kind: 'symlink', linkTarget: 'releases/3', owner: null, group: null }),
    entry('odd', { kind: 'other', size: null, modified: null, permissions: null, mode: null, owner: 'bob', group: 'ann' }),
  ],
};

describe('remote listing on the wire', () => {
  it('comes back exactly as it went, through JSON', () => {
    const wire = JSON.parse(JSON.stringify(packRemoteListing(listing))) as unknown;
    const parsed = packedRemoteListingSchema.parse(wire);
    expect(unpackRemoteListing(parsed)).toEqual(listing);
  });

  it('keeps each distinct permission, owner and group text once', () => {
    const packed = packRemoteListing(listing);
    expect([...packed.strings].sort()).toEqual(['ann', 'bob', 'rw-r--r--', 'rwxr-xr-x', 'www']);
    expect(packed.rows[3]).toEqual(['latest', 'symlink', 10, 1_700_000_000_000, 0, 0o644, -1, -1, 'releases/3']);
  });

  it('is much smaller than the entries as objects', () => {
    const many: RemoteListing = { ...listing, entries: Array.from({ length: 1000 }, (_, i) => entry(`f${String(i).padStart(6, '0')}.txt`)) };
    expect(JSON.stringify(packRemoteListing(many)).length * 2.5).toBeLessThan(JSON.stringify(many).length);
  });

  it('reads an index outside the strings as a missing field', () => {
    const unpacked = unpackRemoteListing({ path: '/', parent: null, strings: ['x'], rows: [['a', 'file', 1, 2, 7, null, 0, -1, null]] });
    expect(unpacked.entries[0]).toMatchObject({ permissions: null, owner: 'x', group: null, hidden: false });
  });

  it.each([
    ['a row too short', [['a', 'file', 1, 2, 0, null, 0, 0]]],
    ['an unknown kind', [['a', 'pipe', 1, 2, 0, null, 0, 0, null]]],
    ['a negative size', [['a', 'file', -1, 2, 0, null, 0, 0, null]]],
    ['an index below -1', [['a', 'file', 1, 2, -2, null, 0, 0, null]]],
  ])('refuses %s', (_label, rows) => {
    expect(packedRemoteListingSchema.safeParse({ path: '/', parent: null, strings: [], rows }).success).toBe(false);
  });
});

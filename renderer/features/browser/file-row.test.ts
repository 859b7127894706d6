import { describe, expect, it } from 'vitest';
import { findByPrefix, parentRowKey, toRows } from './file-row.js';

const entries = [
  { name: 'docs', kind: 'directory', size: 0, modified: 1, hidden: false },
  { name: 'a.txt', kind: 'file', size: 3, modified: 2, hidden: false },
  { name: 'Apple.md', kind: 'file', size: 3, modified: 2, hidden: false },
] as const;

describe('toRows', () => {
  it('puts ".." first when there is a parent', () => {
    const rows = toRows(entries, true);
    expect(rows.map((row) => row.key)).toEqual([parentRowKey, 'docs', 'a.txt', 'Apple.md']);
    expect(rows[0]?.kind).toBe('parent');
  });

  it('has no ".." at a root', () => {
    expect(toRows(entries, false).map((row) => row.name)).toEqual(['docs', 'a.txt', 'Apple.md']);
  });
});

describe('findByPrefix', () => {
  const rows = toRows(entries, true);
  it.each([
    ['a', 0, 2],
    ['a', 3, 3],
    ['A', 2, 2],
    ['ap', 0, 3],
    ['d', 2, 1],
    ['.', 0, -1],
    ['zzz', 0, -1],
  ])('"%s" from %d finds %d', (prefix, from, found) => {
    expect(findByPrefix(rows, prefix, from)).toBe(found);
  });
});

import { describe, expect, it } from 'vitest';
import type { SortableEntry, SortOrder } from './sort-entries.js';
import { nextSortOrder, sortEntries } from './sort-entries.js';

const entries: SortableEntry[] = [
  { name: 'file10.txt', kind: 'file', size: 10, modified: 3 },
  { name: 'zeta', kind: 'directory', size: 4096, modified: 1 },
  { name: 'file2.txt', kind: 'file', size: 300, modified: null },
  { name: 'Alpha', kind: 'directory', size: 4096, modified: 5 },
  { name: 'b.md', kind: 'file', size: 10, modified: 9 },
  { name: 'link', kind: 'symlink', size: 5, modified: 2 },
];

describe('sortEntries', () => {
  it.each<[SortOrder, string[]]>([
    [{ key: 'name', direction: 'ascending' }, ['Alpha', 'zeta', 'b.md', 'file2.txt', 'file10.txt', 'link']],
    [{ key: 'name', direction: 'descending' }, ['zeta', 'Alpha', 'link', 'file10.txt', 'file2.txt', 'b.md']],
    [{ key: 'size', direction: 'ascending' }, ['Alpha', 'zeta', 'link', 'b.md', 'file10.txt', 'file2.txt']],
    [{ key: 'size', direction: 'descending' }, ['zeta', 'Alpha', 'file2.txt', 'file10.txt', 'b.md', 'link']],
    [{ key: 'modified', direction: 'ascending' }, ['zeta', 'Alpha', 'file2.txt', 'link', 'file10.txt', 'b.md']],
    [{ key: 'type', direction: 'ascending' }, ['Alpha', 'zeta', 'link', 'b.md', 'file2.txt', 'file10.txt']],
  ])('%j', (order, names) => {
    expect(sortEntries(entries, order).map((entry) => entry.name)).toEqual(names);
  });

  it('leaves its input alone', () => {
    const before = entries.map((entry) => entry.name);
    sortEntries(entries, { key: 'size', direction: 'descending' });
    expect(entries.map((entry) => entry.name)).toEqual(before);
  });
});

describe('nextSortOrder', () => {
  it.each<[SortOrder, SortOrder['key'], SortOrder]>([
    [{ key: 'name', direction: 'ascending' }, 'name', { key: 'name', direction: 'descending' }],
    [{ key: 'name', direction: 'descending' }, 'name', { key: 'name', direction: 'ascending' }],
    [{ key: 'name', direction: 'ascending' }, 'size', { key: 'size', direction: 'descending' }],
    [{ key: 'size', direction: 'ascending' }, 'type', { key: 'type', direction: 'ascending' }],
    [{ key: 'type', direction: 'ascending' }, 'modified', { key: 'modified', direction: 'descending' }],
  ])('%j then %s gives %j', (current, key, next) => {
    expect(nextSortOrder(current, key)).toEqual(next);
  });
});

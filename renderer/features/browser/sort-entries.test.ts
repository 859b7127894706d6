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

describe('sortEntries on large listings', () => {
  // A fixed-seed generator: the shortcuts in sort-fast.ts must give exactly the plain stable sort's order.
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
  }
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  function reference(list: readonly SortableEntry[], order: SortOrder): string[] {
    const sign = order.direction === 'ascending' ? 1 : -1;
    const value = (entry: SortableEntry) => (order.key === 'size' ? (entry.size ?? 0) : (entry.modified ?? -Infinity));
    return [...list]
      .sort((a, b) => {
        const folders = Number(b.kind === 'directory') - Number(a.kind === 'directory');
        if (folders !== 0) return folders;
        const primary = order.key === 'name' ? 0 : value(a) - value(b);
        return sign * (Number.isNaN(primary) ? 0 : primary) || sign * collator.compare(a.name, b.name);
      })
      .map((entry) => entry.name);
  }
  const next = random(42);
  const plainNames = Array.from({ length: 3000 }, (_, index) => `File${Math.floor(next() * 500)}_${index}.txt`);
  const oddNames = ['a-b', 'a_b', 'a.b', 'A b', 'ab', 'a01', 'a1', 'É', 'e', 'z', '_x', '-x', '10', '9'];
  const build = (names: readonly string[]): SortableEntry[] =>
    names.map((name, index) => ({
      name,
      kind: index % 7 === 0 ? 'directory' : 'file',
      size: Math.floor(next() * 4),
      modified: index % 5 === 0 ? null : Math.floor(next() * 3),
    }));
  const shuffled = build(plainNames);
  const odd = build([...plainNames.slice(0, 300), ...oddNames, ...oddNames.map((name) => name.toUpperCase())]);
  const sorted = build([...plainNames].sort(collator.compare));
  // Equal to the collator (a soft hyphen is ignorable), neighbours in the stand-in order but the wrong way
  // round: only the tie rule keeps them in their original order.
  const twins = build(['x', 'a\u00adb', 'ab', ...plainNames.slice(0, 50)]);

  it.each<[string, SortableEntry[], SortOrder]>([
    ['shuffled names', shuffled, { key: 'name', direction: 'ascending' }],
    ['shuffled names, descending', shuffled, { key: 'name', direction: 'descending' }],
    ['shuffled names by size (many ties)', shuffled, { key: 'size', direction: 'descending' }],
    ['shuffled names by date (nulls)', shuffled, { key: 'modified', direction: 'ascending' }],
    ['punctuation, accents and case', odd, { key: 'name', direction: 'ascending' }],
    ['punctuation by size', odd, { key: 'size', direction: 'ascending' }],
    ['sorted input', sorted, { key: 'name', direction: 'ascending' }],
    ['accented twins', twins, { key: 'name', direction: 'ascending' }],
  ])('%s: same order as a plain stable sort', (_label, list, order) => {
    expect(sortEntries(list, order).map((entry) => entry.name)).toEqual(reference(list, order));
  });
});

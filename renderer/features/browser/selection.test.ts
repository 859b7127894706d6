import { describe, expect, it } from 'vitest';
import type { Selection } from './selection.js';
import { clickSelect, emptySelection, moveSelect, pruneSelection, selectAll, selectOnly, selectedInOrder } from './selection.js';

const order = ['..', 'a', 'b', 'c', 'd', 'e'];
const notParent = (key: string) => key !== '..';
const keysOf = (selection: Selection) => [...selection.keys].sort();

describe('clickSelect', () => {
  it.each([
    ['plain click selects only the row', selectOnly('a'), 'c', {}, ['c']],
    ['toggle adds a row', selectOnly('a'), 'c', { toggle: true }, ['a', 'c']],
    ['toggle removes a selected row', { keys: new Set(['a', 'c']), focus: 'c', anchor: 'c' }, 'a', { toggle: true }, ['c']],
    ['shift selects the range from the anchor', selectOnly('b'), 'd', { shift: true }, ['b', 'c', 'd']],
    ['shift works backwards', selectOnly('e'), 'c', { shift: true }, ['c', 'd', 'e']],
    ['shift range skips the parent row', selectOnly('b'), '..', { shift: true }, ['a', 'b']],
    ['shift+toggle adds a range', { keys: new Set(['e']), focus: 'a', anchor: 'a' }, 'b', { shift: true, toggle: true }, ['a', 'b', 'e']],
    ['shift with nothing yet selects the row', emptySelection, 'c', { shift: true }, ['c']],
  ] as const)('%s', (_name, start, key, modifiers, expected) => {
    expect(keysOf(clickSelect(start, order, key, modifiers, notParent))).toEqual(expected);
  });

  it('keeps the anchor while Shift-clicking around it', () => {
    const first = clickSelect(selectOnly('c'), order, 'e', { shift: true }, notParent);
    const second = clickSelect(first, order, 'a', { shift: true }, notParent);
    expect(keysOf(second)).toEqual(['a', 'b', 'c']);
    expect(second.focus).toBe('a');
    expect(second.anchor).toBe('c');
  });
});

describe('moveSelect', () => {
  it('moves the cursor and selects only it', () => {
    const next = moveSelect(selectOnly('b'), order, 3);
    expect(keysOf(next)).toEqual(['c']);
    expect(next.focus).toBe('c');
  });

  it('clamps to the ends', () => {
    expect(moveSelect(selectOnly('b'), order, 99).focus).toBe('e');
    expect(moveSelect(selectOnly('b'), order, -5).focus).toBe('..');
  });

  it('grows a range with Shift+arrows', () => {
    let selection = selectOnly('b');
    selection = moveSelect(selection, order, 3, { shift: true }, notParent);
    selection = moveSelect(selection, order, 4, { shift: true }, notParent);
    expect(keysOf(selection)).toEqual(['b', 'c', 'd']);
    selection = moveSelect(selection, order, 3, { shift: true }, notParent);
    expect(keysOf(selection)).toEqual(['b', 'c']);
  });

  it('does nothing in an empty list', () => {
    const start = selectOnly('x');
    expect(moveSelect(start, [], 0)).toBe(start);
  });
});

describe('selectAll, pruneSelection, selectedInOrder', () => {
  it('selects every row but the parent', () => {
    expect(keysOf(selectAll(emptySelection, order, notParent))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('drops keys that went away and keeps the same object when nothing did', () => {
    const start: Selection = { keys: new Set(['a', 'c']), focus: 'c', anchor: 'a' };
    expect(pruneSelection(start, order)).toBe(start);
    const pruned = pruneSelection(start, ['..', 'a', 'b']);
    expect(keysOf(pruned)).toEqual(['a']);
    expect(pruned.focus).toBeNull();
    expect(pruned.anchor).toBe('a');
  });

  it('lists the selection in display order', () => {
    expect(selectedInOrder({ keys: new Set(['d', 'a']), focus: null, anchor: null }, order)).toEqual(['a', 'd']);
  });
});

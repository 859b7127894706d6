import { describe, expect, it } from 'vitest';
import { clampSplit, keySplit, loadSplit, saveSplit } from './split-sizes.js';

const limits = { min: 20, max: 80 };

describe('split sizes', () => {
  it.each([
    [50, 50],
    [10, 20],
    [95, 80],
    [33.333, 33.3],
    [Number.NaN, 50],
  ])('clamps %d to %d', (value, expected) => {
    expect(clampSplit(value, limits, 50)).toBe(expected);
  });

  it.each([
    ['ArrowRight', true, 52],
    ['ArrowLeft', true, 48],
    ['ArrowDown', false, 52],
    ['ArrowUp', false, 48],
    ['ArrowDown', true, null],
    ['PageUp', false, 40],
    ['Home', true, 20],
    ['End', false, 80],
    ['a', true, null],
  ] as const)('%s (vertical %s) from 50 gives %s', (key, vertical, expected) => {
    expect(keySplit(50, key, limits, vertical)).toBe(expected);
  });

  it('remembers and restores, falling back on junk', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value) };
    expect(loadSplit(storage, 'k', limits, 50)).toBe(50);
    saveSplit(storage, 'k', 61.5);
    expect(loadSplit(storage, 'k', limits, 50)).toBe(61.5);
    data.set('k', 'wide');
    expect(loadSplit(storage, 'k', limits, 50)).toBe(50);
    data.set('k', '5');
    expect(loadSplit(storage, 'k', limits, 50)).toBe(20);
  });
});

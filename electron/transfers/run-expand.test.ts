import { describe, expect, it } from 'vitest';
import { soleLocalNames } from './run-expand.js';

describe('soleLocalNames (which files of a fresh folder may skip the "exists?" check)', () => {
  it.each([
    { names: ['a.txt', 'b.txt'], sole: ['a.txt', 'b.txt'] },
    { names: ['A.txt', 'a.txt', 'c'], sole: ['c'] },
    { names: ['x', 'x.part', 'y'], sole: ['y'] },
    { names: ['X', 'x.PART'], sole: [] },
    { names: ['caf\u00e9', 'cafe\u0301'], sole: [] },
    { names: ['a.', 'a', 'b '], sole: ['b '] },
    { names: ['only.part'], sole: ['only.part'] },
  ])('$names → $sole', ({ names, sole }) => {
    expect([...soleLocalNames(names)].sort()).toEqual([...sole].sort());
  });
});

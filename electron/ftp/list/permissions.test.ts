import { describe, expect, it } from 'vitest';
import { modeFromString, modeToString } from './permissions.js';

const table: ReadonlyArray<readonly [text: string, mode: number]> = [
  ['rwxr-xr-x', 0o755],
  ['rw-r--r--', 0o644],
  ['---------', 0],
  ['rwsr-xr-x', 0o4755],
  ['rwSr--r--', 0o4644],
  ['rwxr-sr-x', 0o2755],
  ['rwxrwxrwt', 0o1777],
  ['rw-rw-rwT', 0o1666],
];

describe('permission strings', () => {
  it.each(table)('%s ⇄ %o', (text, mode) => {
    expect(modeFromString(text)).toBe(mode);
    expect(modeToString(mode)).toBe(text);
  });

  it.each(['rwxr-xr-', 'rwxr-xr-xx', 'rwzr-xr-x', 'rwxr-xr-q'])('rejects %s', (text) => {
    expect(modeFromString(text)).toBeUndefined();
  });
});

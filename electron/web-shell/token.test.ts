import { describe, expect, it } from 'vitest';
import { createToken, tokenMatches } from './token.js';

describe('token', () => {
  it('is 32 random bytes in base64url, fresh each run', () => {
    const a = createToken();
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createToken()).not.toBe(a);
  });

  it.each([
    ['the same token', (t: string) => t, true],
    ['a prefix', (t: string) => t.slice(0, -1), false],
    ['one more character', (t: string) => `${t}A`, false],
    ['another case', (t: string) => t.toUpperCase() === t ? t.toLowerCase() : t.toUpperCase(), false],
    ['empty', () => '', false],
    ['null', () => null, false],
  ])('matches %s: %s', (_label, given, expected) => {
    const token = createToken();
    expect(tokenMatches(token, given(token))).toBe(expected);
  });
});

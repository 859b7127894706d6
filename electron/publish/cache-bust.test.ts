import { describe, expect, it } from 'vitest';
import { cacheBustedUrl } from './cache-bust.js';

describe('cacheBustedUrl', () => {
  it.each([
    ['https://example.com', 'https://example.com/?ferry=42'],
    ['example.com/blog/', 'https://example.com/blog/?ferry=42'],
    ['http://example.com/?lang=de#top', 'http://example.com/?lang=de&ferry=42#top'],
    ['https://example.com/?ferry=1', 'https://example.com/?ferry=42'],
    ['', undefined],
    ['   ', undefined],
    ['ftp://example.com/', undefined],
    ['http://exa mple.com', undefined],
  ])('%j → %s', (address, expected) => {
    expect(cacheBustedUrl(address, 42)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { takePageToken, type TokenPage } from './page-token.js';

function page(href: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const replaced: string[] = [];
  const fake: TokenPage = {
    location: { href },
    sessionStorage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
    history: { state: null, replaceState: (_s, _t, url) => void replaced.push(String(url)) },
  };
  return { fake, storage, replaced };
}

describe('takePageToken', () => {
  it('takes the token from the URL, keeps it for reloads and strips it from the address bar', () => {
    const { fake, storage, replaced } = page('http://127.0.0.1:5000/?token=abc&x=1#/sites');
    expect(takePageToken(fake)).toBe('abc');
    expect([...storage.values()]).toEqual(['abc']);
    expect(replaced).toEqual(['/?x=1#/sites']);
  });

  it('falls back to the stored token after a reload', () => {
    const first = page('http://127.0.0.1:5000/?token=abc');
    takePageToken(first.fake);
    const reloaded = page('http://127.0.0.1:5000/', Object.fromEntries(first.storage));
    expect(takePageToken(reloaded.fake)).toBe('abc');
    expect(reloaded.replaced).toEqual([]);
  });

  it('is null without any token', () => {
    expect(takePageToken(page('http://127.0.0.1:5000/').fake)).toBe(null);
  });
});

import { describe, expect, it } from 'vitest';
import { remoteUrl } from './remote-url.js';

describe('remoteUrl', () => {
  it.each([
    [{ host: 'example.com', port: 21, user: 'ann', protocol: 'ftpes-if-available' as const }, '/public_html/index.html', 'ftp://ann@example.com/public_html/index.html'],
    [{ host: '127.0.0.1', port: 2121, user: 'ann', protocol: 'ftp' as const }, '/a b/c', 'ftp://ann@127.0.0.1:2121/a%20b/c'],
    [{ host: 'example.com', port: 990, user: '', protocol: 'ftps-implicit' as const }, '/', 'ftps://example.com/'],
    [{ host: 'example.com', port: 21, user: 'a@b', protocol: 'ftpes-required' as const }, '/x', 'ftpes://a%40b@example.com/x'],
    [{ host: '::1', port: 21, user: 'anonymous', protocol: 'ftp' as const }, '/pub', 'ftp://[::1]/pub'],
  ])('%j %s', (target, path, url) => {
    expect(remoteUrl(target, path)).toBe(url);
  });
});

import { describe, expect, it } from 'vitest';
import { type FtpUrl, FtpUrlError, formatFtpUrl, parseFtpUrl } from './ftp-url.js';

const valid: ReadonlyArray<readonly [input: string, expected: FtpUrl]> = [
  ['ftp://example.com', { protocol: 'ftp', host: 'example.com', port: 21, path: '/' }],
  ['ftps://example.com', { protocol: 'ftps', host: 'example.com', port: 990, path: '/' }],
  ['ftpes://example.com', { protocol: 'ftpes', host: 'example.com', port: 21, path: '/' }],
  ['FTPES://Example.COM:2121/', { protocol: 'ftpes', host: 'example.com', port: 2121, path: '/' }],
  ['example.com', { protocol: 'ftp', host: 'example.com', port: 21, path: '/' }],
  ['  127.0.0.1:2121  ', { protocol: 'ftp', host: '127.0.0.1', port: 2121, path: '/' }],
  ['[::1]:2121', { protocol: 'ftp', host: '::1', port: 2121, path: '/' }],
  ['ftps://[2001:DB8::1]/pub', { protocol: 'ftps', host: '2001:db8::1', port: 990, path: '/pub' }],
  ['ftp://[fe80::1%25eth0]:21/', { protocol: 'ftp', host: 'fe80::1%eth0', port: 21, path: '/' }],
  ['ftp://jane@example.com', { protocol: 'ftp', host: 'example.com', port: 21, user: 'jane', path: '/' }],
  ['ftp://jane%40corp:p%3Ass%2Fw%25rd@example.com/',
    { protocol: 'ftp', host: 'example.com', port: 21, user: 'jane@corp', password: 'p:ss/w%rd', path: '/' }],
  ['ftp://jane:p@ss:x@example.com', // unescaped `@` and `:` in a password: userinfo ends at the last `@`
    { protocol: 'ftp', host: 'example.com', port: 21, user: 'jane', password: 'p@ss:x', path: '/' }],
  ['ftp://jane:@example.com', { protocol: 'ftp', host: 'example.com', port: 21, user: 'jane', password: '', path: '/' }],
  ['ftp://example.com/public_html/My%20Site/caf%C3%A9/',
    { protocol: 'ftp', host: 'example.com', port: 21, path: '/public_html/My Site/café/' }],
  ['ftp://example.com:/x', { protocol: 'ftp', host: 'example.com', port: 21, path: '/x' }],
  ['user@host.example:65535', { protocol: 'ftp', host: 'host.example', port: 65535, user: 'user', path: '/' }],
];

const invalid: ReadonlyArray<readonly [input: string, message: RegExp]> = [
  ['', /Enter a server address/],
  ['   ', /Enter a server address/],
  ['http://example.com', /"http:\/\/" is not supported/],
  ['sftp://example.com', /"sftp:\/\/" is not supported/],
  ['://example.com', /not a valid address/],
  ['ftp://', /no server name/],
  ['ftp://:21', /no server name/],
  ['ftp://jane@/x', /no server name/],
  ['ftp://example.com:0', /Port "0"/],
  ['ftp://example.com:65536', /Port "65536"/],
  ['ftp://example.com:ftp', /Port "ftp"/],
  ['ftp://example.com:-1', /Port "-1"/],
  ['::1', /IPv6 address in brackets/],
  ['ftp://[::1', /not a valid IPv6/],
  ['ftp://[::1]x', /not a valid IPv6/],
  ['ftp://[example.com]', /not a valid IPv6/],
  ['ftp://exa mple.com', /spaces or control characters/],
  ['ftp://example.com/a%0D%0ADELE%20x', /line break or NUL/],
  ['ftp://example.com/%00', /line break or NUL/],
  ['ftp://ja%ZZne@example.com', /user name has a broken %-escape/],
  ['ftp://example.com/%E0%A4%A', /path has a broken %-escape/],
  ['ftp://exa\\mple.com', /not a valid server name/],
];

describe('parseFtpUrl', () => {
  it.each(valid)('%s', (input, expected) => {
    expect(parseFtpUrl(input)).toEqual(expected);
  });

  it.each(invalid)('rejects %j', (input, message) => {
    expect(() => parseFtpUrl(input)).toThrow(FtpUrlError);
    expect(() => parseFtpUrl(input)).toThrow(message);
  });
});

describe('formatFtpUrl', () => {
  const secret: FtpUrl = {
    protocol: 'ftpes', host: 'example.com', port: 2121, user: 'jane@corp', password: 's3cr:t @/%', path: '/My Site/café',
  };

  it.each([
    [secret, 'ftpes://jane%40corp@example.com:2121/My%20Site/café'],
    [{ protocol: 'ftps', host: 'example.com', port: 990, path: '/' }, 'ftps://example.com/'],
    [{ protocol: 'ftp', host: '::1', port: 2121, path: '/' }, 'ftp://[::1]:2121/'],
    [{ protocol: 'ftp', host: 'fe80::1%eth0', port: 21, path: '/%x' }, 'ftp://[fe80::1%25eth0]/%25x'],
  ] as const)('%j → %s, never with the password', (url, text) => {
    expect(formatFtpUrl(url)).toBe(text);
    expect(formatFtpUrl(url, { withPassword: false })).toBe(text);
  });

  it('includes the password only when asked, escaped so it parses back', () => {
    const text = formatFtpUrl(secret, { withPassword: true });
    expect(text).toBe('ftpes://jane%40corp:s3cr%3At%20%40%2F%25@example.com:2121/My%20Site/café');
    expect(parseFtpUrl(text)).toEqual(secret);
  });

  it.each(valid)('round-trips %s', (_input, url) => {
    expect(parseFtpUrl(formatFtpUrl(url, { withPassword: true }))).toEqual(url);
  });
});

import { describe, expect, it } from 'vitest';
import { checkQuickConnect, fillFromUrl } from './quick-connect.js';

describe('checkQuickConnect', () => {
  it.each([
    [{ host: 'ftp.example.com', user: 'ann', password: 'x', port: '' }, { ok: true, host: 'ftp.example.com', port: 21, user: 'ann', protocol: 'ftpes-if-available' }],
    [{ host: ' 127.0.0.1 ', user: ' ', password: '', port: '2121' }, { ok: true, host: '127.0.0.1', port: 2121, user: '' }],
    [{ host: 'h', user: '', password: '', port: '', protocol: 'ftps-implicit' as const }, { ok: true, port: 990, protocol: 'ftps-implicit' }],
    [{ host: '', user: 'ann', password: '', port: '21' }, { ok: false, field: 'host' }],
    [{ host: 'ftp://h', user: '', password: '', port: '' }, { ok: false, field: 'host' }],
    [{ host: 'h', user: '', password: '', port: '0' }, { ok: false, field: 'port' }],
    [{ host: 'h', user: '', password: '', port: '65536' }, { ok: false, field: 'port' }],
    [{ host: 'h', user: '', password: '', port: '21a' }, { ok: false, field: 'port' }],
    [{ host: 'h', user: '', password: '', port: '2.5' }, { ok: false, field: 'port' }],
  ])('%j', (input, expected) => {
    expect(checkQuickConnect(input)).toMatchObject(expected);
  });
});

describe('fillFromUrl', () => {
  it.each([
    ['ftp.example.com', null],
    ['ftp://ann@ftp.example.com', { host: 'ftp.example.com', port: '', protocol: 'ftpes-if-available', user: 'ann' }],
    ['ftpes://ann:s%40cret@Example.com:2121/public_html', { host: 'example.com', port: '2121', protocol: 'ftpes-required', user: 'ann', password: 's@cret', path: '/public_html' }],
    ['ftps://example.com', { host: 'example.com', port: '', protocol: 'ftps-implicit' }],
    ['ftps://example.com:21', { host: 'example.com', port: '21', protocol: 'ftps-implicit' }],
    ['bob@127.0.0.1:2121', { host: '127.0.0.1', port: '2121', protocol: 'ftpes-if-available', user: 'bob' }],
    ['127.0.0.1:2121', { host: '127.0.0.1', port: '2121' }],
  ])('%j', (text, expected) => {
    const fill = fillFromUrl(text);
    if (expected === null) expect(fill).toBeNull();
    else expect(fill).toEqual(expect.objectContaining(expected));
  });

  it('leaves out what the address did not name', () => {
    expect(fillFromUrl('ftp://example.com')).toEqual({ host: 'example.com', port: '', protocol: 'ftpes-if-available' });
  });

  it('explains a broken address', () => {
    expect(fillFromUrl('sftp://example.com')).toEqual({ error: expect.stringContaining('not supported') });
    expect(fillFromUrl('ftp://example.com:99999')).toEqual({ error: expect.stringContaining('65535') });
  });
});

import { describe, expect, it } from 'vitest';
import { checkQuickConnect } from './quick-connect.js';

describe('checkQuickConnect', () => {
  it.each([
    [{ host: 'ftp.example.com', user: 'ann', password: 'x', port: '' }, { ok: true, host: 'ftp.example.com', port: 21, user: 'ann' }],
    [{ host: ' 127.0.0.1 ', user: ' ', password: '', port: '2121' }, { ok: true, host: '127.0.0.1', port: 2121, user: '' }],
    [{ host: '', user: 'ann', password: '', port: '21' }, { ok: false, field: 'host' }],
    [{ host: 'h', user: '', password: '', port: '0' }, { ok: false, field: 'port' }],
    [{ host: 'h', user: '', password: '', port: '65536' }, { ok: false, field: 'port' }],
    [{ host: 'h', user: '', password: '', port: '21a' }, { ok: false, field: 'port' }],
    [{ host: 'h', user: '', password: '', port: '2.5' }, { ok: false, field: 'port' }],
  ])('%j', (input, expected) => {
    expect(checkQuickConnect(input)).toMatchObject(expected);
  });
});

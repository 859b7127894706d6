import { describe, expect, it } from 'vitest';
import type { FtpUrl } from '../../shared/ftp-url.js';
import { choosePassword, hostAndPort } from './connect-from-url.js';

const base: FtpUrl = { protocol: 'ftp', host: 'h', port: 21, path: '/' };

describe('choosePassword', () => {
  it.each<[string, Partial<FtpUrl>, Record<string, string>, string | undefined]>([
    ['the URL password', { user: 'u', password: 'url' }, { FERRY_PASSWORD: 'env' }, 'url'],
    ['an empty URL password, kept', { user: 'u', password: '' }, { FERRY_PASSWORD: 'env' }, ''],
    ['FERRY_PASSWORD for a user without one', { user: 'u' }, { FERRY_PASSWORD: 'env' }, 'env'],
    ['nothing for a user without any', { user: 'u' }, {}, undefined],
    ['nothing for anonymous, whatever the environment says', {}, { FERRY_PASSWORD: 'env' }, undefined],
  ])('uses %s', (_label, parts, env, expected) => {
    expect(choosePassword({ ...base, ...parts }, env)).toBe(expected);
  });
});

describe('hostAndPort', () => {
  it.each([
    ['example.com', 2121, 'example.com:2121'],
    ['::1', 21, '[::1]:21'],
  ])('%s port %d reads %s', (host, port, expected) => {
    expect(hostAndPort({ ...base, host, port })).toBe(expected);
  });
});

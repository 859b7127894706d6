import { describe, expect, it } from 'vitest';
import { decodePassword, decodeRemoteDir, mapColour, mapEncoding, mapLogonType, mapProtocol } from './filezilla-fields.js';

describe('FileZilla field decoders', () => {
  it.each([
    ['1 0 3 pub 4 site', '/pub/site'],
    ['1 0', '/'],
    ['', ''],
    ['1 0 8 my files 1 x', '/my files/x'],
    ['1 0 6 ホームページ', '/ホームページ'],
    ['0 0 11 public_html', '/public_html'],
  ])('decodes RemoteDir %j as %j', (input, path) => {
    expect(decodeRemoteDir(input)).toEqual({ ok: true, value: path });
  });

  it.each([['2 5 DISK: 3 dir', /not a slash-separated path/], ['1 0 9 short', /shorter than its length/], ['x', /number was expected/]])(
    'refuses RemoteDir %j',
    (input, reason) => {
      expect(decodeRemoteDir(input)).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
    },
  );

  it.each([
    [undefined, 'ftpes-if-available'],
    ['0', 'ftpes-if-available'],
    ['3', 'ftps-implicit'],
    ['4', 'ftpes-required'],
    ['6', 'ftp'],
  ])('maps protocol %j to %s', (code, protocol) => {
    expect(mapProtocol(code)).toEqual({ ok: true, value: protocol });
  });

  it.each([['1', /SFTP/], ['5', /HTTPS/], ['7', /S3/], ['99', /unknown protocol/]])('skips protocol %s', (code, reason) => {
    expect(mapProtocol(code)).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
  });

  it.each([
    ['0', { ok: true, value: 'anonymous' }],
    ['1', { ok: true, value: 'normal' }],
    ['2', { ok: true, value: 'ask' }],
    ['3', { ok: true, value: 'ask', warning: expect.stringMatching(/Interactive/) }],
    ['4', { ok: true, value: 'normal', warning: expect.stringMatching(/ACCT/) }],
    ['5', { ok: false, reason: expect.stringMatching(/key file/) }],
  ])('maps logon type %s', (code, expected) => {
    expect(mapLogonType(code)).toEqual(expected);
  });

  it.each([
    ['YWJj', 'base64', { ok: true, value: 'abc' }],
    ['R3LDvMOfZQ==', 'base64', { ok: true, value: 'Grüße' }],
    ['plain', undefined, { ok: true, value: 'plain' }],
    ['', 'base64', { ok: true, value: undefined }],
    ['abc', 'crypt', { ok: false, reason: expect.stringMatching(/master password/) }],
    ['not base64!', 'base64', { ok: false, reason: expect.stringMatching(/not valid base64/) }],
  ])('decodes password %j (%s)', (text, encoding, expected) => {
    expect(decodePassword(text, encoding)).toEqual(expected);
  });

  it('maps colours and encodings', () => {
    expect(['0', '1', '7', '42', undefined].map(mapColour)).toEqual(['none', 'red', 'orange', 'none', 'none']);
    expect(mapEncoding('Custom', 'ISO-8859-15')).toBe('iso-8859-15');
    expect(mapEncoding('Auto', undefined)).toBe('utf-8');
    expect(mapEncoding('Custom', '')).toBe('utf-8');
  });
});

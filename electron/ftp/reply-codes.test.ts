import { describe, expect, it } from 'vitest';
import { FtpProtocolError } from './errors.js';
import { formatTimeVal, parse150Size, parse257, parseEpsvReply, parseFeatures, parsePasvReply, parseTimeVal } from './reply-codes.js';
import { makeReply } from './reply.js';

const reply = (text: string) => {
  const lines = text.split('\n');
  return makeReply(Number(text.slice(0, 3)), lines);
};

describe('parsePasvReply', () => {
  it.each([
    ['227 Entering Passive Mode (127,0,0,1,78,52).', { host: '127.0.0.1', port: 20020 }],
    ['227 Entering Passive Mode 10,1,2,3,0,21', { host: '10.1.2.3', port: 21 }],
    ['227 =192,168,1,10,255,255', { host: '192.168.1.10', port: 65535 }],
  ])('%s', (text, expected) => expect(parsePasvReply(reply(text))).toEqual(expected));

  it.each(['227 nothing here', '227 (300,1,1,1,1,1)'])('rejects %s', (text) => {
    expect(() => parsePasvReply(reply(text))).toThrow(FtpProtocolError);
  });
});

describe('parseEpsvReply', () => {
  it.each([
    ['229 Entering Extended Passive Mode (|||6446|)', 6446],
    ['229 Entering Extended Passive Mode (!!!6447!)', 6447],
    ['229 EPSV ok (###1#)', 1],
  ])('%s', (text, port) => expect(parseEpsvReply(reply(text))).toBe(port));

  it.each(['229 Entering Extended Passive Mode', '229 (|||70000|)', '229 (||6446|)', '229 (|!|6446|)'])('rejects %s', (text) => {
    expect(() => parseEpsvReply(reply(text))).toThrow(FtpProtocolError);
  });
});

describe('parse257', () => {
  it.each([
    ['257 "/home/user" is current directory', '/home/user'],
    ['257 "/a ""quoted"" dir" created', '/a "quoted" dir'],
    ['257 """" odd', '"'],
    ['257 "/with space/ünï" ok', '/with space/ünï'],
    ['257 no quotes here', undefined],
    ['257 "unterminated', undefined],
  ])('%s', (text, expected) => expect(parse257(reply(text))).toBe(expected));
});

describe('parse150Size', () => {
  it.each([
    ['150 Opening BINARY mode data connection for f (1234 bytes).', 1234],
    ['150 Opening BINARY mode data connection for f (1 byte)', 1],
    ['150 File status okay. About to open data connection.', undefined],
  ])('%s', (text, expected) => expect(parse150Size(reply(text))).toBe(expected));
});

describe('time values', () => {
  it.each([
    ['20231121094338', '2023-11-21T09:43:38.000Z'],
    ['20231121094338.123', '2023-11-21T09:43:38.123Z'],
    ['19991231235959', '1999-12-31T23:59:59.000Z'],
  ])('parses %s', (value, iso) => expect(parseTimeVal(value)?.toISOString()).toBe(iso));

  it.each(['2023112109433', 'abc', '20231121094338Z'])('rejects %s', (value) => expect(parseTimeVal(value)).toBeUndefined());

  it('formats UTC', () => expect(formatTimeVal(new Date('2024-02-29T23:05:07.900Z'))).toBe('20240229230507'));
});

describe('parseFeatures', () => {
  it('keeps parameters verbatim and upper-cases keys', () => {
    const features = parseFeatures(reply('211-Features:\n MLST type*;size*;modify*;\n REST STREAM\n UTF8\n mfmt\n  AUTH TLS\n211 End'));
    expect(Object.fromEntries(features)).toEqual({ MLST: 'type*;size*;modify*;', REST: 'STREAM', UTF8: '', MFMT: '', AUTH: 'TLS' });
    expect(features.get('MLST')).toBe('type*;size*;modify*;');
    expect(features.get('REST')).toBe('STREAM');
    expect(features.has('UTF8')).toBe(true);
    expect(features.has('MFMT')).toBe(true);
  });

  it('is empty when FEAT is refused', () => expect(parseFeatures(reply('500 FEAT not understood')).size).toBe(0));
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseHashMethod, crc32Update, hashLocalFile, parseHashReply } from './content-hash.js';

describe('chooseHashMethod', () => {
  it.each([
    [[['HASH', 'SHA-256*;SHA-1;MD5']], 'HASH', 'sha256'],
    [[['HASH', 'SHA-1;MD5*']], 'HASH', 'md5'],
    [[['HASH', 'SHA-1;MD5']], 'HASH', 'sha1'],
    [[['HASH', 'WHIRLPOOL*'], ['XMD5', '']], 'XMD5', 'md5'],
    [[['XCRC', ''], ['XMD5', '']], 'XMD5', 'md5'],
    [[['XCRC', '']], 'XCRC', 'crc32'],
    [[['XSHA256', ''], ['XMD5', '']], 'XSHA256', 'sha256'],
  ] as const)('%j → %s %s', (features, command, algorithm) => {
    expect(chooseHashMethod(new Map(features))).toMatchObject({ command, algorithm });
  });

  it('finds nothing on a server without hash commands', () => {
    expect(chooseHashMethod(new Map([['MDTM', ''], ['SIZE', '']]))).toBeUndefined();
  });
});

describe('parseHashReply', () => {
  const md5 = 'd41d8cd98f00b204e9800998ecf8427e';
  it.each([
    [`213 SHA-256 0-0 ${'ab'.repeat(32)} index.html`, 'sha256', 'ab'.repeat(32)],
    [`250 ${md5}`, 'md5', md5],
    [`250 XMD5 ${md5.toUpperCase()}`, 'md5', md5],
    ['250 CBF43926', 'crc32', 'cbf43926'],
    [`250 ${md5}`, 'sha256', undefined],
    ['250 no digest here', 'md5', undefined],
  ])('%s (%s)', (text, algorithm, digest) => {
    expect(parseHashReply(text, algorithm)).toBe(digest);
  });
});

describe('local digests', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ferry-hash-'));
    await writeFile(join(dir, 'digits'), '123456789');
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it.each([
    ['crc32', 'cbf43926'],
    ['md5', '25f9e794323b453885f5181f1b624d0b'],
    ['sha256', '15e2b0d3c33891ebb0f1ef609ec419420c20e320ce94c65fbc8c3312448eb225'],
  ])('%s of "123456789" is the check value %s', async (algorithm, digest) => {
    expect(await hashLocalFile(join(dir, 'digits'), algorithm)).toBe(digest);
  });

  it('continues a CRC over chunks', () => {
    const whole = crc32Update(0, Buffer.from('123456789'));
    expect(crc32Update(crc32Update(0, Buffer.from('1234')), Buffer.from('56789'))).toBe(whole);
  });
});

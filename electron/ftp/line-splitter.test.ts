import { describe, expect, it } from 'vitest';
import type { TextEncodingName } from './text-codec.js';
import { LineSplitter } from './line-splitter.js';

/** Feeds `bytes` cut at every offset in `cuts` and returns the lines. */
function split(bytes: Buffer, cuts: readonly number[], encoding: TextEncodingName = 'utf8'): string[] {
  const lines: string[] = [];
  const splitter = new LineSplitter(encoding, (line) => lines.push(line));
  let at = 0;
  for (const cut of [...cuts, bytes.length]) {
    splitter.push(bytes.subarray(at, cut));
    at = cut;
  }
  splitter.end();
  return lines;
}

const listing = Buffer.from('drwxr-xr-x 2 u g 4096 Nov 20 12:00 ünïcödé\r\n-rw-r--r-- 1 u g 5 Nov 20 12:00 日本語.txt\n\nlast line', 'utf8');
const expected = ['drwxr-xr-x 2 u g 4096 Nov 20 12:00 ünïcödé', '-rw-r--r-- 1 u g 5 Nov 20 12:00 日本語.txt', '', 'last line'];

describe('LineSplitter', () => {
  it('gives the same lines however the data is cut, also inside a character', () => {
    expect(split(listing, [])).toEqual(expected);
    for (let cut = 1; cut < listing.length; cut += 1) expect(split(listing, [cut])).toEqual(expected);
    expect(split(listing, Array.from({ length: listing.length - 1 }, (_, i) => i + 1))).toEqual(expected);
  });

  it('decodes only the lines that are not UTF-8 as latin1, not their neighbours', () => {
    const bytes = Buffer.concat([Buffer.from('é-utf8\r\n', 'utf8'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0d, 0x0a]), Buffer.from('ü-utf8\n', 'utf8')]);
    expect(split(bytes, [])).toEqual(['é-utf8', 'café', 'ü-utf8']);
  });

  it('reads every byte as one character in latin1', () => {
    expect(split(Buffer.from([0x61, 0xe9, 0x0d, 0x0a, 0xff]), [2], 'latin1')).toEqual(['aé', 'ÿ']);
  });

  it('drops one CR of CRLF only, and says nothing for no data', () => {
    expect(split(Buffer.from('a\r\r\nb\r'), [])).toEqual(['a\r', 'b']);
    expect(split(Buffer.alloc(0), [])).toEqual([]);
  });
});

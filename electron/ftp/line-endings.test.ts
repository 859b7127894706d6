import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { crlfToLf, lfToCrlf } from './line-endings.js';

async function run(transform: ReturnType<typeof crlfToLf>, chunks: string[]): Promise<string> {
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(chunks.map((c) => Buffer.from(c))).pipe(transform)) out.push(chunk as Buffer);
  return Buffer.concat(out).toString();
}

describe('crlfToLf', () => {
  it.each([
    [['a\r\nb\r\n'], 'a\nb\n'],
    [['a\r', '\nb'], 'a\nb'],
    [['lone\rcr\r\n'], 'lone\rcr\n'],
    [['end\r'], 'end\r'],
    [['\r', '\r', '\n'], '\r\n'],
  ])('%j', async (chunks, expected) => expect(await run(crlfToLf(), chunks)).toBe(expected));
});

describe('lfToCrlf', () => {
  it.each([
    [['a\nb\n'], 'a\r\nb\r\n'],
    [['a\r\nb'], 'a\r\nb'],
    [['a\r', '\nb\n'], 'a\r\nb\r\n'],
    [['\n', '\n'], '\r\n\r\n'],
  ])('%j', async (chunks, expected) => expect(await run(lfToCrlf(), chunks)).toBe(expected));
});

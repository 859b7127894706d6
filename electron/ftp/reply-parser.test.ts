import { describe, expect, it } from 'vitest';
import { FtpProtocolError } from './errors.js';
import { ReplyParser } from './reply-parser.js';

interface Case {
  readonly name: string;
  readonly chunks: readonly (string | Buffer)[];
  readonly replies: ReadonlyArray<{ code: number; lines: string[] }>;
}

const cases: Case[] = [
  { name: 'single line CRLF', chunks: ['220 ready\r\n'], replies: [{ code: 220, lines: ['220 ready'] }] },
  { name: 'single line bare LF', chunks: ['220 ready\n'], replies: [{ code: 220, lines: ['220 ready'] }] },
  { name: 'code without text', chunks: ['200\r\n'], replies: [{ code: 200, lines: ['200'] }] },
  {
    name: 'multi-line with digit-led inner lines',
    chunks: ['230-Welcome\r\n200 is not the end\r\n230-still going\r\n123 numbers\r\n230 done\r\n'],
    replies: [{ code: 230, lines: ['230-Welcome', '200 is not the end', '230-still going', '123 numbers', '230 done'] }],
  },
  {
    name: 'FEAT with space-led lines',
    chunks: ['211-Features:\r\n MLST type*;size*;\r\n REST STREAM\r\n211 End\r\n'],
    replies: [{ code: 211, lines: ['211-Features:', ' MLST type*;size*;', ' REST STREAM', '211 End'] }],
  },
  {
    name: 'split across chunks anywhere',
    chunks: ['22', '0-hel', 'lo\r', '\n220', ' bye\r\n15', '0 go\r\n'],
    replies: [
      { code: 220, lines: ['220-hello', '220 bye'] },
      { code: 150, lines: ['150 go'] },
    ],
  },
  {
    name: 'two replies in one chunk',
    chunks: ['150 opening\r\n226 done\r\n'],
    replies: [
      { code: 150, lines: ['150 opening'] },
      { code: 226, lines: ['226 done'] },
    ],
  },
  { name: 'incomplete line waits', chunks: ['220 rea'], replies: [] },
  { name: 'UTF-8 text', chunks: [Buffer.from('257 "/dïr ✓"\r\n', 'utf8')], replies: [{ code: 257, lines: ['257 "/dïr ✓"'] }] },
  {
    name: 'invalid UTF-8 falls back to latin1',
    chunks: [Buffer.concat([Buffer.from('250 caf'), Buffer.from([0xe9]), Buffer.from('\r\n')])],
    replies: [{ code: 250, lines: ['250 café'] }],
  },
];

describe('ReplyParser', () => {
  it.each(cases)('$name', ({ chunks, replies }) => {
    const parser = new ReplyParser();
    const got = chunks.flatMap((chunk) => parser.push(typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk));
    expect(got.map(({ code, lines }) => ({ code, lines: [...lines] }))).toEqual(replies);
  });

  it('joins lines into text like ftplib', () => {
    const [reply] = new ReplyParser().push(Buffer.from('230-a\r\n230 b\r\n'));
    expect(reply?.text).toBe('230-a\n230 b');
  });

  it.each([
    ['a malformed first line', ['hello\r\n']],
    ['a line too long without newline', ['220 ' + 'x'.repeat(70_000)]],
    ['a line too long arriving in pieces', Array.from({ length: 20 }, () => 'y'.repeat(4000)).map((s, i) => (i === 0 ? '220 ' + s : s))],
    ['endless multi-line reply', ['220-start\r\n', ...Array.from({ length: 2000 }, () => '220-more more more more more more\r\n')]],
  ])('throws FtpProtocolError on %s', (_name, chunks) => {
    const parser = new ReplyParser(64 * 1024);
    expect(() => {
      for (const chunk of chunks) parser.push(Buffer.from(chunk));
    }).toThrow(FtpProtocolError);
  });

  it('resets the size budget after each reply', () => {
    const parser = new ReplyParser(100);
    for (let i = 0; i < 10; i += 1) expect(parser.push(Buffer.from(`200 ${'z'.repeat(80)}\r\n`))).toHaveLength(1);
  });
});

import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createReplyReader } from './ftp-reply.js';

const cases: { name: string; chunks: string[]; replies: { code: number; lines: number }[] }[] = [
  { name: 'one-line reply', chunks: ['220 (vsFTPd 3.0.3)\r\n'], replies: [{ code: 220, lines: 1 }] },
  {
    name: 'pure-ftpd multi-line greeting split across chunks',
    chunks: ['220---------- Welcome to Pure-FTPd ----------\r\n220-You are user number 1', ' of 50.\r\n220 You will be disconnected', ' after 15 minutes.\r\n'],
    replies: [{ code: 220, lines: 3 }],
  },
  {
    name: 'multi-line body that quotes another code, then a second reply',
    chunks: ['211-Features:\r\n MLST type*;size*;\r\n 230 inside\r\n211 End\r\n331 Password required\r\n'],
    replies: [{ code: 211, lines: 4 }, { code: 331, lines: 1 }],
  },
  { name: 'bare LF line ends', chunks: ['226-Transfer\n226 done\n'], replies: [{ code: 226, lines: 2 }] },
];

describe('createReplyReader', () => {
  it.each(cases)('$name', async ({ chunks, replies }) => {
    const socket = new Socket();
    const reader = createReplyReader(socket);
    for (const chunk of chunks) socket.emit('data', Buffer.from(chunk));
    for (const expected of replies) {
      const reply = await reader.next(100);
      expect({ code: reply.code, lines: reply.lines.length }).toEqual(expected);
    }
    await expect(reader.next(20)).rejects.toThrow(/no FTP reply/);
    reader.dispose();
    socket.destroy();
  });

  it('rejects when the connection closes mid-reply', async () => {
    const socket = new Socket();
    const reader = createReplyReader(socket);
    socket.emit('data', Buffer.from('220-partial\r\n'));
    socket.emit('end');
    await expect(reader.next(100)).rejects.toThrow(/closed before a complete reply/);
    socket.destroy();
  });
});

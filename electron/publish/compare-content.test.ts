import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FtpPermanentError } from '../ftp/errors.js';
import { makeReply } from '../ftp/reply.js';
import { compareContent } from './compare-content.js';
import type { RemoteFile } from './remote-tree.js';
import { writeSite } from './testing/site-fixture.js';

const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

describe('compareContent (--checksum)', () => {
  let dir: string;
  const files = new Map([
    ['same.txt', 'hello'],
    ['edited.txt', 'world'],
    ['refused.txt', 'nope!'],
    ['resized.txt', 'longer text'],
    ['new.txt', 'fresh'],
  ]);
  // What the server holds: same.txt identical, edited.txt same size but other bytes, resized.txt another size.
  const onServer = new Map([
    ['same.txt', 'hello'],
    ['edited.txt', 'WORLD'],
    ['refused.txt', 'nope!'],
    ['resized.txt', 'short'],
  ]);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ferry-checksum-'));
    await writeSite(dir, files);
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('asks only about same-size files, and compares the digests', async () => {
    const asked: string[] = [];
    const client = {
      sendcmd: async (line: string) => {
        asked.push(line);
        const name = line.slice(line.lastIndexOf('/') + 1);
        if (name === 'refused.txt') throw new FtpPermanentError(makeReply(550, ['550 Permission denied']));
        return makeReply(250, [`250 ${md5(onServer.get(name) ?? '')}`]);
      },
    };
    const local = new Map([...files].map(([path, text]) => [path, { path, size: text.length, modified: 0 }]));
    const remote = new Map<string, RemoteFile>([...onServer].map(([path, text]) => [path, { path, size: text.length, approximate: false }]));
    const result = await compareContent(client, { command: 'XMD5', algorithm: 'md5', label: 'XMD5' }, { localRoot: dir, remoteRoot: '/www' }, local, remote);
    expect(asked.sort()).toEqual(['XMD5 /www/edited.txt', 'XMD5 /www/refused.txt', 'XMD5 /www/same.txt']);
    expect(Object.fromEntries(result.contentSame)).toEqual({ 'same.txt': true, 'edited.txt': false });
    expect(result.hashes.get('same.txt')).toBe(`md5:${md5('hello')}`);
  });
});

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FtpClient } from '../ftp/client.js';
import { runDownload } from './run-download.js';

/**
 * A client whose download hands over `received` bytes, ends the destination (the data connection ended) and
 * then fails (the control connection was lost before the final reply): the order a dropped server gives.
 */
function droppingClient(received: Buffer, endFirst: boolean): FtpClient {
  return {
    download: async (_path: string, destination: Writable) => {
      destination.write(received);
      if (endFirst) destination.end();
      throw new Error('The connection was lost: Server closed the connection');
    },
  } as unknown as FtpClient;
}

describe('runDownload when the connection drops', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ferry-run-download-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it.each([
    ['after the data ended', true],
    ['while data still flowed', false],
  ])('%s: fails (for a retry) and keeps what came in the .part', async (_label, endFirst) => {
    const received = Buffer.alloc(512 * 1024, 7);
    const localPath = join(dir, 'big.bin');
    const task = { type: 'download' as const, remotePath: '/big.bin', localPath, size: 2 * 1024 * 1024, modified: 1_700_000_000_000, onExists: 'overwrite' as const, rerun: false };
    const client = droppingClient(received, endFirst);
    const ctx = { client: async () => client, signal: new AbortController().signal, progress: () => undefined };
    // Before the fix this never settled (a test timeout): the job stayed "active" for ever.
    await expect(runDownload(task, ctx)).rejects.toThrow(/connection was lost/);
    expect(await readdir(dir)).toEqual(['big.bin.part']);
    expect((await readFile(join(dir, 'big.bin.part'))).equals(received)).toBe(true);
  });
});

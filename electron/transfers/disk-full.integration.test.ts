import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from '../ftp/testing/streams.js';
import { startServer, writeFixture, type RunningServer } from '../test-support/ftp-servers/index.js';
import { TransferQueue } from './transfer-queue.js';
import { createInProcessSlot } from './transfer-slot.js';

const run = promisify(execFile);

/** A 1 MiB tmpfs: needs root (mount); the suite skips with the reason when mounting is not allowed. */
async function mountTinyDisk(dir: string): Promise<string | undefined> {
  try {
    await run('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('a full target disk', () => {
  let server: RunningServer;
  let base: string;
  let disk: string;
  let mountError: string | undefined;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'ferry-full-'));
    disk = join(base, 'disk');
    await mkdir(disk);
    mountError = await mountTinyDisk(disk);
    if (mountError !== undefined) return;
    server = await startServer({ kind: 'vsftpd', tls: 'plain' });
    await writeFixture(server, 'two-mib.bin', randomBytes(2 * 1024 * 1024, 5));
    // Small files take the in-memory path (small-files.ts): 8 × 200 KiB do not fit in 1 MiB either.
    for (let i = 0; i < 8; i += 1) await writeFixture(server, `small/f${i}.bin`, randomBytes(200 * 1024, 10 + i));
  });
  afterAll(async () => {
    await server?.stop();
    if (mountError === undefined) await run('umount', [disk]).catch(() => undefined);
    await rm(base, { recursive: true, force: true });
  });

  it('fails the download with DISK_FULL, removes the .part and leaves the existing target as it was', async (ctx) => {
    if (mountError !== undefined) ctx.skip(`cannot mount a 1 MiB tmpfs (needs root): ${mountError.trim()}`);
    const target = join(disk, 'two-mib.bin');
    await writeFile(target, 'the previous version');
    const queue = await TransferQueue.open({
      resolveSite: async () => ({ host: server.host, port: server.port, user: server.user, password: server.password, timeout: 10_000 }),
      createSlot: (site) => createInProcessSlot(site),
      policy: { onExists: 'overwrite' },
    });
    try {
      const [job] = queue.enqueue([{ siteId: 'v', kind: 'download', remotePath: '/two-mib.bin', localPath: target }]);
      await queue.whenIdle();
      expect(queue.list().find((j) => j.id === job?.id)).toMatchObject({
        state: 'failed',
        attempts: 1,
        error: { code: 'DISK_FULL', message: expect.stringMatching(/disk is full/i) },
      });
      expect(await readdir(disk)).toEqual(['two-mib.bin']);
      expect(await readFile(target, 'utf8')).toBe('the previous version');
    } finally {
      await queue.close();
    }
  });

  it('fails small files of a folder download with DISK_FULL and leaves no .part and no short file', async (ctx) => {
    if (mountError !== undefined) ctx.skip(`cannot mount a 1 MiB tmpfs (needs root): ${mountError.trim()}`);
    await rm(join(disk, 'two-mib.bin'), { force: true });
    const queue = await TransferQueue.open({
      resolveSite: async () => ({ host: server.host, port: server.port, user: server.user, password: server.password, timeout: 10_000 }),
      createSlot: (site) => createInProcessSlot(site),
      policy: { onExists: 'overwrite', connections: 2, maxAttempts: 1 },
    });
    try {
      queue.enqueue([{ siteId: 'v', kind: 'download', folder: true, remotePath: '/small', localPath: join(disk, 'small') }]);
      await queue.whenIdle();
      const files = queue.list().filter((j) => !j.folder);
      const failed = files.filter((j) => j.state === 'failed');
      expect(failed.length).toBeGreaterThan(0);
      for (const job of failed) expect(job.error?.code).toBe('DISK_FULL');
      const left = await readdir(join(disk, 'small'));
      expect(left.filter((name) => name.endsWith('.part'))).toEqual([]);
      expect(left.sort()).toEqual(files.filter((j) => j.state === 'done').map((j) => j.remotePath.slice('/small/'.length)).sort());
      for (const name of left) {
        const index = Number(/f(\d)\.bin/.exec(name)?.[1]);
        expect((await readFile(join(disk, 'small', name))).equals(randomBytes(200 * 1024, 10 + index))).toBe(true);
      }
    } finally {
      await queue.close();
    }
  });
});

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
});

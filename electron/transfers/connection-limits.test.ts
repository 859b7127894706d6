import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeServer } from '../ftp/testing/fake-server.js';
import { startFakeFtp } from './testing/fake-ftp.js';
import { TransferQueue } from './transfer-queue.js';
import { createInProcessSlot } from './transfer-slot.js';

const files = Object.fromEntries(Array.from({ length: 8 }, (_, n) => [`/f${n}.txt`, Buffer.from(`file number ${n}\n`.repeat(n + 1))]));

describe('connection limits', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function setup(greeting: (n: number) => string, maxAttempts: number): Promise<{ fake: FakeServer; queue: TransferQueue; dir: string }> {
    const fake = await startFakeFtp({ listings: {}, files, greeting });
    const dir = await mkdtemp(join(tmpdir(), 'ferry-limits-'));
    const queue = await TransferQueue.open({
      resolveSite: async () => ({ host: '127.0.0.1', port: fake.port, user: 'u', password: 'p', timeout: 5000 }),
      createSlot: (site) => createInProcessSlot(site),
      policy: { connections: 4, maxAttempts, onExists: 'overwrite' },
      retryDelayMs: () => 50,
    });
    cleanups.push(() => queue.close(), () => fake.close(), () => rm(dir, { recursive: true, force: true }));
    return { fake, queue, dir };
  }

  it('on 421 "too many connections" lowers the site cap and still finishes every job', async () => {
    const { queue, dir } = await setup((n) => (n < 2 ? '220 fake' : '421 Too many connections (2) from this IP'), 5);
    queue.enqueue(Object.keys(files).map((remotePath) => ({ siteId: 's', kind: 'download' as const, remotePath, localPath: join(dir, remotePath.slice(1)) })));
    await queue.whenIdle();
    expect(queue.list().filter((job) => job.state !== 'done').map((job) => `${job.remotePath}: ${job.state} ${job.error?.code} ${job.error?.message}`)).toEqual([]);
    expect(queue.connectionCap('s')).toBeLessThanOrEqual(2);
    for (const [path, content] of Object.entries(files)) expect(await readFile(join(dir, path.slice(1)))).toEqual(content);
  });

  it('gives up after maxAttempts with the reason', async () => {
    const { fake, queue, dir } = await setup(() => '421 There are too many connected users, please try later.', 3);
    const [job] = queue.enqueue([{ siteId: 's', kind: 'download', remotePath: '/f1.txt', localPath: join(dir, 'f1.txt') }]);
    await queue.whenIdle();
    expect(queue.list().find((j) => j.id === job?.id)).toMatchObject({
      state: 'failed',
      attempts: 3,
      error: { code: 'TOO_MANY_CONNECTIONS', message: expect.stringContaining('too many connected users') },
    });
    expect(fake.received.filter((line) => line.startsWith('RETR'))).toEqual([]);
  });
});

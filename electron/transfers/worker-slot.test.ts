import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeServer } from '../ftp/testing/fake-server.js';
import { startFakeFtp } from './testing/fake-ftp.js';
import type { TaskProgress } from './task-types.js';
import { createWorkerSlot } from './worker-slot.js';

const content = Buffer.alloc(300_000, 7);

describe('a worker-thread slot', () => {
  let fake: FakeServer;
  let dir: string;
  beforeAll(async () => {
    fake = await startFakeFtp({ listings: {}, files: { '/w.bin': content } });
    dir = await mkdtemp(join(tmpdir(), 'ferry-worker-'));
  });
  afterAll(async () => {
    await fake?.close();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('runs a task in its thread, posts progress and the outcome, and starts again after close', async () => {
    const slot = createWorkerSlot({ host: '127.0.0.1', port: fake.port, user: 'u', password: 'p', timeout: 5000 });
    const progress: TaskProgress[] = [];
    const task = { type: 'download', remotePath: '/w.bin', localPath: join(dir, 'w.bin'), onExists: 'overwrite', rerun: false } as const;
    expect(await slot.run(task, (p) => progress.push(p))).toEqual({ status: 'done', bytes: content.length, size: content.length, finalPath: join(dir, 'w.bin') });
    expect((await readFile(join(dir, 'w.bin'))).equals(content)).toBe(true);
    expect(progress.at(-1)).toEqual({ bytes: content.length, size: content.length });
    await slot.close();
    expect(await slot.run({ ...task, localPath: join(dir, 'again.bin') }, () => undefined)).toMatchObject({ status: 'done' });
    await slot.close();
  });

  it('brings a failure across the thread boundary as classified data', async () => {
    const slot = createWorkerSlot({ host: '127.0.0.1', port: 1, user: 'u', password: 'p', timeout: 2000 });
    const outcome = await slot.run({ type: 'mkdir', remotePath: '/x' }, () => undefined);
    expect(outcome).toMatchObject({ status: 'failed', error: { transient: true, connectionLost: true, tooManyConnections: false } });
    await slot.close();
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TransferProgressEvent, TransferRequest } from '../../shared/transfer.js';
import { QueueStore } from './queue-store.js';
import { fakeSlots, settle } from './testing/fake-slots.js';
import type { FailureInfo } from './transfer-failure.js';
import { TransferQueue, type TransferQueueOptions } from './transfer-queue.js';

const site = { host: '127.0.0.1', port: 21, user: 'u', password: 'p' };
const download = (name: string, priority = 0): TransferRequest => ({ siteId: 's', kind: 'download', remotePath: `/${name}`, localPath: `/tmp/none/${name}`, priority });
const failure = (transient: boolean): FailureInfo => ({ code: transient ? 'FTP_TEMPORARY' : 'FTP_PERMANENT', message: transient ? '450 busy' : '550 nope', transient, tooManyConnections: false, connectionLost: false });

describe('TransferQueue scheduling (fake connections)', () => {
  const queues: TransferQueue[] = [];
  afterEach(async () => {
    for (const queue of queues.splice(0)) await queue.close();
  });
  async function open(extra: Partial<TransferQueueOptions> = {}) {
    const slots = fakeSlots();
    const queue = await TransferQueue.open({ resolveSite: async () => site, createSlot: slots.factory, retryDelayMs: () => 10, eventIntervalMs: 100, ...extra });
    queues.push(queue);
    return { queue, slots };
  }
  const stateOf = (queue: TransferQueue, id: string | undefined): string | undefined => queue.list().find((job) => job.id === id)?.state;

  it('runs at most `connections` per site, highest priority first, reusing connections', async () => {
    const { queue, slots } = await open({ policy: { connections: 2 } });
    queue.enqueue([download('low', -5), download('a'), download('high', 9), download('b')]);
    await settle();
    expect(slots.running.map((run) => (run.task.type === 'download' ? run.task.remotePath : ''))).toEqual(['/high', '/a']);
    slots.running[0]?.finish({ status: 'done', bytes: 1, size: 1 });
    await settle();
    expect(slots.running.map((run) => (run.task.type === 'download' ? run.task.remotePath : ''))).toEqual(['/a', '/b']);
    expect(slots.created()).toBe(2);
  });

  it('pauses and resumes a running job, and cancels one', async () => {
    const { queue, slots } = await open({ policy: { connections: 1 } });
    const [first, second] = queue.enqueue([download('one'), download('two')]);
    await settle();
    queue.pause([first?.id ?? '']);
    await settle();
    expect(stateOf(queue, first?.id)).toBe('paused');
    expect(slots.cancels()).toBe(1);
    expect(stateOf(queue, second?.id)).toBe('active');
    queue.cancel([second?.id ?? '']);
    await settle();
    expect(stateOf(queue, second?.id)).toBe('cancelled');
    queue.resume();
    await settle();
    expect(stateOf(queue, first?.id)).toBe('active');
    slots.running[0]?.finish({ status: 'done', bytes: 3, size: 3 });
    await queue.whenIdle();
    expect(stateOf(queue, first?.id)).toBe('done');
  });

  it('retries transient failures up to maxAttempts, then fails with the reason; permanent ones fail at once', async () => {
    const { queue, slots } = await open({ policy: { connections: 2, maxAttempts: 3 } });
    const [flaky, broken] = queue.enqueue([download('flaky'), download('broken')]);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      await settle();
      const run = slots.running.find((r) => r.task.type === 'download' && r.task.remotePath === '/flaky');
      run?.finish({ status: 'failed', error: failure(true) });
      slots.running.find((r) => r.task.type === 'download' && r.task.remotePath === '/broken')?.finish({ status: 'failed', error: failure(false) });
    }
    await queue.whenIdle();
    expect(queue.list().find((job) => job.id === flaky?.id)).toMatchObject({ state: 'failed', attempts: 3, error: { code: 'FTP_TEMPORARY', message: '450 busy' } });
    expect(queue.list().find((job) => job.id === broken?.id)).toMatchObject({ state: 'failed', attempts: 1, error: { code: 'FTP_PERMANENT' } });
    queue.retry([flaky?.id ?? '']);
    await settle();
    expect(stateOf(queue, flaky?.id)).toBe('active');
  });

  it('throttles progress to at most 10 events per second with speed and ETA', async () => {
    const { queue, slots } = await open({ policy: { connections: 1 } });
    const events: TransferProgressEvent[] = [];
    queue.on('progress', (event) => events.push(event));
    const [job] = queue.enqueue([download('big')]);
    await settle();
    const run = slots.running[0];
    const started = Date.now();
    let bytes = 0;
    while (Date.now() - started < 1000) {
      bytes += 10_000;
      run?.onProgress({ bytes, size: 100_000_000 });
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    run?.finish({ status: 'done', bytes, size: bytes });
    await queue.whenIdle();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(events.length).toBeGreaterThanOrEqual(5);
    expect(events.length).toBeLessThanOrEqual(12);
    const mid = events.find((event) => event.jobs[0]?.speed !== undefined && event.jobs[0].speed > 0);
    expect(mid?.jobs[0]).toMatchObject({ id: job?.id, size: 100_000_000 });
    expect(mid?.jobs[0]?.eta).toBeGreaterThan(0);
    expect(events.at(-1)?.total.counts.done).toBe(1);
  });

  it('expands a folder job into file jobs and derives the folder state from them', async () => {
    const { queue, slots } = await open({ policy: { connections: 2 } });
    const [folder] = queue.enqueue([{ siteId: 's', kind: 'download', folder: true, remotePath: '/d', localPath: '/tmp/none/d' }]);
    await settle();
    expect(slots.running[0]?.task.type).toBe('expand-download');
    slots.running[0]?.finish({ status: 'expanded', children: [{ remotePath: '/d/a', localPath: '/tmp/none/d/a', size: 5 }, { remotePath: '/d/b', localPath: '/tmp/none/d/b', size: 7 }] });
    await settle();
    expect(queue.list().find((job) => job.id === folder?.id)).toMatchObject({ state: 'active', size: 12 });
    queue.pause([folder?.id ?? '']);
    await settle();
    expect(queue.list().map((job) => job.state)).toEqual(['paused', 'paused', 'paused']);
    queue.resume([folder?.id ?? '']);
    await settle();
    for (const run of [...slots.running]) run.finish({ status: 'done', bytes: 1, size: run.task.type === 'download' ? (run.task.size ?? 0) : 0 });
    await queue.whenIdle();
    expect(queue.list().find((job) => job.id === folder?.id)).toMatchObject({ state: 'done', bytesDone: 12 });
    expect(queue.clearFinished()).toBe(3);
    expect(queue.list()).toEqual([]);
  });

  it('reloads a saved queue: a job that was running runs again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ferry-tq-'));
    try {
      const store = new QueueStore(dir, 10);
      const { queue } = await open({ store, policy: { connections: 1 } });
      const [running, waiting] = queue.enqueue([download('running'), download('waiting')]);
      await settle();
      await store.flush();
      // A crash: the file says `active`; nothing else is closed gracefully.
      await new Promise((resolve) => setTimeout(resolve, 30));
      await store.flush();
      const second = await open({ store: new QueueStore(dir, 10), policy: { connections: 1 } });
      await settle();
      expect(second.queue.list().map((job) => [job.id, job.state])).toEqual([[running?.id, 'active'], [waiting?.id, 'queued']]);
      expect(second.slots.running[0]?.task).toMatchObject({ type: 'download', remotePath: '/running', rerun: true });
    } finally {
      // Closed first: a queue still saving into the folder would race the removal.
      for (const queue of queues.splice(0)) await queue.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

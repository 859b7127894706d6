import { describe, expect, it } from 'vitest';
import type { TransferJob, TransferProgressEvent } from '../../shared/transfer.js';
import { JobEventBatcher } from './job-events.js';

const job: TransferJob = { id: 'a', siteId: 's', kind: 'download', folder: false, remotePath: '/a', priority: 0, state: 'active', bytesDone: 10, attempts: 0, createdAt: 0, seq: 1, size: 100 };
const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('JobEventBatcher without listeners', () => {
  it.each([
    { name: 'builds nothing while nobody listens, and a listener added while a transfer stalls hears within a tick', busy: true, heard: 1 },
    { name: 'stays quiet once nothing runs', busy: false, heard: 0 },
  ])('$name', async ({ busy, heard }) => {
    let listening = false;
    let passes = 0;
    const events: TransferProgressEvent[] = [];
    const batcher = new JobEventBatcher(
      () => ({ jobs: { *[Symbol.iterator]() { passes += 1; yield job; } }, get: () => job, isParent: () => false, busy: () => busy }),
      { jobs: () => undefined, progress: (event) => events.push(event), listening: () => listening },
      10,
    );
    batcher.bytesMoved();
    await wait(40);
    expect(passes).toBe(0);
    listening = true;
    await wait(40);
    expect(Math.min(events.length, 1)).toBe(heard);
    if (heard > 0) expect(events[0]?.total.bytesDone).toBe(10);
    listening = false;
    batcher.flush();
  });
});

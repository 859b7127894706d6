import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, writeFixture, type RunningServer } from '../test-support/ftp-servers/index.js';
import { QueueStore } from './queue-store.js';
import { startCutProxy, type CutProxy } from './testing/cut-proxy.js';
import { readTree, treeDifferences, treeSpec } from './testing/tree.js';
import { TransferQueue, type TransferQueueOptions } from './transfer-queue.js';

describe('the queue survives its process stopping in mid-run', () => {
  let server: RunningServer;
  let proxy: CutProxy;
  let work: string;
  const files = treeSpec(24, 400_000);

  beforeAll(async () => {
    server = await startServer({ kind: 'vsftpd', tls: 'plain' });
    for (const [rel, content] of files) await writeFixture(server, `tree/${rel}`, content);
    // Throttled so the run is still going when the first queue stops.
    proxy = await startCutProxy(server.port, 3 * 1024 * 1024);
    work = await mkdtemp(join(tmpdir(), 'ferry-restart-'));
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.stop();
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  it('a new queue loading the saved file continues, and the folder ends byte for byte', async () => {
    const options = (): TransferQueueOptions => ({
      resolveSite: async () => ({ host: '127.0.0.1', port: proxy.port, user: server.user, password: server.password, timeout: 5000 }),
      store: new QueueStore(join(work, 'state'), 50),
      policy: { connections: 2, onExists: 'ask' },
    });
    const target = join(work, 'target');
    const first = await TransferQueue.open(options());
    const [folder] = first.enqueue([{ siteId: 's', kind: 'download', folder: true, remotePath: '/tree', localPath: target }]);
    await new Promise<void>((resolve) => {
      first.on('jobs', () => {
        if (first.list().filter((job) => job.state === 'done').length >= 4) resolve();
      });
    });
    await first.close();
    const saved = JSON.parse(await readFile(join(work, 'state', 'transfers.json'), 'utf8')) as { jobs: Array<{ state: string }> };
    const states = saved.jobs.map((job) => job.state);
    expect(states.filter((state) => state === 'done').length).toBeGreaterThanOrEqual(4);
    expect(states.some((state) => state === 'queued' || state === 'active')).toBe(true);

    const second = await TransferQueue.open(options());
    try {
      await second.whenIdle();
      const jobs = second.list();
      expect(jobs.filter((job) => job.state !== 'done').map((job) => `${job.remotePath} ${job.state} ${job.error?.message}`)).toEqual([]);
      expect(jobs.find((job) => job.id === folder?.id)?.state).toBe('done');
      // Leftover .part files were resumed, not taken for conflicts ("ask" would leave jobs waiting).
      expect(treeDifferences(files, await readTree(target))).toEqual([]);
    } finally {
      await second.close();
    }
  });
});

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDirectory, startServer, writeFixture, type RunningServer } from '../test-support/ftp-servers/index.js';
import { TransferQueue } from './transfer-queue.js';
import { createInProcessSlot } from './transfer-slot.js';

describe('mkdir and recursive delete jobs on proftpd', () => {
  let server: RunningServer;
  let queue: TransferQueue;

  beforeAll(async () => {
    server = await startServer({ kind: 'proftpd', tls: 'plain' });
    queue = await TransferQueue.open({
      resolveSite: async () => ({ host: server.host, port: server.port, user: server.user, password: server.password, timeout: 10_000 }),
      createSlot: (site) => createInProcessSlot(site),
      policy: { maxAttempts: 1 },
    });
  });
  afterAll(async () => {
    await queue?.close();
    await server?.stop();
  });

  const finalState = (id: string | undefined): string | undefined => queue.list().find((job) => job.id === id)?.state;

  it('creates nested folders, and succeeds when they already exist', async () => {
    await makeDirectory(server, 'exists');
    const jobs = queue.enqueue([
      { siteId: 'p', kind: 'mkdir', remotePath: '/a/b/c' },
      { siteId: 'p', kind: 'mkdir', remotePath: '/exists' },
    ]);
    await queue.whenIdle();
    expect(jobs.map((job) => finalState(job.id))).toEqual(['done', 'done']);
    expect((await stat(join(server.root, 'a', 'b', 'c'))).isDirectory()).toBe(true);
  });

  it('deletes a folder tree with dot-files, files first and folders bottom-up', async () => {
    await writeFixture(server, 'doomed/one.txt', '1');
    await writeFixture(server, 'doomed/.htaccess', 'x');
    await writeFixture(server, 'doomed/sub/two.txt', '2');
    await makeDirectory(server, 'doomed/sub/empty');
    await writeFixture(server, 'keep.txt', 'stays');
    const [job] = queue.enqueue([{ siteId: 'p', kind: 'delete', folder: true, remotePath: '/doomed' }]);
    await queue.whenIdle();
    expect(queue.list().find((j) => j.id === job?.id)).toMatchObject({ state: 'done' });
    expect((await readdir(server.root)).sort()).toEqual(expect.not.arrayContaining(['doomed']));
    expect(await readdir(server.root)).toContain('keep.txt');
  });

  it('fails a delete of a missing file with the server reason', async () => {
    const [job] = queue.enqueue([{ siteId: 'p', kind: 'delete', remotePath: '/missing.txt' }]);
    await queue.whenIdle();
    expect(queue.list().find((j) => j.id === job?.id)).toMatchObject({ state: 'failed', error: { code: 'FTP_PERMANENT', message: expect.stringMatching(/550/) } });
  });
});

import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeServer } from '../ftp/testing/fake-server.js';
import { startFakeFtp } from './testing/fake-ftp.js';
import { readTree } from './testing/tree.js';
import { TransferQueue } from './transfer-queue.js';
import { createInProcessSlot } from './transfer-slot.js';

// A server that lists traversal names in a folder (real servers never do; a hostile one would).
const hostile = [
  'type=file;size=5;modify=20200101000000; ../escape.txt',
  'type=file;size=5; ..\\win.txt',
  'type=file;size=5; /etc/abs.txt',
  'type=file;size=5; sub/inner.txt',
  'type=dir; ..',
  'type=file;size=5; nul\u0000name',
  'type=dir; deeper',
  'type=file;size=4; good.txt',
];

describe('recursive download of a hostile listing', () => {
  let fake: FakeServer;
  let base: string;

  beforeAll(async () => {
    const evil = Buffer.from('EVIL!');
    fake = await startFakeFtp({
      listings: {
        '/site': hostile,
        '/site/deeper': ['type=file;size=5; ../../../escape2.txt', 'type=file;size=4; ok.txt'],
      },
      files: {
        '/site/good.txt': Buffer.from('good'),
        '/site/deeper/ok.txt': Buffer.from('okay'),
        '/site/../escape.txt': evil,
        '/site/sub/inner.txt': evil,
        '/site/deeper/../../../escape2.txt': evil,
      },
    });
    base = await mkdtemp(join(tmpdir(), 'ferry-hostile-'));
  });
  afterAll(async () => {
    await fake?.close();
    if (base !== undefined) await rm(base, { recursive: true, force: true });
  });

  it('refuses every unsafe name with PATH_UNSAFE, downloads the rest, and writes nothing outside', async () => {
    const target = join(base, 'target');
    await mkdir(target);
    const queue = await TransferQueue.open({
      resolveSite: async () => ({ host: '127.0.0.1', port: fake.port, user: 'u', password: 'p', timeout: 5000 }),
      createSlot: (site) => createInProcessSlot(site),
      policy: { connections: 2, maxAttempts: 1 },
    });
    try {
      const [folder] = queue.enqueue([{ siteId: 'evil', kind: 'download', folder: true, remotePath: '/site', localPath: target }]);
      await queue.whenIdle();
      const jobs = queue.list();
      // Anything else failing (not a refused name) is a different problem: show it first.
      expect(jobs.filter((job) => job.state !== 'done' && job.error?.code !== 'PATH_UNSAFE' && job.id !== folder?.id).map((job) => `${job.remotePath}: ${job.error?.code} ${job.error?.message}`)).toEqual([]);
      const refused = jobs.filter((job) => job.error?.code === 'PATH_UNSAFE').map((job) => job.remotePath);
      expect(refused.sort()).toEqual(
        ['/site/../escape.txt', '/site/..\\win.txt', '/site//etc/abs.txt', '/site/sub/inner.txt', '/site/nul\u0000name', '/site/deeper/../../../escape2.txt'].sort(),
      );
      expect(jobs.find((job) => job.remotePath === '/site/../escape.txt')?.error?.message).toMatch(/Refused the remote name "\.\.\/escape\.txt"/);
      expect(jobs.find((job) => job.id === folder?.id)).toMatchObject({ state: 'failed', error: { code: 'CHILDREN_FAILED' } });
      // Only the safe files exist, and only inside the target.
      const written = await readTree(base);
      expect([...written.keys()].sort()).toEqual(['target/deeper/ok.txt', 'target/good.txt']);
      expect(written.get('target/good.txt')?.toString()).toBe('good');
      expect(fake.received.filter((line) => line.startsWith('RETR')).sort()).toEqual(['RETR /site/deeper/ok.txt', 'RETR /site/good.txt']);
      // Retrying the folder cannot bring a refused name back.
      expect(queue.retry([folder?.id ?? ''])).toBe(0);
      expect(queue.list().filter((job) => job.error?.code === 'PATH_UNSAFE')).toHaveLength(6);
    } finally {
      await queue.close();
    }
  });
});

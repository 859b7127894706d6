import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultTransferPolicy, type TransferJob } from '../../shared/transfer.js';
import { QueueStore, type QueueSnapshot } from './queue-store.js';

const job: TransferJob = {
  id: 'j1', siteId: 's', kind: 'download', folder: false, remotePath: '/a', localPath: '/tmp/a', priority: 0,
  state: 'active', bytesDone: 10, attempts: 0, createdAt: 1, seq: 1,
};
const snapshot = (jobs: TransferJob[]): QueueSnapshot => ({ version: 1, policy: defaultTransferPolicy, jobs });

describe('QueueStore', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });
  const folder = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'ferry-store-'));
    dirs.push(dir);
    return join(dir, 'state');
  };

  it('loads nothing when nothing was saved, then what was saved last (debounced into one write)', async () => {
    const dir = await folder();
    const store = new QueueStore(dir, 20);
    expect(await store.load()).toBeUndefined();
    store.schedule(() => snapshot([]));
    store.schedule(() => snapshot([job]));
    await store.flush();
    expect(await new QueueStore(dir).load()).toEqual(snapshot([job]));
    // Only the file itself: no temp file is left behind.
    expect(await readdir(dir)).toEqual(['transfers.json']);
  });

  it('sets a damaged file aside instead of failing to start', async () => {
    const dir = await folder();
    const store = new QueueStore(dir);
    store.schedule(() => snapshot([job]));
    await store.flush();
    await writeFile(store.path, '{"version":1,"jobs":[{"id":');
    expect(await store.load()).toBeUndefined();
    expect(await readFile(`${store.path}.bad`, 'utf8')).toContain('"jobs"');
  });

  it('refuses a file whose jobs break the schema', async () => {
    const dir = await folder();
    const store = new QueueStore(dir);
    store.schedule(() => snapshot([{ ...job, state: 'exploded' as never }]));
    await store.flush();
    expect(await store.load()).toBeUndefined();
  });
});

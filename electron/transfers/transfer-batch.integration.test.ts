import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransferProgressEvent } from '../../shared/transfer.js';
import { startServer, writeFixture, type RunningServer } from '../test-support/ftp-servers/index.js';
import { readTree, treeDifferences, treeSpec, writeTree } from './testing/tree.js';
import { runTransferBatch } from './transfer-batch.js';

describe('runTransferBatch (what `ferry get -r` / `put -r` run) on pure-ftpd', () => {
  let server: RunningServer;
  let work: string;
  const files = treeSpec(40);

  beforeAll(async () => {
    server = await startServer({ kind: 'pure-ftpd', tls: 'plain' });
    work = await mkdtemp(join(tmpdir(), 'ferry-batch-'));
  });
  afterAll(async () => {
    await server?.stop();
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  const site = () => ({ host: server.host, port: server.port, user: server.user, password: server.password, timeout: 10_000 });

  it('puts a folder, gets it back byte for byte, and skips everything the second time with --on-exists skip', async () => {
    const source = join(work, 'src');
    await writeTree(source, files);
    const put = await runTransferBatch({ site: site(), parallel: 3, requests: [{ kind: 'upload', folder: true, localPath: source, remotePath: '/up' }] });
    expect(put).toMatchObject({ done: files.size, skipped: 0, failed: [] });

    const progress: TransferProgressEvent[] = [];
    const target = join(work, 'dst');
    const get = await runTransferBatch({ site: site(), parallel: 3, requests: [{ kind: 'download', folder: true, remotePath: '/up', localPath: target }], onProgress: (e) => progress.push(e) });
    expect(get.done).toBe(files.size);
    expect(get.bytes).toBe([...files.values()].reduce((sum, content) => sum + content.length, 0));
    expect(treeDifferences(files, await readTree(target))).toEqual([]);
    expect(progress.length).toBeGreaterThan(0);

    const again = await runTransferBatch({ site: site(), parallel: 3, onExists: 'skip', workers: false, requests: [{ kind: 'download', folder: true, remotePath: '/up', localPath: target }] });
    expect(again).toMatchObject({ done: 0, skipped: files.size, failed: [] });
  });

  it('reports each failure with its reason', async () => {
    await writeFixture(server, 'present.txt', 'here');
    const result = await runTransferBatch({
      site: site(),
      workers: false,
      maxAttempts: 1,
      requests: [
        { kind: 'download', remotePath: '/present.txt', localPath: join(work, 'present.txt') },
        { kind: 'download', remotePath: '/absent.txt', localPath: join(work, 'absent.txt') },
      ],
    });
    expect(result.done).toBe(1);
    expect(result.failed).toEqual([{ remotePath: '/absent.txt', localPath: join(work, 'absent.txt'), error: expect.objectContaining({ code: 'FTP_PERMANENT' }) }]);
  });
});

import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from '../ftp/testing/streams.js';
import { startServer, writeFixture, type RunningServer } from '../test-support/ftp-servers/index.js';
import { startCutProxy, type CutProxy } from './testing/cut-proxy.js';
import { TransferQueue } from './transfer-queue.js';

const eightMiB = randomBytes(8 * 1024 * 1024, 42);

/**
 * The harness cannot restart a server on the same root and port, so "the server went away mid-transfer" is a
 * proxy that carries control and data, drops every connection and refuses new ones for a while, then comes
 * back on the same port. The transfers run in worker threads (the default slot).
 */
describe('a transfer cut off in mid-flight resumes and ends byte for byte (vsftpd through a cutting proxy)', () => {
  let server: RunningServer;
  let proxy: CutProxy;
  let work: string;
  let queue: TransferQueue;

  beforeAll(async () => {
    server = await startServer({ kind: 'vsftpd', tls: 'plain' });
    proxy = await startCutProxy(server.port, 6 * 1024 * 1024);
    work = await mkdtemp(join(tmpdir(), 'ferry-resume-'));
    queue = await TransferQueue.open({
      resolveSite: async () => ({ host: '127.0.0.1', port: proxy.port, user: server.user, password: server.password, timeout: 5000 }),
      policy: { connections: 1, maxAttempts: 6, onExists: 'overwrite' },
      retryDelayMs: () => 150,
    });
  });
  afterAll(async () => {
    await queue?.close();
    await proxy?.close();
    await server?.stop();
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  async function cutWhenPast(jobId: string, bytes: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const onProgress = (): void => {
        const job = queue.list().find((j) => j.id === jobId);
        if (job !== undefined && job.bytesDone > bytes) {
          queue.off('progress', onProgress);
          resolve();
        }
      };
      queue.on('progress', onProgress);
    });
    await proxy.cut(400);
  }

  it('download: keeps name.part, resumes with REST, renames when complete', async () => {
    await writeFixture(server, 'big.bin', eightMiB);
    const local = join(work, 'big.bin');
    const [job] = queue.enqueue([{ siteId: 'p', kind: 'download', remotePath: '/big.bin', localPath: local }]);
    await cutWhenPast(job?.id ?? '', 2 * 1024 * 1024);
    // While the server is away the real name does not exist; only the .part does.
    expect(await readdir(work)).toEqual(['big.bin.part']);
    await queue.whenIdle();
    const done = queue.list().find((j) => j.id === job?.id);
    expect(done).toMatchObject({ state: 'done' });
    expect(done?.attempts).toBeGreaterThan(0);
    expect((await readFile(local)).equals(eightMiB)).toBe(true);
    expect(await readdir(work)).toEqual(['big.bin']);
    const rest = proxy.commands.filter((line) => /^REST [1-9]/.test(line));
    expect(rest.length).toBeGreaterThan(0);
  });

  it('upload: resumes the temporary file (REST+STOR or APPE), checks its size and renames it over the target', async () => {
    const local = join(work, 'up.bin');
    await writeFile(local, eightMiB);
    await writeFixture(server, 'up.bin', 'the old version');
    const before = proxy.commands.length;
    const [job] = queue.enqueue([{ siteId: 'p', kind: 'upload', localPath: local, remotePath: '/up.bin' }]);
    await cutWhenPast(job?.id ?? '', 2 * 1024 * 1024);
    // The live file is still the old one while the new one is incomplete.
    expect(await readFile(join(server.root, 'up.bin'), 'utf8')).toBe('the old version');
    await queue.whenIdle();
    expect(queue.list().find((j) => j.id === job?.id)).toMatchObject({ state: 'done' });
    expect((await readFile(join(server.root, 'up.bin'))).equals(eightMiB)).toBe(true);
    expect((await readdir(server.root)).filter((name) => name.includes('ferry-part'))).toEqual([]);
    const commands = proxy.commands.slice(before);
    expect(commands.some((line) => /^REST [1-9]/.test(line) || line.startsWith('APPE'))).toBe(true);
  });

  async function whenPast(jobId: string, bytes: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const onProgress = (): void => {
        if ((queue.list().find((j) => j.id === jobId)?.bytesDone ?? 0) > bytes) {
          queue.off('progress', onProgress);
          resolve();
        }
      };
      queue.on('progress', onProgress);
    });
  }

  it('pause aborts a running download and keeps its .part; resume continues it with REST', async () => {
    await writeFixture(server, 'pause.bin', eightMiB);
    const local = join(work, 'pause.bin');
    const before = proxy.commands.length;
    const [job] = queue.enqueue([{ siteId: 'p', kind: 'download', remotePath: '/pause.bin', localPath: local }]);
    await whenPast(job?.id ?? '', 1024 * 1024);
    expect(queue.pause([job?.id ?? ''])).toBe(1);
    await queue.whenIdle();
    expect(queue.list().find((j) => j.id === job?.id)?.state).toBe('paused');
    expect((await readdir(work)).filter((name) => name.startsWith('pause'))).toEqual(['pause.bin.part']);
    expect(queue.resume([job?.id ?? ''])).toBe(1);
    await queue.whenIdle();
    expect(queue.list().find((j) => j.id === job?.id)?.state).toBe('done');
    expect((await readFile(local)).equals(eightMiB)).toBe(true);
    expect(proxy.commands.slice(before).some((line) => /^REST [1-9]/.test(line))).toBe(true);
  });

  it('cancel aborts a running download, removes its .part, and the connection serves the next job', async () => {
    await writeFixture(server, 'cancel.bin', eightMiB);
    await writeFixture(server, 'after.txt', 'still working');
    const [job] = queue.enqueue([{ siteId: 'p', kind: 'download', remotePath: '/cancel.bin', localPath: join(work, 'cancel.bin') }]);
    await whenPast(job?.id ?? '', 1024 * 1024);
    expect(queue.cancel([job?.id ?? ''])).toBe(1);
    const [next] = queue.enqueue([{ siteId: 'p', kind: 'download', remotePath: '/after.txt', localPath: join(work, 'after.txt') }]);
    await queue.whenIdle();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(queue.list().find((j) => j.id === job?.id)?.state).toBe('cancelled');
    expect(queue.list().find((j) => j.id === next?.id)?.state).toBe('done');
    expect((await readdir(work)).filter((name) => name.startsWith('cancel'))).toEqual([]);
    expect(await readFile(join(work, 'after.txt'), 'utf8')).toBe('still working');
  });
});

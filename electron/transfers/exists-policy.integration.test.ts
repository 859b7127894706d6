import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExistsPolicy } from '../../shared/transfer.js';
import { startServer, writeFixture, type RunningServer } from '../test-support/ftp-servers/index.js';
import { TransferQueue } from './transfer-queue.js';
import { createInProcessSlot } from './transfer-slot.js';

const older = new Date(Date.UTC(2020, 0, 1));
const newer = new Date(Date.UTC(2024, 0, 1));

interface Case {
  readonly policy: ExistsPolicy;
  readonly source: string;
  readonly existing: string;
  readonly sourceIsNewer: boolean;
  /** What the target holds afterwards; `renamed` = the source went to `name (1).txt`. */
  readonly expect: 'source' | 'existing' | 'renamed';
}

const cases: readonly Case[] = [
  { policy: 'overwrite', source: 'the new content', existing: 'old', sourceIsNewer: false, expect: 'source' },
  { policy: 'skip', source: 'the new content', existing: 'old', sourceIsNewer: true, expect: 'existing' },
  { policy: 'rename', source: 'the new content', existing: 'old', sourceIsNewer: true, expect: 'renamed' },
  { policy: 'overwrite-if-newer', source: 'the new content', existing: 'old', sourceIsNewer: true, expect: 'source' },
  { policy: 'overwrite-if-newer', source: 'the new content', existing: 'old', sourceIsNewer: false, expect: 'existing' },
  { policy: 'overwrite-if-size-differs', source: 'AAAA', existing: 'BBBB', sourceIsNewer: true, expect: 'existing' },
  { policy: 'overwrite-if-size-differs', source: 'AAAAA', existing: 'BBBB', sourceIsNewer: true, expect: 'source' },
  { policy: 'resume', source: 'hello world, resumed at the end', existing: 'hello wo', sourceIsNewer: true, expect: 'source' },
];

describe('file-exists policies on vsftpd', () => {
  let server: RunningServer;
  let work: string;
  let queue: TransferQueue;

  beforeAll(async () => {
    server = await startServer({ kind: 'vsftpd', tls: 'plain' });
    work = await mkdtemp(join(tmpdir(), 'ferry-exists-'));
    queue = await TransferQueue.open({
      resolveSite: async () => ({ host: server.host, port: server.port, user: server.user, password: server.password, timeout: 10_000 }),
      createSlot: (site) => createInProcessSlot(site),
      policy: { connections: 2 },
    });
  });
  afterAll(async () => {
    await queue?.close();
    await server?.stop();
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  async function run(kind: 'download' | 'upload', c: Case, index: number): Promise<{ target: string; renamed: string; skipped: boolean | undefined }> {
    const name = `${kind}-${index}.txt`;
    const remote = await writeFixture(server, name, kind === 'download' ? c.source : c.existing);
    const local = join(work, name);
    await writeFile(local, kind === 'download' ? c.existing : c.source);
    const [sourceTime, existingTime] = c.sourceIsNewer ? [newer, older] : [older, newer];
    await utimes(remote, kind === 'download' ? sourceTime : existingTime, kind === 'download' ? sourceTime : existingTime);
    await utimes(local, kind === 'download' ? existingTime : sourceTime, kind === 'download' ? existingTime : sourceTime);
    const [job] = queue.enqueue([{ siteId: 'v', kind, remotePath: `/${name}`, localPath: local, onExists: c.policy }]);
    await queue.whenIdle();
    const done = queue.list().find((j) => j.id === job?.id);
    expect(done?.error).toBeUndefined();
    expect(done?.state).toBe('done');
    const target = kind === 'download' ? local : remote;
    return { target, renamed: target.replace(/\.txt$/, ' (1).txt'), skipped: done?.skipped };
  }

  describe.each(['download', 'upload'] as const)('%s', (kind) => {
    it.each(cases.map((c, i) => [c.policy, c.expect, c, i] as const))('%s → %s', async (_policy, _expect, c, index) => {
      const { target, renamed, skipped } = await run(kind, c, index);
      const expected = c.expect === 'source' ? c.source : c.existing;
      expect(await readFile(target, 'utf8')).toBe(expected);
      if (c.expect === 'renamed') expect(await readFile(renamed, 'utf8')).toBe(c.source);
      expect(skipped === true).toBe(c.expect === 'existing');
    });
  });

  it('asks: the job waits with a question while others continue; the answer applies to all when asked', async () => {
    queue.setPolicy({ onExists: 'ask' });
    const names = ['ask-a.txt', 'ask-b.txt'];
    for (const name of names) {
      await writeFixture(server, name, `remote ${name}`);
      await writeFile(join(work, name), 'local');
    }
    await writeFixture(server, 'ask-free.txt', 'no conflict');
    const questions: string[] = [];
    queue.on('question', (q) => questions.push(q.jobId));
    const jobs = queue.enqueue([
      ...names.map((name) => ({ siteId: 'v', kind: 'download' as const, remotePath: `/${name}`, localPath: join(work, name) })),
      { siteId: 'v', kind: 'download', remotePath: '/ask-free.txt', localPath: join(work, 'ask-free.txt') },
    ]);
    await queue.whenIdle();
    const states = (): string[] => jobs.map((job) => queue.list().find((j) => j.id === job.id)?.state ?? 'gone');
    expect(states()).toEqual(['waiting', 'waiting', 'done']);
    expect(questions.sort()).toEqual([jobs[0]?.id, jobs[1]?.id].sort());
    const waiting = queue.list().find((j) => j.id === jobs[0]?.id);
    expect(waiting?.question).toMatchObject({ kind: 'download', target: join(work, 'ask-a.txt'), existing: { size: 5 }, source: { size: 16 } });
    expect(await readFile(join(work, 'ask-a.txt'), 'utf8')).toBe('local');

    expect(queue.answer(jobs[0]?.id ?? '', 'overwrite', true)).toBe(2);
    await queue.whenIdle();
    expect(states()).toEqual(['done', 'done', 'done']);
    for (const name of names) expect(await readFile(join(work, name), 'utf8')).toBe(`remote ${name}`);
  });
});

import { link, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher } from '../ipc/dispatch.js';
import { createEventHub } from '../ipc/event-hub.js';
import { createHandlers } from '../services/create-handlers.js';
import { createHubSessionManager } from '../sessions/hub-session-manager.js';
import { startServer, type RunningServer } from '../test-support/ftp-servers/index.js';
import { forwardTransferEvents } from '../transfers/transfer-handlers.js';
import { TransferQueue } from '../transfers/transfer-queue.js';
import { writeBigFile } from './fixtures.js';

/** Options of measureIpcLatency; every field has a default sized for the shared 2-core machine. */
export interface IpcLatencyOptions {
  /** An FTPS server to download from; default: a harness vsftpd with explicit TLS, stopped afterwards. */
  readonly server?: RunningServer;
  /** Size of each of the four downloaded files. Default 256 MiB. */
  readonly fileBytes?: number;
  /** Parallel transfers (each its own worker and connection). Default 4, the figure. */
  readonly transfers?: number;
  /** Stop sampling after this long even if transfers still run. Default 20 s. */
  readonly maxMs?: number;
  /** Pause between two round trips. Default 5 ms. */
  readonly gapMs?: number;
}

/** Round-trip times of `app:info` in milliseconds while the transfers ran. */
export interface IpcLatency {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly samples: number;
  /** Bytes the transfers moved while sampling, and their rate (MiB/s), to show they ran at full speed. */
  readonly bytes: number;
  readonly mibPerSecond: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/**
 * The issue-4 figure: p50/p99 of `app:info` round trips through the real dispatcher (validation on, JSON in
 * and out as over the web shell's socket) on the main thread, while four FTPS downloads run in transfer
 * workers and their progress events flow through the event hub. The bench runner calls it; not a timed test.
 */
export async function measureIpcLatency(options: IpcLatencyOptions = {}): Promise<IpcLatency> {
  const server = options.server ?? (await startServer({ kind: 'vsftpd', tls: 'explicit' }));
  const count = options.transfers ?? 4;
  const scratch = await mkdtemp(join(tmpdir(), 'ferry-ipc-latency-'));
  const hub = createEventHub();
  // A renderer that serialises every event, as the socket endpoint does.
  hub.addClient('bench', (event, payload) => void JSON.stringify({ event, payload }));
  hub.markReady('bench');
  const sessions = createHubSessionManager({ hub });
  const queue = await TransferQueue.open({
    resolveSite: async () => ({
      host: server.host,
      port: server.port,
      user: server.user,
      password: server.password,
      tls: { mode: server.tls === 'implicit' ? 'implicit' : 'explicit', trustedFingerprint256: server.fingerprint256 },
    }),
    policy: { connections: count, onExists: 'overwrite' },
  });
  const stopEvents = forwardTransferEvents(queue, (event, payload) => hub.emit(event, payload));
  const dispatch = createDispatcher(createHandlers({ homeDir: scratch, shell: 'web', pkg: { name: 'ferry', version: 'bench' }, sessions, transfers: queue }), {
    validateResponses: true,
  });
  const context = { clientId: 'bench', signal: new AbortController().signal };
  try {
    const source = join(server.root, 'ipc-latency-0.bin');
    await writeBigFile(source, options.fileBytes ?? 256 * 1024 * 1024);
    for (let i = 1; i < count; i++) await link(source, join(server.root, `ipc-latency-${i}.bin`)).catch(() => undefined);
    const jobs = queue.enqueue(
      Array.from({ length: count }, (_, i) => ({ siteId: 'bench', kind: 'download' as const, remotePath: `/ipc-latency-${i}.bin`, localPath: join(scratch, `${i}.bin`) })),
    );
    const ids = new Set(jobs.map((job) => job.id));
    const running = (): boolean => queue.list().some((job) => ids.has(job.id) && (job.state === 'queued' || job.state === 'active'));
    // Sample only once every transfer is moving bytes: connection setup is not "full speed".
    const settle = Date.now() + 10_000;
    while (Date.now() < settle && queue.list().filter((job) => ids.has(job.id) && job.bytesDone > 0).length < count) await delay(20);
    const bytesAtStart = moved(queue, ids);
    const started = performance.now();
    const times: number[] = [];
    const deadline = started + (options.maxMs ?? 20_000);
    while (running() && performance.now() < deadline) {
      const sent = performance.now();
      const result = await dispatch(...(JSON.parse(JSON.stringify(['app:info', {}])) as [string, object]), context);
      JSON.stringify(result);
      times.push(performance.now() - sent);
      await delay(options.gapMs ?? 5);
    }
    const seconds = (performance.now() - started) / 1000;
    const bytes = moved(queue, ids) - bytesAtStart;
    const sorted = [...times].sort((a, b) => a - b);
    const round = (value: number, places: number): number => Math.round(value * 10 ** places) / 10 ** places;
    return {
      p50: round(percentile(sorted, 50), 3),
      p99: round(percentile(sorted, 99), 3),
      max: round(sorted.at(-1) ?? NaN, 3),
      samples: sorted.length,
      bytes,
      mibPerSecond: round(bytes / 1048576 / seconds, 1),
    };
  } finally {
    queue.cancel();
    await queue.close();
    stopEvents();
    await sessions.closeAll();
    await rm(scratch, { recursive: true, force: true });
    for (let i = 0; i < count; i++) await rm(join(server.root, `ipc-latency-${i}.bin`), { force: true });
    if (options.server === undefined) await server.stop();
  }
}

function moved(queue: TransferQueue, ids: ReadonlySet<string>): number {
  return queue.list().reduce((sum, job) => sum + (ids.has(job.id) ? job.bytesDone : 0), 0);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// `npx tsx electron/bench/ipc-latency.ts [MiB]` prints the figure as JSON (the bench runner imports instead).
if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '\0')) {
  const mib = Number(process.argv[2] ?? 256);
  measureIpcLatency({ fileBytes: mib * 1024 * 1024 }).then(
    (figure) => process.stdout.write(`${JSON.stringify(figure)}\n`),
    (error: unknown) => {
      process.stderr.write(`ipc-latency: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

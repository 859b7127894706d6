import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BenchCase, ClientName } from './cases.js';
import { commandFor } from './clients.js';
import { measure, type Measurement } from './measure.js';
import { prepareRun, type ExecuteContext } from './run-plan.js';
import { withServerCpu } from './server-cpu.js';

const run = promisify(execFile);

/** One measured process, with the verification's verdict. */
export interface RunRecord {
  readonly client: ClientName;
  readonly run: number;
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly peakRssKiB: number;
  /** CPU the server's sessions used for this run (user + system), when /proc could tell. */
  readonly serverCpuSeconds?: number;
  /** Whether the SHA-256 / byte comparison ran (first run of each client), not only the size check. */
  readonly deepCheck: boolean;
  readonly error?: string;
}

function failure(m: Measurement): string | undefined {
  if (m.timedOut) return 'timed out';
  if (m.exitCode === 0) return undefined;
  const why = m.stderr.trim().split('\n').slice(-3).join(' | ');
  return `exit ${m.exitCode ?? m.signal ?? '?'}: ${why}`;
}

/** Runs one client once: prepare, measure the whole process, verify, clean up (then flush the disk cache). */
export async function executeRun(c: BenchCase, client: ClientName, runIndex: number, ctx: ExecuteContext): Promise<RunRecord> {
  const prepared = await prepareRun(c, client, runIndex, ctx);
  const profile = ctx.profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${join(ctx.profileDir, c.id)}`];
  const line = commandFor(client, prepared.spec, ctx.runner, profile, ctx.cli);
  if (line === undefined) throw new Error(`${client} cannot run case ${c.id}`);
  // A discarded download leaves nothing to hash: the client's byte count is the only check there.
  const deep = runIndex === 0 && c.kind !== 'download-discard';
  try {
    const { result: m, serverCpuSeconds } = await withServerCpu(ctx.servers[c.tls].pid, () => measure(line, ctx.timeoutMs));
    let error = failure(m);
    if (error === undefined) error = await prepared.check(m, deep).then(() => undefined, (e: unknown) => String(e));
    return {
      client,
      run: runIndex,
      wallSeconds: m.wallSeconds,
      cpuSeconds: m.cpuSeconds,
      peakRssKiB: m.peakRssKiB,
      ...(serverCpuSeconds === undefined ? {} : { serverCpuSeconds }),
      deepCheck: deep,
      error,
    };
  } finally {
    await prepared.cleanup();
    // Written data still in the page cache would slow down the next client's run (BASELINES: 2–10× outliers).
    if (c.kind !== 'download-discard') await run('sync');
  }
}

/** All runs of a case, the client order rotated each round so drift over time spreads evenly. */
export async function executeCase(
  c: BenchCase,
  runs: number,
  ctx: ExecuteContext,
  onRun: (record: RunRecord) => void,
): Promise<RunRecord[]> {
  const records: RunRecord[] = [];
  for (let round = 0; round < runs; round += 1) {
    const order = c.clients.map((_, i) => c.clients[(i + round) % c.clients.length]!);
    for (const client of order) {
      const record = await executeRun(c, client, round, ctx);
      records.push(record);
      onRun(record);
    }
  }
  return records;
}

import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunningServer } from '../test-support/ftp-servers/index.js';
import type { BenchCase, ClientName } from './cases.js';
import type { DriverRunner } from './driver-runner.js';
import type { DriverSpec } from './driver-spec.js';
import type { BenchFixtures } from './fixtures.js';
import type { Measurement } from './measure.js';
import type { CliRunner } from './transfer-cli.js';
import type { TreeSpec } from './transfer-commands.js';
import type { TreeFixtures } from './transfer-fixtures.js';
import { prepareTreeRun } from './transfer-plan.js';
import { expectFile, expectSameFolder } from './verify.js';

/** Everything a case needs to run: data, servers, how to start the drivers. */
export interface ExecuteContext {
  readonly fixtures: BenchFixtures;
  readonly servers: Readonly<Record<BenchCase['tls'], RunningServer>>;
  readonly runner: DriverRunner;
  readonly timeoutMs: number;
  /** When set, Ferry runs under `--cpu-prof` and writes its profiles to `<profileDir>/<case id>/`. */
  readonly profileDir?: string;
  /** The tree cases' data and Ferry CLI (issue 4), set when such a case is selected. */
  readonly tree?: TreeFixtures;
  readonly cli?: CliRunner;
}

/** One run of one client, ready to measure: its job, how to verify the outcome, how to clean up. */
export interface PreparedRun {
  readonly spec: DriverSpec | TreeSpec;
  check(m: Measurement, deep: boolean): Promise<void>;
  cleanup(): Promise<void>;
}

function reportedBytes(stdout: string): number | undefined {
  const line = stdout.trim().split('\n').at(-1) ?? '';
  try {
    return (JSON.parse(line) as { bytes?: number }).bytes;
  } catch {
    return undefined;
  }
}

/** Sets up the files a run needs and describes its job; the first run of each client verifies content too. */
export async function prepareRun(c: BenchCase, client: ClientName, runIndex: number, ctx: ExecuteContext): Promise<PreparedRun> {
  const { fixtures: fx } = ctx;
  const server = ctx.servers[c.tls];
  const base = {
    host: server.host, port: server.port, user: server.user, password: server.password, tls: c.tls,
    caFile: c.tls === 'explicit' ? fx.caFile : undefined, tlsMaxVersion: c.tlsMaxVersion,
  } as const;
  const local = join(fx.scratch, `${c.id}-${client}`);
  const none = async (): Promise<void> => undefined;
  switch (c.kind) {
    case 'download-discard':
      return {
        spec: { ...base, op: 'download', remote: fx.bigName, local: '-' },
        async check(m) {
          const bytes = reportedBytes(m.stdout);
          if (bytes !== fx.bigBytes) throw new Error(`client reported ${String(bytes)} bytes, expected ${fx.bigBytes}`);
        },
        cleanup: none,
      };
    case 'download-file':
      return {
        spec: { ...base, op: 'download', remote: fx.bigName, local },
        check: (_m, deep) => expectFile(local, fx.bigBytes, deep ? fx.bigSha256 : undefined),
        cleanup: () => rm(local, { force: true }),
      };
    case 'upload': {
      const remote = `${fx.uploadDir}/${client}-${runIndex}.bin`;
      const landed = join(server.root, remote);
      await rm(landed, { force: true });
      return {
        spec: { ...base, op: 'upload', remote, local: fx.bigPath },
        check: (_m, deep) => expectFile(landed, fx.bigBytes, deep ? fx.bigSha256 : undefined),
        cleanup: () => rm(landed, { force: true }),
      };
    }
    case 'tree-down':
    case 'tree-up':
      return prepareTreeRun(c, client, { ...base, local }, runIndex, ctx, server);
    case 'mget':
      await rm(local, { recursive: true, force: true });
      await mkdir(local);
      return {
        spec: { ...base, op: 'mget', remote: fx.smallDir, local },
        check: (_m, deep) => expectSameFolder(local, fx.smallPath, deep),
        cleanup: () => rm(local, { recursive: true, force: true }),
      };
  }
}

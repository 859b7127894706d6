import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findAppRoot } from '../services/app-root.js';
import { startServer, type RunningServer } from '../test-support/ftp-servers/index.js';
import { measure, type CommandLine, type Measurement } from './measure.js';
import { resolveCli } from './transfer-cli.js';

/** The no-change re-publish bench of issue 7: Ferry's `sync --dry-run` against lftp's `mirror -R --dry-run`. */
export interface PublishBenchResult {
  /** Median wall seconds of `ferry sync LOCAL URL --dry-run` (2000 files, nothing changed). */
  readonly ferrySeconds: number;
  /** Median wall seconds of `lftp -c "open …; mirror -R --dry-run LOCAL REMOTE"`. */
  readonly lftpSeconds: number;
  /** ferrySeconds / lftpSeconds: below 1 means Ferry is faster (the target). */
  readonly ratio: number;
  readonly files: number;
  readonly folders: number;
  readonly runs: number;
  readonly ferryRuns: readonly number[];
  readonly lftpRuns: readonly number[];
  /** Median CPU seconds (user + system): steadier than wall time when other work shares the cores. */
  readonly ferryCpuSeconds: number;
  readonly lftpCpuSeconds: number;
  /** Peak RSS in KiB (median run of each). */
  readonly ferryPeakRssKiB: number;
  readonly lftpPeakRssKiB: number;
}

/** Options, mostly for a quicker run by hand. */
export interface PublishBenchOptions {
  readonly runs?: number;
  /** Folders × sub-folders × files per sub-folder; the default gives 2000 files in 220 folders. */
  readonly shape?: readonly [number, number, number];
  readonly timeoutMs?: number;
  /** The CLI script to time; default: the build's bundle when fresh, else one made now (see resolveCli). */
  readonly cliScript?: string;
}

const repo = findAppRoot(import.meta.url);
const remoteRoot = '/site';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A small site of nested folders; each file's text differs so sizes vary like a real site's. */
async function writeSite(root: string, [top, sub, perFolder]: readonly [number, number, number]): Promise<{ files: number; folders: number }> {
  let files = 0;
  for (let a = 0; a < top; a++) {
    for (let b = 0; b < sub; b++) {
      const folder = join(root, `section-${a}`, `part-${b}`);
      await mkdir(folder, { recursive: true });
      for (let c = 0; c < perFolder; c++) {
        await writeFile(join(folder, `page-${c}.html`), `<p>${a}/${b}/${c}</p>\n`.repeat(1 + ((a + b + c) % 7)));
        files += 1;
      }
    }
  }
  return { files, folders: top + top * sub };
}

function ferryLine(cliBin: string, local: string, server: RunningServer, dryRun: boolean): CommandLine {
  const url = `ftp://${server.user}:${encodeURIComponent(server.password)}@${server.host}:${server.port}${remoteRoot}`;
  return { command: process.execPath, args: [cliBin, 'sync', local, url, ...(dryRun ? ['--dry-run'] : [])] };
}

function lftpLine(local: string, server: RunningServer): CommandLine {
  // lftp's dry run prints `mkdir -p` for folders that already exist; only its time matters here.
  const script = `set ftp:ssl-allow no; set net:max-retries 1; open -u ${server.user},${server.password} -p ${server.port} ${server.host}; mirror -R --dry-run ${local} ${remoteRoot}`;
  return { command: 'lftp', args: ['-c', script] };
}

function checked(label: string, run: Measurement): Measurement {
  if (run.timedOut || run.exitCode !== 0) throw new Error(`${label} failed (exit ${String(run.exitCode)}):\n${run.stderr || run.stdout}`);
  return run;
}

/**
 * Publishes a 2000-file site to a real vsftpd once (untimed), then times a no-change re-publish plan with the
 * bundled CLI and with lftp, interleaved, median of `runs` each. Needs lftp.
 */
export async function measurePublishNoChange(options: PublishBenchOptions = {}): Promise<PublishBenchResult> {
  const runs = options.runs ?? 3;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const work = await mkdtemp(join(tmpdir(), 'ferry-publish-bench-'));
  // Inside the repo: the bundle keeps packages external, so it must sit where node_modules is found.
  const cliBin = options.cliScript ?? (await resolveCli(repo, join(repo, 'artifacts/bench/cli'))).script;
  const server = await startServer({ kind: 'vsftpd', tls: 'plain' });
  // The CLI keeps its manifests under FERRY_USER_DATA; the measured processes inherit it.
  const previousUserData = process.env['FERRY_USER_DATA'];
  process.env['FERRY_USER_DATA'] = join(work, 'user-data');
  try {
    const local = join(work, 'site');
    const { files, folders } = await writeSite(local, options.shape ?? [20, 10, 10]);
    checked('the first publish', await measure(ferryLine(cliBin, local, server, false), timeoutMs));
    const ferryRuns: Measurement[] = [];
    const lftpRuns: Measurement[] = [];
    for (let round = 0; round < runs; round++) {
      // Alternating who goes first, so neither always gets the warmer server cache.
      const order = round % 2 === 0 ? ['ferry', 'lftp'] : ['lftp', 'ferry'];
      for (const who of order) {
        if (who === 'ferry') {
          const run = checked('ferry sync --dry-run', await measure(ferryLine(cliBin, local, server, true), timeoutMs));
          // A plan that re-sends anything would measure the wrong thing (and mean the comparison is broken).
          if (!/Nothing to upload/.test(run.stdout) || !new RegExp(`Unchanged ${files}\\b`).test(run.stdout)) {
            throw new Error(`ferry's no-change plan is not empty:\n${run.stdout.slice(0, 2000)}`);
          }
          ferryRuns.push(run);
        } else {
          lftpRuns.push(checked('lftp mirror -R --dry-run', await measure(lftpLine(local, server), timeoutMs)));
        }
      }
    }
    const ferrySeconds = median(ferryRuns.map((run) => run.wallSeconds));
    const lftpSeconds = median(lftpRuns.map((run) => run.wallSeconds));
    return {
      ferrySeconds,
      lftpSeconds,
      ratio: ferrySeconds / lftpSeconds,
      files,
      folders,
      runs,
      ferryRuns: ferryRuns.map((run) => run.wallSeconds),
      lftpRuns: lftpRuns.map((run) => run.wallSeconds),
      ferryCpuSeconds: median(ferryRuns.map((run) => run.cpuSeconds)),
      lftpCpuSeconds: median(lftpRuns.map((run) => run.cpuSeconds)),
      ferryPeakRssKiB: median(ferryRuns.map((run) => run.peakRssKiB)),
      lftpPeakRssKiB: median(lftpRuns.map((run) => run.peakRssKiB)),
    };
  } finally {
    if (previousUserData === undefined) delete process.env['FERRY_USER_DATA'];
    else process.env['FERRY_USER_DATA'] = previousUserData;
    await server.stop();
    await rm(work, { recursive: true, force: true });
  }
}

// Runnable alone: `npx tsx electron/bench/publish-bench.ts`.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  measurePublishNoChange()
    .then((result) => {
      const verdict = result.ratio < 1 ? 'faster than lftp' : 'SLOWER than lftp';
      const figures = `ferry ${result.ferrySeconds.toFixed(2)} s (CPU ${result.ferryCpuSeconds.toFixed(2)} s), lftp ${result.lftpSeconds.toFixed(2)} s (CPU ${result.lftpCpuSeconds.toFixed(2)} s)`;
      process.stdout.write(`${JSON.stringify(result, null, 2)}\nno-change re-publish of ${result.files} files: ${figures} → ${verdict}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    });
}

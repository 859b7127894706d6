import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '../test-support/ftp-servers/index.js';
import { parseBenchArgs, usage } from './args.js';
import { engineCases, selectCases } from './cases.js';
import { resolveRunner } from './driver-runner.js';
import { executeCase, type RunRecord } from './execute.js';
import { prepareFixtures, type BenchFixtures } from './fixtures.js';
import { formatTable, writeJson } from './report.js';
import { summarizeCase, type CaseSummary } from './summary.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(repo, 'artifacts/bench');
const log = (text: string): void => void process.stderr.write(`${text}\n`);

function version(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8' }).split('\n')[0]!.trim();
  } catch {
    return 'unavailable';
  }
}

function describe(record: RunRecord): string {
  const rss = `${(record.peakRssKiB / 1024).toFixed(0)} MiB`;
  const verdict = record.error === undefined ? (record.deepCheck ? 'ok (content checked)' : 'ok') : `FAILED ${record.error}`;
  const cpu = `${record.cpuSeconds.toFixed(2)} s CPU`;
  return `    ${record.client.padEnd(9)} run ${record.run + 1}: ${record.wallSeconds.toFixed(3)} s, ${cpu}, ${rss}, ${verdict}`;
}

/** `npm run bench`: starts vsftpd (plain and explicit FTPS), prepares the data, runs every case, reports. */
async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args === undefined) return void console.log(usage);
  const cases = selectCases(engineCases, args.only);
  if (cases.length === 0) throw new Error(`no case matches --only ${args.only.join(',')}`);
  const started = Date.now();
  const servers: RunningServer[] = [];
  let fixtures: BenchFixtures | undefined;
  const stopAll = async (): Promise<void> => {
    await Promise.all(servers.map((s) => s.stop()));
    if (fixtures !== undefined) await rm(fixtures.scratch, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stopAll().finally(() => process.exit(130)));
  try {
    const [plain, explicit] = await Promise.all([startServer({ kind: 'vsftpd', tls: 'plain' }), startServer({ kind: 'vsftpd', tls: 'explicit' })]);
    servers.push(plain, explicit);
    log(`vsftpd plain on port ${plain.port}, explicit FTPS on port ${explicit.port}`);
    const sizes = { bigBytes: args.bigMiB * 1024 * 1024, smallCount: args.smallCount, smallBytes: 16 * 1024 };
    fixtures = await prepareFixtures(servers, sizes);
    log(`fixtures: ${args.bigMiB} MiB file (sha256 ${fixtures.bigSha256.slice(0, 16)}…), ${sizes.smallCount} × 16 KiB files`);
    const runner = await resolveRunner(repo, join(outDir, 'build'), args.runner);
    log(`Ferry and basic-ftp drivers run as: ${runner.mode}, ${runner.note}`);
    const profileDir = args.profile ? join(outDir, 'profiles') : undefined;
    if (profileDir !== undefined) await rm(profileDir, { recursive: true, force: true });
    const ctx = { fixtures, servers: { plain, explicit }, runner, timeoutMs: args.timeoutSeconds * 1000, profileDir };
    const summaries: CaseSummary[] = [];
    for (const c of cases) {
      const loadAtStart = Number(loadavg()[0]!.toFixed(2));
      log(`  ${c.id}: ${c.title} (load average ${loadAtStart})`);
      const records = await executeCase(c, args.runs, ctx, (record) => log(describe(record)));
      const mget = c.kind === 'mget';
      const bytesPerRun = mget ? sizes.smallCount * sizes.smallBytes : sizes.bigBytes;
      summaries.push(summarizeCase(c, records, { bytesPerRun, filesPerRun: mget ? sizes.smallCount : 1, loadAtStart }));
    }
    const meta = {
      date: new Date().toISOString(),
      durationSeconds: (Date.now() - started) / 1000,
      runs: args.runs,
      quick: args.quick,
      profiled: args.profile,
      bigBytes: sizes.bigBytes,
      smallFiles: `${sizes.smallCount} x ${sizes.smallBytes} B`,
      server: `vsftpd ${version('dpkg-query', ['-W', '-f', '${Version}', 'vsftpd'])}`,
      driverRunner: `${runner.mode}: ${runner.note}`,
      node: process.version,
      curl: version('curl', ['--version']),
      lftp: version('lftp', ['--version']),
      cpus: cpus().length,
      loadAverageAtEnd: loadavg().map((l) => Number(l.toFixed(2))),
    };
    console.log(`\nFerry engine bench — ${args.runs} run(s) per client, big file ${args.bigMiB} MiB, driver runner: ${runner.mode}${args.profile ? ', Ferry PROFILED (slower)' : ''}`);
    console.log(formatTable(summaries));
    const busy = summaries.filter((s) => s.loadAtStart > cpus().length);
    if (busy.length > 0) console.log(`\nnote: load average above ${cpus().length} (the core count) at the start of ${busy.map((s) => s.id).join(', ')}: wall times there are inflated; compare ratios and CPU s.`);
    const jsonPath = join(outDir, 'engine.json');
    await writeJson(jsonPath, meta, summaries);
    console.log(`\nwritten: ${jsonPath} (${meta.durationSeconds.toFixed(0)} s)`);
    if (summaries.some((s) => s.clients.some((c) => c.failedRuns > 0))) process.exitCode = 1;
  } finally {
    await stopAll();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});

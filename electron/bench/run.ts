import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '../test-support/ftp-servers/index.js';
import { parseBenchArgs, usage } from './args.js';
import { engineCases, selectCases, type CaseKind } from './cases.js';
import { resolveRunner } from './driver-runner.js';
import { executeCase, type RunRecord } from './execute.js';
import { prepareFixtures, type BenchFixtures } from './fixtures.js';
import { formatMeasurements, formatTable, writeJson } from './report.js';
import { summarizeCase, type CaseSummary } from './summary.js';
import { resolveCli } from './transfer-cli.js';
import { prepareTreeFixtures } from './transfer-fixtures.js';
import { measurementCases, runMeasurement, type MeasurementResult } from './transfer-measurements.js';

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
  const server = record.serverCpuSeconds === undefined ? '' : ` (server ${record.serverCpuSeconds.toFixed(2)} s)`;
  const cpu = `${record.cpuSeconds.toFixed(2)} s CPU${server}`;
  return `    ${record.client.padEnd(9)} run ${record.run + 1}: ${record.wallSeconds.toFixed(3)} s, ${cpu}, ${rss}, ${verdict}`;
}

/** Whether a case moves the big file (else the bench writes a 1 MiB stand-in instead of 1 GiB). */
const usesBigFile = (kind: CaseKind): boolean => kind === 'download-discard' || kind === 'download-file' || kind === 'upload';

/** `npm run bench`: starts vsftpd (plain and explicit FTPS), prepares the data, runs every case, reports. */
async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args === undefined) return void console.log(usage);
  const cases = selectCases(engineCases, args.only);
  const measurements = selectCases(measurementCases, args.only);
  if (cases.length + measurements.length === 0) throw new Error(`no case matches --only ${args.only.join(',')}`);
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
    const bigMiB = cases.some((c) => usesBigFile(c.kind)) ? args.bigMiB : 1;
    const sizes = { bigBytes: bigMiB * 1024 * 1024, smallCount: args.smallCount, smallBytes: 16 * 1024 };
    fixtures = await prepareFixtures(servers, sizes);
    log(`fixtures: ${bigMiB} MiB file (sha256 ${fixtures.bigSha256.slice(0, 16)}…), ${sizes.smallCount} × 16 KiB files`);
    const treeCase = cases.some((c) => c.kind === 'tree-down' || c.kind === 'tree-up');
    const tree = treeCase ? await prepareTreeFixtures(servers, fixtures) : undefined;
    if (tree !== undefined) log(`tree: ${tree.files.length} files in nested folders under /${tree.remoteDir}`);
    const runner = await resolveRunner(repo, join(outDir, 'build'), args.runner);
    log(`Ferry and basic-ftp drivers run as: ${runner.mode}, ${runner.note}`);
    const cli = treeCase ? await resolveCli(repo, join(outDir, 'cli'), args.runner) : undefined;
    if (cli !== undefined) log(`Ferry CLI runs as: ${cli.note}`);
    const profileDir = args.profile ? join(outDir, 'profiles') : undefined;
    if (profileDir !== undefined) await rm(profileDir, { recursive: true, force: true });
    const ctx = { fixtures, servers: { plain, explicit }, runner, timeoutMs: args.timeoutSeconds * 1000, profileDir, tree, cli };
    const summaries: CaseSummary[] = [];
    for (const c of cases) {
      const loadAtStart = Number(loadavg()[0]!.toFixed(2));
      log(`  ${c.id}: ${c.title} (load average ${loadAtStart})`);
      const records = await executeCase(c, Math.min(args.runs, c.maxRuns ?? args.runs), ctx, (record) => log(describe(record)));
      const mget = c.kind === 'mget' || c.kind === 'tree-down' || c.kind === 'tree-up';
      const bytesPerRun = mget ? sizes.smallCount * sizes.smallBytes : sizes.bigBytes;
      summaries.push(summarizeCase(c, records, { bytesPerRun, filesPerRun: mget ? sizes.smallCount : 1, loadAtStart }, cpus().length));
    }
    const measured: MeasurementResult[] = [];
    for (const m of measurements) {
      log(`  ${m.id}: ${m.title} (load average ${loadavg()[0]!.toFixed(2)})`);
      measured.push(await runMeasurement(m, { explicit, quick: args.quick, runs: args.runs, log }));
      log(`    ${measured.at(-1)!.error === undefined ? 'done' : `FAILED ${measured.at(-1)!.error}`}`);
    }
    const meta = {
      date: new Date().toISOString(),
      durationSeconds: (Date.now() - started) / 1000,
      runs: args.runs,
      quick: args.quick,
      profiled: args.profile,
      bigBytes: sizes.bigBytes,
      ferryCli: cli?.note,
      smallFiles: `${sizes.smallCount} x ${sizes.smallBytes} B`,
      server: `vsftpd ${version('dpkg-query', ['-W', '-f', '${Version}', 'vsftpd'])}`,
      driverRunner: `${runner.mode}: ${runner.note}`,
      node: process.version,
      curl: version('curl', ['--version']),
      lftp: version('lftp', ['--version']),
      cpus: cpus().length,
      loadAverageAtEnd: loadavg().map((l) => Number(l.toFixed(2))),
    };
    console.log(`\nFerry engine bench — ${args.runs} run(s) per client, big file ${bigMiB} MiB, driver runner: ${runner.mode}${args.profile ? ', Ferry PROFILED (slower)' : ''}`);
    if (summaries.length > 0) console.log(formatTable(summaries));
    if (measured.length > 0) console.log(`\n${formatMeasurements(measured)}`);
    const busy = summaries.filter((s) => s.loadAtStart > cpus().length);
    if (busy.length > 0) console.log(`\nnote: load average above ${cpus().length} (the core count) at the start of ${busy.map((s) => s.id).join(', ')}: wall times there are inflated; compare ratios and CPU s.`);
    const jsonPath = join(outDir, 'engine.json');
    await writeJson(jsonPath, meta, summaries, measured);
    console.log(`\nwritten: ${jsonPath} (${meta.durationSeconds.toFixed(0)} s)`);
    if (summaries.some((s) => s.clients.some((c) => c.failedRuns > 0)) || measured.some((m) => m.error !== undefined)) process.exitCode = 1;
  } finally {
    await stopAll();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});

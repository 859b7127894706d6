/**
 * Issue 6's UI benchmark: Enter → first painted rows of a 100 000-entry folder, remote and local, and frame
 * times while scrolling, in Chromium through the built web shell. The lead calls measureUiListing from run.ts;
 * alone: `npm run build && npx tsx electron/bench/ui-listing.ts [--rounds 3] [--entries 100000]
 * [--server vsftpd|proftpd] [--cpu-prof DIR] [--chrome-prof DIR]`, which writes artifacts/bench/ui-listing.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { FtpClient } from '../ftp/index.js';
import { startServer, type RunningServer } from '../test-support/ftp-servers/index.js';
import { createEmptyFiles, entryName, measureFtplibList, startWebShell, type FtplibFigures } from './ui-fixtures.js';
import { armPaintWatchScript, awaitPaintScript, probeInitScript, scrollScript } from './ui-page-probes.js';
import { median, percentile, round1 } from './ui-stats.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** What measureUiListing does; every field has a default. */
export interface UiListingOptions {
  /** Harness server for the remote pane (default vsftpd: LIST -a; proftpd answers MLSD). */
  readonly serverKind?: 'vsftpd' | 'proftpd';
  /** Entries in the big folders (default 100 000). */
  readonly entries?: number;
  /** Navigations and scroll runs per pane (default 3; figures are medians). */
  readonly rounds?: number;
  /** Scroll duration per run (default 3000 ms). */
  readonly scrollMs?: number;
  /** Run the web shell under `node --cpu-prof` into this folder. */
  readonly cpuProfDir?: string;
  /** Write Chromium CPU profiles (CDP Profiler) of the first round's navigations and scrolls into this folder. */
  readonly chromeProfDir?: string;
  /** Progress lines (default: stderr). */
  readonly log?: (line: string) => void;
}

/** One navigation, request to paint, in page milliseconds. */
export interface NavigationFigures {
  /** Enter key-down → first rows painted (a big remote folder's preview, else the listing): the headline. */
  readonly totalMs: number;
  /** Enter key-down → the whole listing painted (its count in the status line); totalMs without a preview. */
  readonly completeMs: number;
  /** Enter → the `*:list` request left the page. */
  readonly requestMs: number;
  /** Request sent → the whole answer arrived (main: FTP/disk, parse, mapping, JSON, WebSocket). */
  readonly mainMs: number;
  /** Whole answer arrived → its rows in the DOM (JSON.parse, sort, React render). */
  readonly renderMs: number;
  /** First rows in the DOM → painted. */
  readonly paintMs: number;
  /** Size of the answer in characters. */
  readonly messageChars: number;
  /** Long tasks seen from Enter to the whole listing painted (ms each). */
  readonly longTasksMs: readonly number[];
  /**
   * CPU time, Enter to the whole listing painted, of the web shell process (/proc) and of the page's main
   * thread (CDP ThreadTime): unlike wall times these barely move with the machine's load.
   */
  readonly mainCpuMs: number;
  readonly rendererCpuMs: number;
}

/** One scroll run. */
export interface ScrollFigures {
  readonly frames: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Long tasks (> 50 ms by definition) while scrolling. */
  readonly longTasks: number;
  readonly longestTaskMs: number;
}

/** Everything measured for one pane. */
export interface PaneFigures {
  readonly navigations: readonly NavigationFigures[];
  readonly scrolls: readonly ScrollFigures[];
  /** Medians over the rounds. */
  readonly medianTotalMs: number;
  readonly medianCompleteMs: number;
  readonly medianMainMs: number;
  readonly medianRenderMs: number;
  readonly medianMainCpuMs: number;
  readonly medianRendererCpuMs: number;
  readonly medianScrollP95Ms: number;
  readonly maxLongTasksWhileScrolling: number;
}

/** The result of measureUiListing. */
export interface UiListingFigures {
  readonly entries: number;
  readonly server: string;
  readonly loadAverage: readonly number[];
  readonly remote: PaneFigures;
  readonly local: PaneFigures;
  /** Ferry's engine in this process: raw LIST lines and the parsed listing (MLSD or LIST -a), ms. */
  readonly engineDirMs: readonly number[];
  readonly engineListMs: readonly number[];
  readonly ftplib: readonly FtplibFigures[];
  /** Median Ferry raw LIST / median ftplib LIST (lower is better, 1 = parity). */
  readonly listPeerRatio: number;
  /** Target: first paint under 1 s and no long task while scrolling, for both panes. */
  readonly meetsTarget: boolean;
}

function summarize(navigations: NavigationFigures[], scrolls: ScrollFigures[]): PaneFigures {
  return {
    navigations,
    scrolls,
    medianTotalMs: round1(median(navigations.map((n) => n.totalMs))),
    medianCompleteMs: round1(median(navigations.map((n) => n.completeMs))),
    medianMainMs: round1(median(navigations.map((n) => n.mainMs))),
    medianRenderMs: round1(median(navigations.map((n) => n.renderMs))),
    medianMainCpuMs: round1(median(navigations.map((n) => n.mainCpuMs))),
    medianRendererCpuMs: round1(median(navigations.map((n) => n.rendererCpuMs))),
    medianScrollP95Ms: round1(median(scrolls.map((s) => s.p95Ms))),
    maxLongTasksWhileScrolling: Math.max(0, ...scrolls.map((s) => s.longTasks)),
  };
}

interface RawTimeline {
  enterAt: number | null;
  sendAt: number | null;
  messageAt: number | null;
  messageChars: number | null;
  domAt: number;
  paintAt: number;
  completeDomAt: number;
  completePaintAt: number;
  longTasks: { start: number; duration: number }[];
}

/** CPU time (user + system) of a process so far, in ms; 0 where /proc is missing. */
function processCpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${String(pid)}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of /proc/PID/stat (11 and 12 after the command), in clock ticks.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/** CPU time of the page's main thread so far (CDP Performance ThreadTime), in ms. */
async function pageThreadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? 0) * 1000;
}

interface CpuProbes {
  readonly shellPid: number | undefined;
  readonly cdp: CDPSession;
}

/**
 * Types `path` into the pane's path box, presses Enter, and times it until `firstName` is painted, and on
 * until the whole listing is (so the scroll that follows scrolls the folder, not a preview being replaced).
 */
async function navigate(page: Page, side: 'Remote' | 'Local', path: string, firstName: string, cpu: CpuProbes): Promise<NavigationFigures> {
  const input = page.getByLabel(`${side} path`, { exact: true });
  await input.fill(path);
  await page.evaluate(armPaintWatchScript(`${side} files`, firstName));
  const mainBefore = processCpuMs(cpu.shellPid);
  const pageBefore = await pageThreadMs(cpu.cdp);
  await input.press('Enter');
  const t = (await page.evaluate(awaitPaintScript)) as RawTimeline;
  const mainCpuMs = round1(processCpuMs(cpu.shellPid) - mainBefore);
  const rendererCpuMs = round1((await pageThreadMs(cpu.cdp)) - pageBefore);
  const enterAt = t.enterAt ?? t.sendAt ?? t.domAt;
  const sendAt = t.sendAt ?? enterAt;
  const messageAt = t.messageAt ?? sendAt;
  return {
    totalMs: round1(t.paintAt - enterAt),
    completeMs: round1(t.completePaintAt - enterAt),
    requestMs: round1(sendAt - enterAt),
    mainMs: round1(messageAt - sendAt),
    renderMs: round1(t.completeDomAt - messageAt),
    paintMs: round1(t.paintAt - t.domAt),
    messageChars: t.messageChars ?? 0,
    longTasksMs: t.longTasks.filter((task) => task.start + task.duration >= enterAt).map((task) => round1(task.duration)),
    mainCpuMs,
    rendererCpuMs,
  };
}

/** A fast fling (21 rows a frame, 36 000 px/s) with a scrollbar drag of ~5 400 rows every 30th frame. */
const scrollStepPx = 600;
const scrollJumpPx = 150_000;

async function scroll(page: Page, side: 'Remote' | 'Local', durationMs: number): Promise<ScrollFigures> {
  const run = (await page.evaluate(scrollScript(`${side} files`, durationMs, scrollStepPx, scrollJumpPx))) as {
    frames: number[];
    longTasks: number[];
  };
  return {
    frames: run.frames.length,
    p50Ms: round1(percentile(run.frames, 50)),
    p95Ms: round1(percentile(run.frames, 95)),
    maxMs: round1(Math.max(0, ...run.frames)),
    longTasks: run.longTasks.length,
    longestTaskMs: round1(Math.max(0, ...run.longTasks)),
  };
}

async function quickConnect(page: Page, server: RunningServer): Promise<void> {
  const form = page.getByRole('form', { name: 'Quick connect' });
  await form.getByLabel('Host').fill(server.host);
  await form.getByLabel('User').fill(server.user);
  await form.getByLabel('Password').fill(server.password);
  await form.getByLabel('Port').fill(String(server.port));
  await form.getByLabel('Protocol').selectOption({ label: 'Plain FTP (insecure)' });
  await form.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('grid', { name: 'Remote files' }).getByText('big', { exact: true }).waitFor({ timeout: 20_000 });
}

async function measureEngine(server: RunningServer, folder: string): Promise<{ dirMs: number; listMs: number }> {
  const client = new FtpClient();
  await client.connect(server.host, server.port);
  await client.login(server.user, server.password);
  let started = performance.now();
  await client.dir(folder);
  const dirMs = performance.now() - started;
  started = performance.now();
  await client.list(folder);
  const listMs = performance.now() - started;
  await client.quit();
  return { dirMs: round1(dirMs), listMs: round1(listMs) };
}

/** Starts Chromium's CPU profiler; the returned function stops it and writes `name.cpuprofile`. */
async function startChromeProfile(page: Page, dir: string | undefined, name: string): Promise<() => Promise<void>> {
  if (dir === undefined) return async () => undefined;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
  };
}

/**
 * The issue 6 benchmark: a real server with a 100 000-entry folder, the built web shell in Chromium, and the
 * time from the user's Enter to the first painted rows of that folder, remote and local, plus frame times
 * and long tasks while scrolling. Needs `npm run build` first (it drives `dist/`).
 */
export async function measureUiListing(options: UiListingOptions = {}): Promise<UiListingFigures> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const count = options.entries ?? 100_000;
  const rounds = options.rounds ?? 3;
  const scrollMs = options.scrollMs ?? 3000;
  const cli = join(repoRoot, 'dist/node/electron/web-shell/cli.js');
  if (!existsSync(cli) || !existsSync(join(repoRoot, 'dist/renderer/index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first');
  }
  const kind = options.serverKind ?? 'vsftpd';
  const server = await startServer({ kind, tls: 'plain' });
  const scratch = await mkdtemp(join(tmpdir(), 'ferry-bench-ui-'));
  const home = join(scratch, 'home');
  const userData = join(scratch, 'data');
  const cleanups: Array<() => Promise<unknown>> = [() => server.stop(), () => rm(scratch, { recursive: true, force: true })];
  try {
    log(`creating ${count} entries in ${kind}'s root and in a local folder…`);
    createEmptyFiles(join(server.root, 'big'), count, server.owner);
    createEmptyFiles(join(home, 'big'), count);
    await mkdir(userData, { recursive: true });

    const engine = [];
    const ftplib = [];
    for (let round = 0; round < rounds; round += 1) {
      engine.push(await measureEngine(server, 'big'));
      ftplib.push(measureFtplibList(server, 'big'));
    }
    log(`engine dir ${engine.map((e) => e.dirMs).join('/')} ms, list ${engine.map((e) => e.listMs).join('/')} ms; ftplib LIST ${ftplib.map((f) => round1(f.listMs)).join('/')} ms`);

    const shell = await startWebShell({ cli, userData, home, ...(options.cpuProfDir === undefined ? {} : { cpuProfDir: options.cpuProfDir }) });
    cleanups.unshift(() => shell.stop());
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    cleanups.unshift(() => browser.close());
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(probeInitScript);
    const page = await context.newPage();
    await page.goto(shell.url);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const cpu: CpuProbes = { shellPid: shell.child.pid, cdp };
    await quickConnect(page, server);
    const remoteRoot = await page.getByLabel('Remote path', { exact: true }).inputValue();
    const remoteBig = remoteRoot.endsWith('/') ? `${remoteRoot}big` : `${remoteRoot}/big`;

    const remoteNav: NavigationFigures[] = [];
    const remoteScroll: ScrollFigures[] = [];
    const localNav: NavigationFigures[] = [];
    const localScroll: ScrollFigures[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const stopRemote = await startChromeProfile(page, round === 0 ? options.chromeProfDir : undefined, 'remote-navigation');
      remoteNav.push(await navigate(page, 'Remote', remoteBig, entryName(0), cpu));
      await stopRemote();
      const stopRemoteScroll = await startChromeProfile(page, round === 0 ? options.chromeProfDir : undefined, 'remote-scroll');
      remoteScroll.push(await scroll(page, 'Remote', scrollMs));
      await stopRemoteScroll();
      const stopLocal = await startChromeProfile(page, round === 0 ? options.chromeProfDir : undefined, 'local-navigation');
      localNav.push(await navigate(page, 'Local', join(home, 'big'), entryName(0), cpu));
      await stopLocal();
      const stopLocalScroll = await startChromeProfile(page, round === 0 ? options.chromeProfDir : undefined, 'local-scroll');
      localScroll.push(await scroll(page, 'Local', scrollMs));
      await stopLocalScroll();
      log(`round ${round + 1}: remote ${JSON.stringify(remoteNav.at(-1))} scroll ${JSON.stringify(remoteScroll.at(-1))}`);
      log(`round ${round + 1}: local ${JSON.stringify(localNav.at(-1))} scroll ${JSON.stringify(localScroll.at(-1))}`);
      // Back to the small folders so the next round lists the big ones afresh.
      await page.getByLabel('Remote path', { exact: true }).fill(remoteRoot);
      await page.getByLabel('Remote path', { exact: true }).press('Enter');
      await page.getByRole('grid', { name: 'Remote files' }).getByText('big', { exact: true }).waitFor();
      await page.getByLabel('Local path', { exact: true }).fill(home);
      await page.getByLabel('Local path', { exact: true }).press('Enter');
      await page.getByRole('grid', { name: 'Local files' }).getByText('big', { exact: true }).waitFor();
    }
    const remote = summarize(remoteNav, remoteScroll);
    const local = summarize(localNav, localScroll);
    const ferryDir = median(engine.map((e) => e.dirMs));
    const meets = (pane: PaneFigures): boolean => pane.medianTotalMs < 1000 && pane.maxLongTasksWhileScrolling === 0;
    return {
      entries: count,
      server: kind,
      loadAverage: loadavg().map(round1),
      remote,
      local,
      engineDirMs: engine.map((e) => e.dirMs),
      engineListMs: engine.map((e) => e.listMs),
      ftplib,
      listPeerRatio: round1((ferryDir / median(ftplib.map((f) => f.listMs))) * 100) / 100,
      meetsTarget: meets(remote) && meets(local),
    };
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
  }
}

function argValue(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const rounds = argValue(args, '--rounds');
  const entries = argValue(args, '--entries');
  const server = argValue(args, '--server');
  const cpuProfDir = argValue(args, '--cpu-prof');
  const chromeProfDir = argValue(args, '--chrome-prof');
  const figures = await measureUiListing({
    ...(rounds === undefined ? {} : { rounds: Number(rounds) }),
    ...(entries === undefined ? {} : { entries: Number(entries) }),
    ...(server === 'proftpd' || server === 'vsftpd' ? { serverKind: server } : {}),
    ...(cpuProfDir === undefined ? {} : { cpuProfDir: resolve(cpuProfDir) }),
    ...(chromeProfDir === undefined ? {} : { chromeProfDir: resolve(chromeProfDir) }),
  });
  const out = join(repoRoot, 'artifacts/bench/ui-listing.json');
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(JSON.stringify({ ...figures, remote: { ...figures.remote, navigations: undefined, scrolls: undefined }, local: { ...figures.local, navigations: undefined, scrolls: undefined } }, null, 2));
  console.log(`written to ${out}`);
}

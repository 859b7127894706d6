import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import type { CommandLine } from './measure.js';

/** How the TypeScript drivers run: tsc's build output, an esbuild bundle made now, or tsx on the sources. */
export type RunnerMode = 'dist' | 'bundle' | 'tsx';

/** The drivers the bench runs as child processes. */
export type DriverName = 'ferry-client' | 'basic-ftp-client';

/** Resolved way of starting a driver, with a note on why this mode was chosen. */
export interface DriverRunner {
  readonly mode: RunnerMode;
  readonly note: string;
  /** `nodeArgs` go before the script, e.g. `--cpu-prof`. */
  commandFor(driver: DriverName, specJson: string, nodeArgs?: readonly string[]): CommandLine;
}

const drivers: readonly DriverName[] = ['ferry-client', 'basic-ftp-client'];

/** Sources the drivers run: the engine and the bench (tests excluded), relative to the repo. */
function driverSources(repo: string): string[] {
  return ['electron/ftp', 'electron/bench'].flatMap((folder) =>
    readdirSync(join(repo, folder), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
      .map((e) => relative(repo, join(e.parentPath, e.name))),
  );
}

/**
 * Why dist/ cannot be used, or undefined when every source has an emitted .js at least as new
 * (`tsc -b` rewrites only what changed, so each file is compared with its own output).
 */
function distProblem(repo: string): string | undefined {
  if (!drivers.every((d) => existsSync(join(repo, 'dist/node/electron/bench', `${d}.js`)))) return 'not built';
  for (const source of driverSources(repo)) {
    const built = join(repo, 'dist/node', source.replace(/\.ts$/, '.js'));
    if (!existsSync(built) || statSync(built).mtimeMs < statSync(join(repo, source)).mtimeMs) return `stale (${source} changed after the last build)`;
  }
  return undefined;
}

async function bundle(repo: string, outDir: string): Promise<void> {
  await build({
    entryPoints: drivers.map((d) => join(repo, 'electron/bench', `${d}.ts`)),
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // basic-ftp stays a node_modules import, resolved from the repo like in the app.
    packages: 'external',
    logLevel: 'warning',
  });
}

/**
 * Picks how to run the drivers. Default: the tsc output in dist/ when fresh, else an esbuild bundle of the
 * current sources (a plain `node file.mjs`, so no transpiler runs inside the measured process as with tsx).
 */
export async function resolveRunner(repo: string, outDir: string, wanted?: RunnerMode): Promise<DriverRunner> {
  const problem = distProblem(repo);
  const mode: RunnerMode = wanted ?? (problem === undefined ? 'dist' : 'bundle');
  let note = wanted === undefined ? '' : 'chosen by --runner';
  if (mode === 'dist' && problem !== undefined) throw new Error(`--runner dist: dist/ is ${problem}; run npm run build`);
  if (mode === 'dist' && note === '') note = 'dist/node/electron/bench (tsc output, fresh)';
  if (mode === 'bundle') {
    await bundle(repo, outDir);
    if (note === '') note = `esbuild bundle of the current sources in ${relative(repo, outDir)} (dist/ ${problem ?? 'fresh, but --runner bundle'})`;
  }
  if (mode === 'tsx') note ||= 'tsx loader on the sources (adds transpile time and memory)';
  const script = (driver: DriverName): string => {
    if (mode === 'dist') return join(repo, 'dist/node/electron/bench', `${driver}.js`);
    if (mode === 'bundle') return join(outDir, `${driver}.mjs`);
    return join(repo, 'electron/bench', `${driver}.ts`);
  };
  return {
    mode,
    note,
    commandFor(driver, specJson, nodeArgs = []) {
      const loader = mode === 'tsx' ? ['--import', 'tsx'] : [];
      return { command: process.execPath, args: [...nodeArgs, ...loader, script(driver), specJson] };
    },
  };
}

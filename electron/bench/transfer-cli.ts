import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import type { RunnerMode } from './driver-runner.js';

/** How the bench starts the `ferry` CLI: the script node runs, and why that one. */
export interface CliRunner {
  readonly script: string;
  readonly note: string;
}

/** Sources the CLI runs (tests excluded), relative to the repo. */
function cliSources(repo: string): string[] {
  return ['electron/cli', 'electron/transfers', 'electron/ftp', 'electron/sessions', 'shared'].flatMap((folder) =>
    existsSync(join(repo, folder))
      ? readdirSync(join(repo, folder), { withFileTypes: true, recursive: true })
          .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
          .map((e) => relative(repo, join(e.parentPath, e.name)))
      : [],
  );
}

/** Why dist/ cannot be used, or undefined when every CLI source has an emitted .js at least as new. */
function distProblem(repo: string): string | undefined {
  if (!existsSync(join(repo, 'dist/node/electron/cli/bin.js'))) return 'not built';
  for (const source of cliSources(repo)) {
    const built = join(repo, 'dist/node', source.replace(/\.ts$/, '.js'));
    if (existsSync(built) && statSync(built).mtimeMs < statSync(join(repo, source)).mtimeMs) return `stale (${source} changed after the last build)`;
    // A source without output that the CLI does not import (a script, a fixture reader) is no reason to rebuild.
  }
  return undefined;
}

/**
 * Picks the CLI: `node dist/node/electron/cli/bin.js` when the build is fresh (or `--runner dist`), else an
 * esbuild bundle of the current sources — `bin.js` with the transfer worker beside it as `transfer-worker.js`,
 * where worker-slot.ts looks for it. One bundled file starts a little faster than dist's many modules.
 */
export async function resolveCli(repo: string, outDir: string, wanted?: RunnerMode): Promise<CliRunner> {
  const problem = distProblem(repo);
  if (wanted === 'dist' || (wanted === undefined && problem === undefined)) {
    if (problem !== undefined) throw new Error(`--runner dist: the CLI in dist/ is ${problem}; run npm run build`);
    return { script: join(repo, 'dist/node/electron/cli/bin.js'), note: 'dist/node/electron/cli/bin.js (tsc output, fresh)' };
  }
  await build({
    entryPoints: { bin: join(repo, 'electron/cli/bin.ts'), 'transfer-worker': join(repo, 'electron/transfers/transfer-worker.ts') },
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return { script: join(outDir, 'bin.js'), note: `esbuild bundle in ${relative(repo, outDir)} (dist/ ${problem ?? 'fresh, but --runner bundle'})` };
}

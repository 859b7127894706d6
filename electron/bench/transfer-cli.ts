import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { RunnerMode } from './driver-runner.js';

/** How the bench starts the `ferry` CLI: the script node runs, and why that one. */
export interface CliRunner {
  readonly script: string;
  readonly note: string;
}

/** Sources the CLI runs (tests excluded), relative to the repo. */
function cliSources(repo: string): string[] {
  return ['electron/cli', 'electron/transfers', 'electron/ftp', 'electron/sessions', 'electron/publish', 'electron/sites', 'shared'].flatMap((folder) =>
    existsSync(join(repo, folder))
      ? readdirSync(join(repo, folder), { withFileTypes: true, recursive: true })
          .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
          .map((e) => relative(repo, join(e.parentPath, e.name)))
      : [],
  );
}

const builtCli = 'dist/cli/ferry.js';

/** Why the build's CLI cannot be used, or undefined when it is newer than every CLI source. */
function distProblem(repo: string): string | undefined {
  const built = join(repo, builtCli);
  if (!existsSync(built)) return 'not built';
  const builtAt = statSync(built).mtimeMs;
  const newer = cliSources(repo).find((source) => statSync(join(repo, source)).mtimeMs > builtAt);
  return newer === undefined ? undefined : `stale (${newer} changed after the last build)`;
}

/**
 * Picks the CLI: the build's bundle `dist/cli/ferry.js` when it is fresh (or `--runner dist`), else the same
 * bundle made now from the current sources by build/bundle-cli.mjs into `outDir` (inside the repo: packages
 * stay external and are found in its node_modules).
 */
export async function resolveCli(repo: string, outDir: string, wanted?: RunnerMode): Promise<CliRunner> {
  const problem = distProblem(repo);
  if (wanted === 'dist' || (wanted === undefined && problem === undefined)) {
    if (problem !== undefined) throw new Error(`--runner dist: the CLI in dist/ is ${problem}; run npm run build`);
    return { script: join(repo, builtCli), note: `${builtCli} (the build's bundle, fresh)` };
  }
  await promisify(execFile)(process.execPath, [join(repo, 'build/bundle-cli.mjs'), '--outdir', outDir], { cwd: repo });
  return { script: join(outDir, 'ferry.js'), note: `build/bundle-cli.mjs into ${relative(repo, outDir)} (${builtCli} ${problem ?? 'fresh, but --runner bundle'})` };
}

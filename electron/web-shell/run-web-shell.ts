import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { findAppRoot } from '../services/app-root.js';
import { openSitesDeps } from '../services/sites-runtime.js';
import { parseWebShellArgs } from './cli-args.js';
import { startWebShell } from './start-web-shell.js';

/**
 * Starts the web shell from a command line and keeps it up until SIGINT/SIGTERM. Stdout gets exactly one line,
 * `Ferry web shell: URL`, which the e2e fixture parses; everything else goes to stderr.
 */
export async function runWebShell(argv: readonly string[]): Promise<void> {
  let args: ReturnType<typeof parseWebShellArgs>;
  try {
    args = parseWebShellArgs(argv);
  } catch (error) {
    process.stderr.write(`ferry: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  const root = findAppRoot(import.meta.url);
  const staticDir = join(root, 'dist', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    process.stderr.write(`ferry: ${staticDir}/index.html is missing; run \`npm run build\` first.\n`);
  }
  // Its own folder, not the desktop app's: the two must not write one sites.json at the same time.
  const userDataDir = args.userDataDir ?? join(homedir(), '.config', 'ferry-web');
  const sites = await openSitesDeps({ userDataDir, env: process.env });
  const shell = await startWebShell({ port: args.port, staticDir, packageJsonPath: join(root, 'package.json'), sites, userDataDir });
  process.stdout.write(`Ferry web shell: ${shell.url}\n`);
  let closing = false;
  const stop = (): void => {
    if (closing) return;
    closing = true;
    // A stuck connection must not keep a Ctrl+C'd shell alive.
    setTimeout(() => process.exit(0), 3000).unref();
    void shell.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

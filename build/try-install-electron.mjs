// Electron's own postinstall downloads its runtime and fails without internet (allowScripts skips it).
// Try it once; when it cannot run, say in one line what `npm start` will do instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const installer = 'node_modules/electron/install.js';
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || !existsSync(installer)) {
  process.exit(0);
}
const run = spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 120_000 });
if (run.status !== 0) {
  console.log('ferry: the Electron runtime could not be downloaded; `npm start` will open the web shell instead.');
}

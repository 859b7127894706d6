// Entry point of `npm start`: Electron when its runtime is installed, the web shell otherwise.
import { spawn } from 'node:child_process';
import { findAppRoot } from './services/app-root.js';
import { findElectronBinary } from './services/electron-runtime.js';
import { runWebShell } from './web-shell/run-web-shell.js';

const root = findAppRoot(import.meta.url);
const binary = findElectronBinary(root);
if (binary === null) {
  process.stdout.write('ferry: Electron runtime not installed; starting the web shell instead.\n');
  await runWebShell(process.argv.slice(2));
} else {
  const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
  // Electron handles its own Ctrl+C; forwarding SIGTERM lets a supervisor stop both.
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  process.on('SIGINT', () => child.kill('SIGINT'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
}

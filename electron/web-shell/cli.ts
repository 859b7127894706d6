// Entry point of `npm run web`: node dist/node/electron/web-shell/cli.js [--port N] [--user-data DIR]
import { runWebShell } from './run-web-shell.js';

await runWebShell(process.argv.slice(2));

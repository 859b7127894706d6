// Bundles the preload into one CommonJS file: a sandboxed preload can require only 'electron', so the shared
// channel lists must be inlined. Fails the build if anything else (zod above all) sneaks into the bundle.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// `--outfile PATH` lets the preload's test bundle into a temp folder instead of dist/.
const outArg = process.argv.indexOf('--outfile');
const outfile = outArg === -1 ? 'dist/node/electron/preload.cjs' : process.argv[outArg + 1];

const result = await build({
  absWorkingDir: root,
  entryPoints: ['electron/preload.ts'],
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['electron'],
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});

const inputs = Object.keys(result.metafile.inputs);
const foreign = inputs.filter((input) => !input.startsWith('electron/') && !input.startsWith('shared/'));
if (foreign.length > 0) {
  console.error(`bundle-preload: the preload must not bundle ${foreign.join(', ')}`);
  process.exit(1);
}
const { imports } = Object.values(result.metafile.outputs).find((output) => output.entryPoint !== undefined) ?? {};
const required = (imports ?? []).map((i) => i.path).filter((path) => path !== 'electron');
if (required.length > 0) {
  console.error(`bundle-preload: the preload may only require 'electron', not ${required.join(', ')}`);
  process.exit(1);
}

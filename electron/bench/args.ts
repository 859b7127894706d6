import { parseArgs } from 'node:util';
import type { RunnerMode } from './driver-runner.js';

/** The bench's command line, resolved to numbers. */
export interface BenchArgs {
  readonly runs: number;
  readonly bigMiB: number;
  readonly smallCount: number;
  readonly only: readonly string[];
  readonly runner: RunnerMode | undefined;
  readonly timeoutSeconds: number;
  readonly quick: boolean;
  readonly profile: boolean;
}

/** Usage text for `--help`. */
export const usage = `npm run bench -- [options]
  --quick            1 run per client and a 256 MiB file instead of 3 runs and 1 GiB
  --runs N           runs per client and case (median reported); default 3
  --size-mib N       size of the big file in MiB; default 1024
  --files N          number of 16 KiB files; default 2000
  --only a,b         only cases whose id contains one of these (e.g. plain, many, get-file, tree, ipc);
                     extra cases (many-ftps-tls12, tree-down-ftps, tree-up-ftps, ui-listing,
                     publish-no-change) run only when named here (--only tree, --only ui, --only publish)
  --runner MODE      how the TypeScript drivers run: dist | bundle | tsx (default: dist when fresh, else bundle)
  --timeout S        seconds before a client process is killed; default 180
  --profile          run Ferry under node --cpu-prof (profiles in artifacts/bench/profiles/<case>/; slows it)`;

const runners = new Set<string>(['dist', 'bundle', 'tsx']);

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive integer, got ${text}`);
  return value;
}

/** Parses argv; throws on unknown options or bad values. Returns undefined for `--help`. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs | undefined {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      'size-mib': { type: 'string' },
      files: { type: 'string' },
      only: { type: 'string' },
      runner: { type: 'string' },
      timeout: { type: 'string' },
      profile: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return undefined;
  if (values.runner !== undefined && !runners.has(values.runner)) throw new Error(`--runner must be dist, bundle or tsx`);
  const quick = values.quick;
  return {
    quick,
    profile: values.profile,
    runs: positive('runs', values.runs, quick ? 1 : 3),
    bigMiB: positive('size-mib', values['size-mib'], quick ? 256 : 1024),
    smallCount: positive('files', values.files, 2000),
    only: (values.only ?? '').split(',').filter((s) => s !== ''),
    runner: values.runner as RunnerMode | undefined,
    timeoutSeconds: positive('timeout', values.timeout, 180),
  };
}

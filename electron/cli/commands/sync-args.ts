import type { FtpUrl } from '../../../shared/ftp-url.js';

/** A mistake in sync's arguments (parse-args turns it into a UsageError: exit status 2). */
export class SyncArgsError extends Error {
  override readonly name = 'SyncArgsError';
}

/** `ferry sync LOCALDIR URL [--dry-run] [--delete] [--parallel N] [--checksum] [--json] [--website URL]`. */
export interface SyncCommand {
  readonly name: 'sync';
  readonly local: string;
  readonly url: FtpUrl;
  readonly dryRun: boolean;
  readonly deleteRemoteOnly: boolean;
  readonly checksum: boolean;
  /** Transfer connections, 1–10; undefined = 2. */
  readonly parallel: number | undefined;
  readonly json: boolean;
  /** The site's address, printed cache-busted after a publish ("open website"). */
  readonly website: string | undefined;
}

/** The options `sync` adds to ferry's option table (node:util parseArgs format). */
export const syncOptionSpec = {
  'dry-run': { type: 'boolean' },
  delete: { type: 'boolean' },
  checksum: { type: 'boolean' },
  parallel: { type: 'string' },
  website: { type: 'string' },
} as const;

/** The parsed option values sync reads. */
export interface SyncOptionValues {
  readonly 'dry-run'?: boolean;
  readonly delete?: boolean;
  readonly checksum?: boolean;
  readonly parallel?: string;
  readonly website?: string;
  readonly json?: boolean;
  readonly recursive?: boolean;
  readonly 'on-exists'?: string;
}

function parseParallel(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!(value >= 1 && value <= 10)) throw new SyncArgsError(`--parallel wants a number of connections from 1 to 10, not "${text}"`);
  return value;
}

/** Validates `sync`'s arguments; throws SyncArgsError on a mistake. `parseUrl` is parse-args' URL reader. */
export function parseSyncCommand(args: readonly string[], values: SyncOptionValues, parseUrl: (text: string) => FtpUrl): SyncCommand {
  if (values.recursive === true || values['on-exists'] !== undefined) throw new SyncArgsError('-r and --on-exists do not apply to sync (it is always recursive, and replaces changed files)');
  if (args.length !== 2) throw new SyncArgsError(`${args.length < 2 ? 'missing' : 'too many'} arguments; usage: ferry sync LOCALDIR URL`);
  const [local = '', url = ''] = args;
  return {
    name: 'sync',
    local,
    url: parseUrl(url),
    dryRun: values['dry-run'] === true,
    deleteRemoteOnly: values.delete === true,
    checksum: values.checksum === true,
    parallel: parseParallel(values.parallel),
    json: values.json === true,
    website: values.website,
  };
}

/** Other commands must not silently ignore sync's options (`ferry ls URL --delete` is surely a mistake). */
export function rejectSyncOnlyOptions(values: SyncOptionValues): void {
  const given = (['dry-run', 'delete', 'checksum', 'website'] as const).filter((name) => values[name] !== undefined);
  if (given.length > 0) throw new SyncArgsError(`${given.map((name) => `--${name}`).join(', ')} only apply to sync`);
}

import { parseArgs } from 'node:util';
import { FtpUrlError, parseFtpUrl, type FtpUrl } from '../../shared/ftp-url.js';
import { parseTransferFlags, TransferFlagError, type TransferFlags } from './transfer-flags.js';
import { parseSyncCommand, rejectSyncOnlyOptions, SyncArgsError, syncOptionSpec, type SyncCommand } from './commands/sync-args.js';

/** The commands `ferry` knows. */
export const commandNames = ['ls', 'get', 'put', 'rm', 'mkdir', 'rmdir', 'mv'] as const;
export type CommandName = (typeof commandNames)[number];

/** Options that shape the connection, shared by every command. */
export interface ConnectionFlags {
  readonly insecure: boolean;
  /** SHA-256 fingerprint of the one certificate to trust, as typed. */
  readonly fingerprint: string | undefined;
  readonly active: boolean;
  /** Milliseconds; undefined = the engine's default. */
  readonly timeoutMs: number | undefined;
  readonly verbose: boolean;
}

/** One command with its arguments, already validated. */
export type CliCommand =
  | { readonly name: 'ls'; readonly url: FtpUrl; readonly json: boolean }
  | { readonly name: 'get'; readonly url: FtpUrl; readonly local: string | undefined; readonly transfer?: TransferFlags }
  | { readonly name: 'put'; readonly local: string; readonly url: FtpUrl; readonly transfer?: TransferFlags }
  | { readonly name: 'rm' | 'mkdir' | 'rmdir'; readonly url: FtpUrl }
  | { readonly name: 'mv'; readonly url: FtpUrl; readonly newPath: string }
  | SyncCommand;

/** What the command line asks for. */
export type ParsedArgs =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'run'; readonly command: CliCommand; readonly flags: ConnectionFlags };

/** A mistake in the command line: reported with exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const optionSpec = {
  ...syncOptionSpec,
  json: { type: 'boolean' },
  insecure: { type: 'boolean' },
  fingerprint: { type: 'string' },
  active: { type: 'boolean' },
  timeout: { type: 'string' },
  verbose: { type: 'boolean' },
  recursive: { type: 'boolean', short: 'r' },
  parallel: { type: 'string' },
  'on-exists': { type: 'string' },
  retries: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/** How many positional arguments follow each command: [min, max]. */
const arity: Readonly<Record<CommandName, readonly [number, number, string]>> = {
  ls: [1, 1, 'ls URL [--json]'],
  get: [1, 2, 'get URL [LOCAL]'],
  put: [2, 2, 'put LOCAL URL'],
  rm: [1, 1, 'rm URL'],
  mkdir: [1, 1, 'mkdir URL'],
  rmdir: [1, 1, 'rmdir URL'],
  mv: [2, 2, 'mv URL NEWPATH'],
};

function isCommandName(word: string): word is CommandName {
  return (commandNames as readonly string[]).includes(word);
}

/** Parses a URL argument; the message never repeats a password the user typed into it. */
export function parseUrlArgument(text: string): FtpUrl {
  try {
    return parseFtpUrl(text);
  } catch (error) {
    if (!(error instanceof FtpUrlError)) throw error;
    const userInfo = /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/)?([^/]*)@/.exec(text.trim())?.[1];
    const message = userInfo === undefined || userInfo === '' ? error.message : error.message.split(userInfo).join('***');
    throw new UsageError(`invalid URL: ${message}`);
  }
}

function parseTimeout(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const seconds = /^\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : NaN;
  if (!(seconds > 0 && seconds <= 86_400)) throw new UsageError(`--timeout wants seconds (a number above 0), not "${text}"`);
  return Math.round(seconds * 1000);
}

function parseFingerprint(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (!/^[0-9a-f]{64}$/i.test(text.replace(/[:\s]/g, ''))) {
    throw new UsageError('--fingerprint wants a SHA-256 fingerprint: 64 hex digits, colons allowed');
  }
  return text;
}

function buildCommand(name: CommandName, args: readonly string[], json: boolean, transfer: TransferFlags | undefined): CliCommand {
  const [min, max, synopsis] = arity[name];
  if (args.length < min || args.length > max) {
    throw new UsageError(`${args.length < min ? 'missing' : 'too many'} arguments; usage: ferry ${synopsis}`);
  }
  if (json && name !== 'ls') throw new UsageError('--json only applies to ls');
  if (transfer !== undefined && name !== 'get' && name !== 'put') throw new UsageError('-r, --parallel, --on-exists and --retries only apply to get and put');
  const extra = transfer === undefined ? {} : { transfer };
  const first = args[0] ?? '';
  const second = args[1];
  switch (name) {
    case 'ls':
      return { name, url: parseUrlArgument(first), json };
    case 'get':
      return { name, url: parseUrlArgument(first), local: second, ...extra };
    case 'put':
      return { name, local: first, url: parseUrlArgument(second ?? ''), ...extra };
    case 'mv':
      if (second === undefined || second === '') throw new UsageError('mv needs a new name or path');
      return { name, url: parseUrlArgument(first), newPath: second };
    default:
      return { name, url: parseUrlArgument(first) };
  }
}

/** `sync`'s command (isSync), or for any other command a check that no sync-only option was given. */
function syncCommand(args: readonly string[], values: Parameters<typeof parseSyncCommand>[1], isSync: boolean): SyncCommand | undefined {
  try {
    if (isSync) return parseSyncCommand(args, values, parseUrlArgument);
    rejectSyncOnlyOptions(values);
    return undefined;
  } catch (error) {
    throw error instanceof SyncArgsError ? new UsageError(error.message) : error;
  }
}

/** Reads `ferry`'s arguments (without `node` and the script); throws UsageError on any mistake. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: optionSpec, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util explains well ("Unknown option '--x'"); drop its hint about `--` which confuses more than helps.
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const { values, positionals } = parsed;
  const [word, ...args] = positionals;
  if (values.help === true || word === 'help') return { kind: 'help' };
  if (values.version === true) return { kind: 'version' };
  if (word === undefined) throw new UsageError('no command given; try ferry --help');
  if (!isCommandName(word) && word !== 'sync') throw new UsageError(`unknown command "${word}"; commands: ${[...commandNames, 'sync'].join(', ')}`);
  let transfer: TransferFlags | undefined;
  try {
    // sync reads --parallel itself.
    if (word !== 'sync') transfer = parseTransferFlags({ recursive: values.recursive, parallel: values.parallel, onExists: values['on-exists'], retries: values.retries });
  } catch (error) {
    throw error instanceof TransferFlagError ? new UsageError(error.message) : error;
  }
  const sync = syncCommand(args, values, word === 'sync');
  // `sync` is undefined only for the other commands, so `word` is a CommandName there.
  const command = sync ?? buildCommand(word as CommandName, args, values.json === true, transfer);
  const flags: ConnectionFlags = {
    insecure: values.insecure === true,
    fingerprint: parseFingerprint(values.fingerprint),
    active: values.active === true,
    timeoutMs: parseTimeout(values.timeout),
    verbose: values.verbose === true,
  };
  if (flags.insecure && flags.fingerprint !== undefined) throw new UsageError('use either --insecure or --fingerprint, not both');
  return { kind: 'run', command, flags };
}

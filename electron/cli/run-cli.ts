import type { FtpClient } from '../ftp/client.js';
import type { CommandContext, TextSink } from './commands/command-context.js';
import type { SyncCommand } from './commands/sync-args.js';
import type { runSync as RunSync } from './commands/sync.js';
import type { runBatchCommand } from './commands/transfer-batch-command.js';
import { choosePassword, connectFromUrl } from './connect-from-url.js';
import { errorMessage } from './error-message.js';
import { parseCliArgs, UsageError, type CliCommand, type ConnectionFlags, type ParsedArgs } from './parse-args.js';
import { usageText } from './usage.js';
import { ferryVersion } from './version.js';

/** Exit statuses (documented in the usage text). */
export const exitCodes = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;

/** Everything runCli touches of the outside world, so tests run it in-process. */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Aborted on Ctrl-C: the connection is closed and a partial download removed. */
  readonly signal?: AbortSignal;
}

// Each command's module loads only when it runs: a one-shot `ferry ls` should not pay start-up time for the
// transfer queue and the publish planner.
async function dispatch(command: Exclude<CliCommand, SyncCommand>, context: CommandContext): Promise<void> {
  switch (command.name) {
    case 'ls':
      return (await import('./commands/ls.js')).runLs(command.url.path, command.json, context);
    case 'get':
      return (await import('./commands/get.js')).runGet(command.url.path, command.local, context);
    case 'put':
      return (await import('./commands/put.js')).runPut(command.local, command.url.path, context);
    case 'rm':
      return (await import('./commands/manage.js')).runRm(command.url.path, context);
    case 'mkdir':
      return (await import('./commands/manage.js')).runMkdir(command.url.path, context);
    case 'rmdir':
      return (await import('./commands/manage.js')).runRmdir(command.url.path, context);
    case 'mv':
      return (await import('./commands/manage.js')).runMv(command.url.path, command.newPath, context);
  }
}

async function runSync(...args: Parameters<typeof RunSync>): Promise<void> {
  return (await import('./commands/sync.js')).runSync(...args);
}

/** Last line of defence: no error text may carry the password, whatever a server or library echoed. */
function withoutSecret(line: string, secret: string | undefined): string {
  return secret !== undefined && secret.length >= 3 ? line.split(secret).join('****') : line;
}

async function runCommand(parsed: Extract<ParsedArgs, { kind: 'run' }>, io: CliIo): Promise<number> {
  const { command, flags } = parsed;
  if ((command.name === 'get' || command.name === 'put') && command.transfer !== undefined) {
    return runBatch({ ...command, transfer: command.transfer }, flags, io);
  }
  let client: FtpClient | undefined;
  const onAbort = (): void => client?.close();
  io.signal?.addEventListener('abort', onAbort);
  const context: CommandContext = {
    stdout: io.stdout,
    cwd: io.cwd,
    progress: io.stderr.isTTY === true && !flags.verbose ? io.stderr : undefined,
    connect: async () => {
      client = await connectFromUrl(command.url, flags, io.env, io.stderr);
      if (io.signal?.aborted === true) client.close();
      return client;
    },
  };
  try {
    // sync also needs the environment (FERRY_PASSWORD for its transfer connections, FERRY_USER_DATA) and Ctrl-C.
    await (command.name === 'sync' ? runSync(command, { ...context, env: io.env, flags, ...(io.signal === undefined ? {} : { signal: io.signal }) }) : dispatch(command, context));
    await client?.quit().catch(() => undefined);
    return exitCodes.ok;
  } catch (error) {
    client?.close();
    if (io.signal?.aborted === true) {
      io.stderr.write('ferry: interrupted\n');
      return exitCodes.interrupted;
    }
    io.stderr.write(`ferry: ${withoutSecret(errorMessage(error), choosePassword(command.url, io.env))}\n`);
    return error instanceof UsageError ? exitCodes.usage : exitCodes.failure;
  } finally {
    io.signal?.removeEventListener('abort', onAbort);
  }
}

/** -r / --parallel / --on-exists: the transfer queue does the work; errors before it starts are reported here. */
async function runBatch(command: Parameters<typeof runBatchCommand>[0], flags: ConnectionFlags, io: CliIo): Promise<number> {
  try {
    const { runBatchCommand } = await import('./commands/transfer-batch-command.js');
    return await runBatchCommand(command, flags, { ...io, progress: io.stderr.isTTY === true && !flags.verbose ? io.stderr : undefined });
  } catch (error) {
    io.stderr.write(`ferry: ${withoutSecret(errorMessage(error), choosePassword(command.url, io.env))}\n`);
    return error instanceof UsageError ? exitCodes.usage : exitCodes.failure;
  }
}

/** Runs `ferry` with `argv` (no `node`/script) and returns the exit status; never throws, never calls exit. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ParsedArgs;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    io.stderr.write(`ferry: ${errorMessage(error)}\n`);
    return error instanceof UsageError ? exitCodes.usage : exitCodes.failure;
  }
  if (parsed.kind === 'help') {
    io.stdout.write(usageText);
    return exitCodes.ok;
  }
  if (parsed.kind === 'version') {
    io.stdout.write(`ferry ${ferryVersion()}\n`);
    return exitCodes.ok;
  }
  return runCommand(parsed, io);
}

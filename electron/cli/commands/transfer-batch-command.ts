import { stat } from 'node:fs/promises';
import { basename, join, posix, resolve, sep } from 'node:path';
import type { FtpUrl } from '../../../shared/ftp-url.js';
import type { TransferRequest } from '../../../shared/transfer.js';
import type { SiteConnection } from '../../transfers/task-types.js';
import { runTransferBatch, type TransferBatchResult } from '../../transfers/transfer-batch.js';
import type { FtpLogEntry } from '../../ftp/protocol-log.js';
import { choosePassword, logLine } from '../connect-from-url.js';
import { StepError } from '../error-message.js';
import { humanSize } from '../format-listing.js';
import { UsageError, type ConnectionFlags } from '../parse-args.js';
import { namesFolder, remoteBaseName, withoutTrailingSlash } from '../remote-path.js';
import type { TransferFlags } from '../transfer-flags.js';
import type { TextSink } from './command-context.js';
import { displayPath, downloadTarget } from './local-path.js';
import { progressLine } from './progress.js';

/** A `get` or `put` that runs through the transfer queue. */
export type BatchCommand =
  | { readonly name: 'get'; readonly url: FtpUrl; readonly local: string | undefined; readonly transfer: TransferFlags }
  | { readonly name: 'put'; readonly local: string; readonly url: FtpUrl; readonly transfer: TransferFlags };

/** What the batch needs from runCli. */
export interface BatchIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly signal?: AbortSignal;
  /** Where the progress line goes (a terminal), if anywhere. */
  readonly progress: TextSink | undefined;
}

/** The URL and connection flags as the queue's SiteConnection (the same TLS rules as connectFromUrl). */
export function siteFromUrl(url: FtpUrl, flags: ConnectionFlags, env: BatchIo['env']): SiteConnection {
  return {
    host: url.host,
    port: url.port,
    user: url.user ?? 'anonymous',
    password: choosePassword(url, env) ?? (url.user === undefined ? 'anonymous@' : ''),
    passive: !flags.active,
    ...(flags.timeoutMs === undefined ? {} : { timeout: flags.timeoutMs }),
    ...(url.protocol === 'ftp'
      ? {}
      : {
          tls: {
            mode: url.protocol === 'ftps' ? 'implicit' : 'explicit',
            rejectUnauthorized: !flags.insecure,
            ...(flags.fingerprint === undefined ? {} : { trustedFingerprint256: flags.fingerprint }),
          },
        }),
  };
}

async function kindOf(path: string): Promise<'file' | 'folder' | 'missing' | 'other'> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

/**
 * The one request a command line makes. With -r, a target ending in a separator means "into that folder
 * under the source's name" (as for single files); otherwise the target IS the folder the contents mirror into.
 */
export async function batchRequest(command: BatchCommand, cwd: string): Promise<Omit<TransferRequest, 'siteId' | 'onExists'>> {
  const { recursive } = command.transfer;
  if (command.name === 'get') {
    const remote = withoutTrailingSlash(command.url.path);
    if (!recursive) {
      const name = remoteBaseName(command.url.path);
      if (name === '') throw new UsageError(`get wants a file, but ${command.url.path} names a folder (add -r for a whole folder)`);
      return { kind: 'download', folder: false, remotePath: command.url.path, localPath: await downloadTarget(cwd, command.local, name) };
    }
    const name = posix.basename(remote);
    const given = command.local;
    if (name === '' && given === undefined) throw new UsageError('get -r of the server’s root needs a LOCALDIR');
    const localPath = given === undefined ? join(cwd, name) : given.endsWith('/') || given.endsWith(sep) ? join(resolve(cwd, given), name) : resolve(cwd, given);
    return { kind: 'download', folder: true, remotePath: remote, localPath };
  }
  const source = resolve(cwd, command.local);
  const kind = await kindOf(source);
  const shown = displayPath(cwd, source);
  if (kind === 'missing') throw new StepError(`cannot read ${shown}`, new Error('no such file or folder'));
  if (recursive && kind !== 'folder') throw new UsageError(`put -r wants a folder, but ${shown} is not one`);
  if (!recursive && kind !== 'file') throw new UsageError(`put sends one file, but ${shown} is ${kind === 'folder' ? 'a folder (add -r)' : 'not a regular file'}`);
  const remotePath = namesFolder(command.url.path) ? posix.join(command.url.path, basename(source)) : withoutTrailingSlash(command.url.path);
  return { kind: 'upload', folder: recursive, localPath: source, remotePath };
}

/** `transferred 3 files (1.2 MiB) in 0.42 s; 1 skipped; 0 failed`. */
export function summaryLine(result: TransferBatchResult, seconds: number): string {
  const files = `${result.done} ${result.done === 1 ? 'file' : 'files'}`;
  return `transferred ${files} (${humanSize(result.bytes)}) in ${seconds.toFixed(2)} s; ${result.skipped} skipped; ${result.failed.length} failed\n`;
}

/**
 * `get`/`put` with -r, --parallel or --on-exists: runs through the transfer queue (connections on this thread, retries,
 * `.part` files and atomic uploads), prints each failure and a summary. Resolves with the exit status.
 */
export async function runBatchCommand(command: BatchCommand, flags: ConnectionFlags, io: BatchIo): Promise<number> {
  const request = await batchRequest(command, io.cwd);
  const progress = progressLine(io.progress);
  const started = performance.now();
  const result = await runTransferBatch({
    site: siteFromUrl(command.url, flags, io.env),
    requests: [request],
    parallel: command.transfer.parallel,
    onExists: command.transfer.onExists,
    maxAttempts: command.transfer.retries + 1,
    // No window to keep responsive here: connections on this thread save two thread hops per file and a
    // worker's heap (≈1.5 s CPU and 60 MiB RSS over 2000 small files). The app keeps its workers.
    workers: false,
    ...(flags.verbose ? { onProtocolLog: (connection: number, entry: FtpLogEntry) => io.stderr.write(`[${connection}] ${logLine(entry)}`) } : {}),
    ...(io.signal === undefined ? {} : { signal: io.signal }),
    ...(progress === undefined ? {} : { onProgress: (event) => progress.update({ bytes: event.total.bytesDone, total: event.total.bytesTotal }) }),
  }).finally(() => progress?.done());
  if (io.signal?.aborted === true) {
    io.stderr.write('ferry: interrupted\n');
    return 130;
  }
  for (const failure of result.failed) {
    const path = request.kind === 'upload' ? (failure.localPath ?? failure.remotePath) : failure.remotePath;
    io.stderr.write(`ferry: ${path}: ${failure.error.message}${failure.error.detail === undefined ? '' : ` (${failure.error.detail})`}\n`);
  }
  io.stdout.write(summaryLine(result, (performance.now() - started) / 1000));
  return result.failed.length > 0 || result.cancelled > 0 ? 1 : 0;
}

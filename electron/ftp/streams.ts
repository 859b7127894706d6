import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { command } from './commands.js';
import { FtpPermanentError, FtpTemporaryError, markConnectionUsable } from './errors.js';
import { pipeBatched } from './batched-pipe.js';
import { LineSplitter } from './line-splitter.js';
import { readSocket } from './read-socket.js';
import { dropsWrittenChunks, FastReadSink } from './fast-read.js';
import { FileSource } from './file-source.js';
import { crlfToLf, lfToCrlf } from './line-endings.js';
import { loadFeatures } from './login.js';
import type { FtpReply } from './reply.js';
import type { Session } from './session.js';
import type { TextEncodingName } from './text-codec.js';
import { completeTransfer, ensureType, isTransferCommandRefusal, openTransfer } from './transfer.js';

/** Progress of one transfer, reported per chunk. */
export interface TransferProgress {
  /** Bytes moved in this transfer (not counting a resume offset). */
  readonly bytes: number;
  /** Whole size of the remote file when known (SIZE or the 150 reply), including any resume offset. */
  readonly total: number | undefined;
}

/** Options of `download` (ftplib `retrbinary` / `retrlines`). */
export interface DownloadOptions {
  /** Resume: ask the server to start at this byte (REST, RFC 3659 §5). */
  readonly offset?: number;
  /** `binary` (TYPE I, default) or `ascii` (TYPE A, CRLF turned into LF). */
  readonly mode?: 'binary' | 'ascii';
  /**
   * Size of the read slabs (ftplib `blocksize`) for plain passive binary downloads, default 1 MiB; TLS and
   * active-mode sockets read in Node's own chunks. Either way the destination gets ~1 MiB batches.
   */
  readonly blockSize?: number;
  readonly onProgress?: (progress: TransferProgress) => void;
  /** End the writable when done (default true), so a file stream is flushed and closed on return. */
  readonly end?: boolean;
  /**
   * The destination keeps no reference to a chunk once its write callback ran (a hash, a discarding sink), so
   * plain downloads may read into that memory again: less garbage, less CPU. Automatic for a plain
   * `fs.WriteStream`; never set it for a destination that stores or passes on chunks (a Transform).
   */
  readonly reuseBuffers?: boolean;
}

/** Options of `upload` (ftplib `storbinary` / `storlines`). */
export interface UploadOptions {
  /**
   * Resume at this remote byte: REST+STOR when FEAT lists `REST STREAM`, else APPE (INTEROP "Resume").
   * The readable must already start at this offset (e.g. `createReadStream(file, { start: offset })`).
   */
  readonly offset?: number;
  /** Append to the remote file (APPE). */
  readonly append?: boolean;
  /** `binary` (TYPE I, default) or `ascii` (TYPE A, LF turned into CRLF). */
  readonly mode?: 'binary' | 'ascii';
  readonly onProgress?: (progress: TransferProgress) => void;
}

function counter(onProgress: (progress: TransferProgress) => void, total: number | undefined) {
  let bytes = 0;
  return (chunk: Buffer): void => {
    bytes += chunk.length;
    onProgress({ bytes, total });
  };
}

async function trySize(session: Session, path: string): Promise<number | undefined> {
  session.conn.send(command('SIZE', path));
  const reply = await session.conn.readReply();
  const value = Number(reply.text.slice(4).trim());
  return reply.code === 213 && Number.isSafeInteger(value) ? value : undefined;
}

/** RETR into a Writable with backpressure; resolves once the data ended, the writable finished and 226 came. */
export async function download(session: Session, path: string, destination: Writable, options: DownloadOptions = {}): Promise<FtpReply> {
  const ascii = options.mode === 'ascii';
  const retr = command('RETR', path);
  await ensureType(session, ascii ? 'A' : 'I');
  const total = options.onProgress !== undefined && !ascii ? await trySize(session, path) : undefined;
  // openTransfer decides whether the sink can read this connection (`fastRead`); making one costs nothing.
  const fast = ascii ? undefined : new FastReadSink(options.blockSize, options.reuseBuffers ?? dropsWrittenChunks(destination));
  const transfer = await openTransfer(session, retr, options.offset, fast);
  const { socket } = transfer;
  const announced = transfer.expectedSize === undefined ? undefined : transfer.expectedSize + (options.offset ?? 0);
  const count = options.onProgress === undefined ? undefined : counter(options.onProgress, total ?? announced);
  const end = options.end ?? true;
  let work: Promise<void>;
  if (fast !== undefined && transfer.fastRead) {
    work = fast.pipeTo(socket, destination, { end, onChunk: count, pipelineLike: transfer.secured });
  } else if (!ascii) {
    work = pipeBatched(socket, destination, { end, onChunk: count, pipelineLike: true });
  } else {
    if (count !== undefined) socket.on('data', count);
    work = pipeline([socket, crlfToLf(), destination], { end });
  }
  return finishWithUsable(completeTransfer(session, transfer, work));
}

/**
 * STOR/APPE from a Readable; the data socket is ended (TLS close_notify, then FIN) when the source ends.
 * A FileSource sends through reused buffers (see there); other binary sources' chunks go to the socket as
 * they come: read files in 1 MiB chunks (`highWaterMark`) for speed.
 */
export async function upload(session: Session, path: string, source: Readable, options: UploadOptions = {}): Promise<FtpReply> {
  const ascii = options.mode === 'ascii';
  const offset = options.offset ?? 0;
  let verb = options.append === true ? 'APPE' : 'STOR';
  let rest: number | undefined;
  if (offset > 0 && verb === 'STOR') {
    const features = await loadFeatures(session);
    if (/\bSTREAM\b/i.test(features.get('REST') ?? '')) rest = offset;
    else verb = 'APPE';
  }
  const line = command(verb, path);
  await ensureType(session, ascii ? 'A' : 'I');
  const transfer = await openTransfer(session, line, rest);
  const count = options.onProgress === undefined ? undefined : counter(options.onProgress, undefined);
  let work: Promise<void>;
  if (source instanceof FileSource && !ascii) {
    work = source.sendTo(transfer.socket, count);
  } else {
    if (count !== undefined) source.on('data', count);
    const stages: Array<Readable | Writable> = ascii ? [source, lfToCrlf(), transfer.socket] : [source, transfer.socket];
    work = pipeline(stages as [Readable, Writable]);
  }
  return finishWithUsable(completeTransfer(session, transfer, work));
}

/** A local stream error (disk full…) after the final reply was read leaves the control connection in step. */
async function finishWithUsable(done: Promise<FtpReply>): Promise<FtpReply> {
  try {
    return await done;
  } catch (error) {
    throw markConnectionUsable(error);
  }
}

/** Runs a text command in ASCII mode and calls `onLine` per line (CRLF or LF), decoded UTF-8 or latin1. */
export async function retrieveLines(
  session: Session,
  line: string,
  onLine: (text: string) => void,
  encoding: TextEncodingName = 'utf8',
): Promise<FtpReply> {
  await ensureType(session, 'A');
  const transfer = await openTransfer(session, line);
  const lines = new LineSplitter(encoding, onLine);
  const work = readSocket(transfer.socket, (chunk) => lines.push(chunk)).then(() => lines.end());
  return finishWithUsable(completeTransfer(session, transfer, work));
}

/** Lines of a listing command; an empty directory's 450/550 (INTEROP "Empty directories") is no lines. */
export async function listingLines(session: Session, line: string, encoding: TextEncodingName): Promise<string[]> {
  const lines: string[] = [];
  await forEachListingLine(session, line, encoding, (text) => lines.push(text));
  return lines;
}

/**
 * Like listingLines, but hands each line over as it arrives, so a caller can parse while the server is still
 * producing the listing (vsftpd takes ~0.3 s for 100 000 entries: time the parser would otherwise wait).
 */
export async function forEachListingLine(
  session: Session,
  line: string,
  encoding: TextEncodingName,
  onLine: (text: string) => void,
): Promise<void> {
  try {
    await retrieveLines(session, line, onLine, encoding);
  } catch (error) {
    const code = (error as FtpTemporaryError | FtpPermanentError).reply?.code;
    const emptyAnswer = (error instanceof FtpTemporaryError && code === 450) || (error instanceof FtpPermanentError && code === 550);
    if (emptyAnswer && isTransferCommandRefusal(error)) return;
    throw error;
  }
}

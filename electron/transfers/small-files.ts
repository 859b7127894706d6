import { closeSync, futimesSync, openSync, writeSync } from 'node:fs';
import { Writable } from 'node:stream';

/**
 * Files up to this size move through memory with synchronous file calls. Each asynchronous fs call is a hop to
 * libuv's thread pool and back (a context switch or two): a 16 KiB download took open, write, close, stat,
 * rename and utimes — six hops for 60 µs of actual work. Run synchronously they block their thread for about
 * that long, which is fine in a transfer worker (one task at a time) and in the CLI (no window to answer).
 */
export const smallFileLimit = 256 * 1024;

/** A download destination that keeps the chunks (the engine then gives it fresh read slabs, never reused ones). */
export class MemorySink extends Writable {
  readonly chunks: Buffer[] = [];
  bytes = 0;

  constructor(private readonly onBytes: (bytes: number) => void) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    this.bytes += chunk.length;
    this.onBytes(this.bytes);
    callback();
  }
}

/**
 * Writes `chunks` as the whole content of `path` (created or truncated) and gives it the time `modified`, all
 * before closing, so a rename afterwards publishes a complete file with its time already set.
 */
export function writeWholeFileSync(path: string, chunks: readonly Buffer[], modified: number | undefined): void {
  const fd = openSync(path, 'w');
  try {
    for (const chunk of chunks) {
      let done = 0;
      while (done < chunk.length) done += writeSync(fd, chunk, done, chunk.length - done);
    }
    if (modified !== undefined) futimesSync(fd, new Date(), new Date(modified));
  } finally {
    closeSync(fd);
  }
}

import { close, open, writeSync } from 'node:fs';
import { promisify } from 'node:util';
import { Writable } from 'node:stream';

const openFile = promisify(open);

/** The largest single write(2): see FileSink. */
export const fileSinkWriteBytes = 64 * 1024;

/** How FileSink.open opens the file. */
export interface FileSinkOptions {
  /** `w` (default) creates or truncates, `wx` fails when the file exists, `r+` continues an existing file. */
  readonly flags?: 'w' | 'wx' | 'r+';
  /** Byte offset of the first write (a resumed download). Default 0. */
  readonly start?: number;
  /** Permissions of a new file (before the umask). */
  readonly mode?: number;
  /** Called after each write with the bytes this sink has written so far. */
  readonly onWrite?: (bytesWritten: number) => void;
}

/**
 * A local file as a download's destination. It writes on the calling thread, in writes of at most 64 KiB,
 * where `fs.WriteStream` hands each ~1 MiB batch to the thread pool as one write. Both halves matter for
 * a download to disk:
 * - The kernel gives a write of 1 MiB a 1 MiB page-cache folio, which must come from contiguous free
 *   memory; 64 KiB writes mostly reuse pages freed moments ago. On a VM whose balloon hands free memory back
 *   to the host, fresh memory costs a host fault per page: writing 1 GiB right after deleting another took
 *   1.9–2.5 s of kernel time in 1 MiB writes and 0.3 s in 64 KiB ones (the same in any language).
 * - Handing 16 000 small writes to the thread pool instead costs two thread switches each (as much again).
 * A write to the page cache takes tens of microseconds, so the thread is blocked about 0.3 ms per MiB; on
 * a slow or full disk it waits as long as the disk does. Use it where a connection owns its thread (a
 * transfer worker, the CLI), never on a thread that must answer a window. Chunks are done with once
 * written, so the engine reuses its read buffers for it (see `dropsWrittenChunks`).
 */
export class FileSink extends Writable {
  /** Bytes written by this sink (not counting `start`). */
  bytesWritten = 0;
  private fd: number | undefined;
  private position: number;

  private constructor(
    fd: number,
    readonly path: string,
    private readonly options: FileSinkOptions,
  ) {
    super({ highWaterMark: 1024 * 1024 });
    this.fd = fd;
    this.position = options.start ?? 0;
  }

  /** Opens (creates, truncates or continues) `path`; rejects with the system error (EACCES, EEXIST…). */
  static async open(path: string, options: FileSinkOptions = {}): Promise<FileSink> {
    return new FileSink(await openFile(path, options.flags ?? 'w', options.mode ?? 0o666), path, options);
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    callback(this.writeAll([chunk]));
  }

  override _writev(chunks: Array<{ chunk: Buffer }>, callback: (error?: Error | null) => void): void {
    callback(this.writeAll(chunks.map(({ chunk }) => chunk)));
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    const fd = this.fd;
    this.fd = undefined;
    if (fd === undefined) return callback(error);
    close(fd, (closeError) => callback(error ?? closeError));
  }

  /** Writes every byte at the current position; a failure (ENOSPC…) is returned, not thrown. */
  private writeAll(chunks: readonly Buffer[]): Error | null {
    const fd = this.fd;
    if (fd === undefined) return new Error(`${this.path} is closed`);
    try {
      for (const chunk of chunks) {
        let offset = 0;
        while (offset < chunk.length) {
          const written = writeSync(fd, chunk, offset, Math.min(fileSinkWriteBytes, chunk.length - offset), this.position);
          offset += written;
          this.position += written;
          this.bytesWritten += written;
        }
      }
    } catch (error) {
      return error as Error;
    }
    this.options.onWrite?.(this.bytesWritten);
    return null;
  }
}

import { close, fstatSync, open, readSync, type Stats } from 'node:fs';
import { promisify } from 'node:util';
import type { Socket } from 'node:net';
import { Readable } from 'node:stream';
import { prematureClose } from './read-socket.js';

const openFile = promisify(open);

/** Bytes per read(2) and per socket write. */
const chunkBytes = 256 * 1024;

/** Read buffers one upload cycles through: enough for writes in flight while the next chunk is read. */
const ringSize = 4;

/** How FileSource.open opens the file. */
export interface FileSourceOptions {
  /** Byte offset of the first read (a resumed upload). Default 0. */
  readonly start?: number;
}

/**
 * A local file as an upload's source, the counterpart of FileSink. It reads on the calling thread. Given to
 * the engine's `upload`, it reads into a few 256 KiB buffers that it reuses once the socket has written
 * them, instead of a new Buffer per chunk as `fs.ReadStream` does: the bytes are then still in the CPU's
 * cache when the socket copies them, and no fresh memory is touched (on a VM that returns free memory to its
 * host, every fresh page costs a host fault). Read by anything else, it is an ordinary Readable whose
 * chunks are new Buffers. Like FileSink it blocks its thread while the disk reads, so it belongs where a
 * connection owns its thread (a transfer worker, the CLI).
 */
export class FileSource extends Readable {
  private fd: number | undefined;
  private position: number;

  private constructor(
    fd: number,
    readonly path: string,
    options: FileSourceOptions,
  ) {
    super({ highWaterMark: chunkBytes });
    this.fd = fd;
    this.position = options.start ?? 0;
  }

  /** Opens `path` for reading; rejects with the system error (ENOENT, EACCES…). */
  static async open(path: string, options: FileSourceOptions = {}): Promise<FileSource> {
    return new FileSource(await openFile(path, 'r'), path, options);
  }

  /** The open file's status (fstat), so a caller checks the very file it will send. */
  stat(): Stats {
    if (this.fd === undefined) throw new Error(`${this.path} is closed`);
    return fstatSync(this.fd);
  }

  override _read(): void {
    try {
      const buffer = Buffer.allocUnsafe(chunkBytes);
      const length = this.readInto(buffer);
      this.push(length === 0 ? null : buffer.subarray(0, length));
    } catch (error) {
      this.destroy(error as Error);
    }
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    const fd = this.fd;
    this.fd = undefined;
    if (fd === undefined) return callback(error);
    close(fd, (closeError) => callback(error ?? closeError));
  }

  /**
   * Sends the rest of the file to `socket` and ends it (TLS close_notify, then FIN), reusing the read
   * buffers; resolves once the socket has flushed, then closes the file. Rejects with a read error (the
   * socket is then destroyed, so the server sees a short upload) or, when the socket closes first, with the
   * premature-close error `stream.pipeline` gives. `onChunk` sees each chunk as it is sent (to count it:
   * its memory is read into again later).
   */
  sendTo(socket: Socket, onChunk?: (chunk: Buffer) => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const free: Buffer[] = [];
      let created = 0;
      let starved = false;
      let ended = false;
      let settled = false;
      const settle = (error?: Error): void => {
        if (settled) return;
        settled = true;
        socket.off('drain', pump);
        this.destroy();
        if (error === undefined) resolve();
        else reject(error);
      };
      const fail = (error: Error): void => {
        socket.destroy();
        settle(error);
      };
      const take = (): Buffer | undefined => {
        const reused = free.pop();
        if (reused !== undefined || created === ringSize) return reused;
        created += 1;
        return Buffer.allocUnsafe(chunkBytes);
      };
      const pump = (): void => {
        starved = false;
        while (!settled && !ended) {
          const buffer = take();
          if (buffer === undefined) {
            starved = true;
            return;
          }
          let length: number;
          try {
            length = this.readInto(buffer);
          } catch (error) {
            return fail(error as Error);
          }
          if (length === 0) {
            ended = true;
            socket.end();
            return;
          }
          const chunk = buffer.subarray(0, length);
          onChunk?.(chunk);
          // The socket is done with the bytes once its write callback runs: only then is the buffer reused.
          const flowing = socket.write(chunk, (error) => {
            if (error) return;
            free.push(buffer);
            if (starved) pump();
          });
          if (!flowing) {
            socket.once('drain', pump);
            return;
          }
        }
      };
      socket.once('finish', () => settle());
      socket.once('error', (error) => settle(error));
      socket.once('close', () => settle(prematureClose()));
      pump();
    });
  }

  /** Fills `buffer` from the current position (short only at the end of the file); 0 at the end. */
  private readInto(buffer: Buffer): number {
    const fd = this.fd;
    if (fd === undefined) throw new Error(`${this.path} is closed`);
    let filled = 0;
    while (filled < buffer.length) {
      const length = readSync(fd, buffer, filled, buffer.length - filled, this.position);
      if (length === 0) break;
      filled += length;
      this.position += length;
    }
    return filled;
  }
}

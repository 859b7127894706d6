import type { Socket } from 'node:net';
import type { Writable } from 'node:stream';

/** Default size of the reusable read buffer: 16× fewer reads than Node's 64 KiB default. */
export const defaultReadBufferSize = 1024 * 1024;

const buffers = new Map<number, Buffer>();

/**
 * One read buffer per size for the whole process: libuv reads into it and the `onread` callback copies the
 * bytes out synchronously, before any other socket can read, so sockets can share it. Allocating 1 MiB per
 * transfer would dominate small-file downloads.
 */
function sharedBuffer(size: number): Buffer {
  let buffer = buffers.get(size);
  if (buffer === undefined) {
    buffer = Buffer.allocUnsafe(size);
    buffers.set(size, buffer);
  }
  return buffer;
}

/**
 * The fast path for plain binary downloads: the data socket reads with `onread` into one reusable 1 MiB
 * buffer instead of allocating a 64 KiB Buffer and a stream event per read. On loopback this doubles
 * throughput (about 0.45 s instead of 1 s per GiB), bringing Node to curl's speed. Each read is copied out
 * at its exact size before it is handed on, so the buffer can be reused at once (and shared, see above).
 */
export class FastReadSink {
  private readonly buffer: Buffer;
  private target: ((chunk: Buffer) => boolean) | undefined;
  private readonly early: Buffer[] = [];

  constructor(blockSize = defaultReadBufferSize) {
    this.buffer = sharedBuffer(Math.max(4096, blockSize));
  }

  /** The `onread` option for net.connect. */
  get onread(): { buffer: Buffer; callback: (length: number, buffer: Uint8Array) => boolean } {
    return { buffer: this.buffer, callback: (length) => this.take(length) };
  }

  /** Pipes the socket into `destination` with backpressure; resolves once the data ended and was flushed. */
  pipeTo(socket: Socket, destination: Writable, end: boolean, onChunk?: (chunk: Buffer) => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let ended = false;
      const fail = (error: Error): void => reject(error);
      destination.on('drain', () => socket.resume());
      destination.once('error', fail);
      socket.once('error', fail);
      const onEnd = (): void => {
        if (ended) return;
        ended = true;
        if (!end) return resolve();
        destination.once('finish', () => resolve());
        destination.end();
      };
      socket.once('end', onEnd);
      const onClose = (): void => {
        // 'end' may have fired before this consumer was attached (an empty file closes at once).
        if (socket.readableEnded) onEnd();
        if (!ended) reject(Object.assign(new Error('Data connection closed before the end of the data'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
      };
      socket.once('close', onClose);
      this.target = (chunk) => {
        onChunk?.(chunk);
        return destination.write(chunk);
      };
      let open = true;
      for (const chunk of this.early.splice(0)) open = this.target(chunk);
      if (socket.readableEnded) onEnd();
      else if (socket.destroyed) onClose();
      else if (open) socket.resume();
    });
  }

  private take(length: number): boolean {
    const chunk = Buffer.from(this.buffer.subarray(0, length));
    if (this.target === undefined) {
      // Data raced ahead of the 150 reply: keep it and pause until a consumer is attached.
      this.early.push(chunk);
      return false;
    }
    return this.target(chunk);
  }
}

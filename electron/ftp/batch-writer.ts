import type { Writable } from 'node:stream';

/** Bytes gathered before one write to the destination: ~1000 writes per GiB instead of ~65 000 TLS records. */
export const defaultBatchBytes = 1024 * 1024;

/** How long gathered bytes may wait for more before they are written anyway (slow links, stalls). */
const idleFlushMs = 20;

/** Below this average chunk size a batch is copied into one buffer for destinations without `writev`. */
const concatBelow = 64 * 1024;

/** How a BatchWriter reports back to whoever feeds it. */
export interface BatchWriterOptions {
  readonly batchBytes?: number;
  /** Called when the source may flow again after `push` returned false. */
  readonly onReady: () => void;
  /** Called with a batch's chunks once the destination has written them (never after a failed write). */
  readonly onWritten?: (chunks: readonly Buffer[]) => void;
}

function hasWritev(destination: Writable): boolean {
  return typeof (destination as unknown as { _writev?: unknown })._writev === 'function';
}

/**
 * Gathers a download's chunks (16 KiB TLS records, socket reads) and hands them to the destination in
 * batches of about 1 MiB, one batch in flight at a time: a file then sees one write (or writev) per MiB,
 * which halves a download's CPU time. Memory is bounded: one batch in flight plus one gathering; `push`
 * returns false while a full batch waits, and `onReady` says when to go on. Contiguous slices of one
 * buffer (see ReadSlabs) are merged without copying.
 */
export class BatchWriter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private inFlight = false;
  private flushWhenDone = false;
  private timer: NodeJS.Timeout | undefined;
  private ending: (() => void) | undefined;
  private disposed = false;
  private readonly batchBytes: number;

  constructor(
    private readonly destination: Writable,
    private readonly options: BatchWriterOptions,
  ) {
    this.batchBytes = Math.max(1, options.batchBytes ?? defaultBatchBytes);
  }

  /** Queues a chunk; false means: pause the source until `onReady`. */
  push(chunk: Buffer): boolean {
    if (this.disposed) return false;
    if (chunk.length === 0) return true;
    const last = this.pending[this.pending.length - 1];
    if (last !== undefined && last.buffer === chunk.buffer && last.byteOffset + last.length === chunk.byteOffset) {
      this.pending[this.pending.length - 1] = Buffer.from(last.buffer, last.byteOffset, last.length + chunk.length);
    } else {
      this.pending.push(chunk);
    }
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= this.batchBytes) {
      if (!this.inFlight) this.flush();
    } else {
      this.timer ??= setTimeout(() => this.onIdle(), idleFlushMs);
    }
    return this.pendingBytes < this.batchBytes;
  }

  /** Writes what is left; resolves once the destination has written everything handed to it. */
  finish(): Promise<void> {
    return new Promise((resolve) => {
      this.ending = resolve;
      if (!this.inFlight) this.flush();
    });
  }

  /** Stops the idle timer after a failure; pending chunks are dropped. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = [];
    this.pendingBytes = 0;
  }

  private onIdle(): void {
    this.timer = undefined;
    if (this.inFlight) this.flushWhenDone = true;
    else this.flush();
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.flushWhenDone = false;
    const chunks = this.pending;
    const bytes = this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    if (chunks.length === 0) return this.settleIfDone();
    this.inFlight = true;
    const done = (error?: Error | null): void => {
      this.inFlight = false;
      if (this.disposed) return;
      // A failed write surfaces as the destination's 'error'; its buffers may still be in use, never recycle them.
      if (error) return;
      this.options.onWritten?.(chunks);
      if (this.pendingBytes >= this.batchBytes || this.flushWhenDone || (this.ending !== undefined && this.pendingBytes > 0)) this.flush();
      else this.settleIfDone();
      this.options.onReady();
    };
    this.write(chunks, bytes, done);
  }

  private write(chunks: Buffer[], bytes: number, done: (error?: Error | null) => void): void {
    const { destination } = this;
    if (chunks.length === 1) {
      destination.write(chunks[0], done);
    } else if (!hasWritev(destination) && bytes / chunks.length < concatBelow) {
      destination.write(Buffer.concat(chunks, bytes), done);
    } else {
      // Corked writes reach a file stream as one writev: one system call, no copy.
      destination.cork();
      chunks.forEach((chunk, index) => destination.write(chunk, index === chunks.length - 1 ? done : undefined));
      destination.uncork();
    }
  }

  private settleIfDone(): void {
    if (this.ending === undefined || this.inFlight || this.pendingBytes > 0) return;
    const resolve = this.ending;
    this.ending = undefined;
    resolve();
  }
}

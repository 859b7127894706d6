import type { Socket } from 'node:net';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { BatchWriter } from './batch-writer.js';
import { prematureClose } from './read-socket.js';

/** How a data socket's bytes reach the destination through a BatchWriter. */
export interface BatchedPipeOptions {
  /** End the destination when the data ends. */
  readonly end: boolean;
  /** Sees every chunk as it arrives (progress). */
  readonly onChunk?: (chunk: Buffer) => void;
  /** Called with chunks the destination has written (slab recycling). */
  readonly onWritten?: (chunks: readonly Buffer[]) => void;
  /**
   * Connects the socket's data to `push` and returns whether it may flow at once. Default: 'data' events,
   * pausing the socket while `push` says so.
   */
  readonly attach?: (push: (chunk: Buffer) => boolean) => boolean;
  /**
   * Behave like `stream.pipeline` (what this replaces on the TLS and active paths): a failed data
   * connection destroys an owned (`end`) destination, and the destination counts as done once closed.
   */
  readonly pipelineLike: boolean;
}

/** Pipes `socket` into `destination` in ~1 MiB batches with backpressure; resolves once all is written. */
export function pipeBatched(socket: Socket, destination: Writable, options: BatchedPipeOptions): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    let ended = false;
    const writer = new BatchWriter(destination, { onReady: () => socket.resume(), onWritten: options.onWritten });
    const onDestinationError = (error: Error): void => fail(error, false);
    // A destination the caller keeps (`end: false`) must not collect one listener per download.
    const release = (): void => {
      if (!options.end) destination.off('error', onDestinationError);
    };
    const fail = (error: Error, fromSocket: boolean): void => {
      if (settled) return;
      settled = true;
      release();
      writer.dispose();
      if (fromSocket && options.pipelineLike && options.end && !destination.destroyed) destination.destroy(error);
      reject(error);
    };
    const succeed = (): void => {
      if (settled) return;
      settled = true;
      release();
      resolve();
    };
    destination.once('error', onDestinationError);
    socket.once('error', (error) => fail(error, true));
    const onEnd = (): void => {
      if (ended) return;
      ended = true;
      void writer.finish().then(() => {
        if (settled) return;
        if (!options.end) return succeed();
        if (options.pipelineLike) finished(destination).then(succeed, (error: Error) => fail(error, false));
        else destination.once('finish', succeed);
        destination.end();
      });
    };
    const onClose = (): void => {
      // 'end' may have fired before this consumer was attached (an empty file closes at once).
      if (socket.readableEnded) onEnd();
      if (!ended) fail(prematureClose(), true);
    };
    socket.once('end', onEnd);
    socket.once('close', onClose);
    const push = (chunk: Buffer): boolean => {
      options.onChunk?.(chunk);
      return writer.push(chunk);
    };
    const attach =
      options.attach ??
      ((accept: (chunk: Buffer) => boolean): boolean => {
        socket.on('data', (chunk: Buffer) => {
          if (!accept(chunk)) socket.pause();
        });
        return true;
      });
    const open = attach(push);
    if (socket.readableEnded) onEnd();
    else if (socket.destroyed) onClose();
    else if (open) socket.resume();
  });
}

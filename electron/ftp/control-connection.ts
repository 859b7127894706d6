import type { Socket } from 'node:net';
import { maskCommand, assertSafeCommand } from './commands.js';
import { FtpConnectionClosedError, FtpTimeoutError, type FtpError } from './errors.js';
import { systemErrorToFtpError } from './socket-connect.js';
import type { ProtocolLogger } from './protocol-log.js';
import { ReplyParser } from './reply-parser.js';
import { replyMessage, type FtpReply } from './reply.js';
import { encodeText, type TextEncodingName } from './text-codec.js';

interface Waiter {
  resolve(reply: FtpReply): void;
  reject(error: Error): void;
}

/** Settings of a control connection. */
export interface ControlConnectionOptions {
  /** Milliseconds to wait for a reply before the connection is declared dead. */
  readonly timeout: number;
  readonly maxReplyBytes?: number;
  readonly encoding?: TextEncodingName;
  readonly logger: ProtocolLogger;
}

/**
 * The command channel: frames replies, queues those nobody waits for yet (so a late 226 is read by the
 * next reader, never skipped), sends command lines, and owns the connection's fate. Any failure other than
 * a 4xx/5xx reply closes it; from then on every call rejects with an FtpConnectionClosedError naming the
 * first reason. A 421 (RFC 959: service closing) closes it whenever it arrives.
 */
export class ControlConnection {
  private socketValue: Socket;
  private readonly parser: ReplyParser;
  private readonly queue: FtpReply[] = [];
  private waiter: Waiter | undefined;
  private failure: FtpError | undefined;
  private readonly detach: Array<() => void> = [];

  constructor(
    socket: Socket,
    private readonly options: ControlConnectionOptions,
  ) {
    this.socketValue = socket;
    this.parser = new ReplyParser(options.maxReplyBytes, options.encoding);
    this.attach(socket);
  }

  /** The current socket (a TLSSocket after AUTH TLS or with implicit FTPS). */
  get socket(): Socket {
    return this.socketValue;
  }

  /** Why the connection closed, or undefined while open. */
  get closedReason(): FtpError | undefined {
    return this.failure;
  }

  get timeout(): number {
    return this.options.timeout;
  }

  /** Swaps in a new socket wrapping the old one (TLS upgrade) and listens to it instead. */
  replaceSocket(socket: Socket): void {
    for (const undo of this.detach.splice(0)) undo();
    this.socketValue = socket;
    this.attach(socket);
  }

  /** Stops listening to the current socket without closing it (before handing it to tls.connect). */
  detachSocket(): void {
    for (const undo of this.detach.splice(0)) undo();
    this.socketValue.on('error', () => undefined);
  }

  /** Sends one command line; CR/LF/NUL inside it are refused before anything is written. */
  send(line: string): void {
    this.throwIfClosed();
    assertSafeCommand(line);
    this.options.logger.send(maskCommand(line));
    this.socketValue.write(encodeText(`${line}\r\n`, this.options.encoding));
  }

  /** The next reply (1xx included), waiting as long as it takes; use `readReply` for a bounded wait. */
  nextReply(): Promise<FtpReply> {
    if (this.failure !== undefined) return Promise.reject(this.closedError());
    const queued = this.queue.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.waiter !== undefined) return Promise.reject(new Error('Two readers on one control connection'));
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  /** The next reply within `timeout` ms; on timeout the connection is closed with an FtpTimeoutError. */
  readReply(timeout = this.options.timeout): Promise<FtpReply> {
    return this.bounded(this.nextReply(), timeout, 'reply');
  }

  /** Bounds any promise by the timeout, closing the connection when it expires. */
  bounded<T>(promise: Promise<T>, timeout: number, what: string): Promise<T> {
    if (!(timeout > 0) || !Number.isFinite(timeout)) return promise;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        const error = new FtpTimeoutError(`No ${what} within ${timeout} ms`);
        this.fail(error);
        reject(error);
      }, timeout);
      promise.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  /** Closes the connection for good with `reason`; idempotent (the first reason wins). */
  fail(reason: FtpError): void {
    if (this.failure !== undefined) return;
    this.failure = reason;
    this.options.logger.info(`Connection closed: ${reason.message}`);
    this.socketValue.destroy();
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.reject(reason);
  }

  /** Rejects with the recorded reason when closed. */
  throwIfClosed(): void {
    if (this.failure !== undefined) throw this.closedError();
  }

  /** The error later calls get: names the original reason. */
  closedError(): FtpConnectionClosedError {
    const reason = this.failure;
    if (reason instanceof FtpConnectionClosedError) return reason;
    return new FtpConnectionClosedError(`Connection closed: ${reason?.message ?? 'unknown reason'}`, {
      cause: reason,
      reply: reason?.reply,
    });
  }

  private attach(socket: Socket): void {
    const onData = (chunk: Buffer): void => this.onData(chunk);
    const onError = (error: Error): void => this.fail(systemErrorToFtpError(error, 'Control connection failed'));
    const onClose = (): void =>
      this.fail(new FtpConnectionClosedError(this.parser.inProgress ? 'Server closed the connection mid-reply' : 'Server closed the connection'));
    socket.on('data', onData);
    socket.on('error', onError);
    socket.on('close', onClose);
    this.detach.push(() => {
      socket.off('data', onData);
      socket.off('error', onError);
      socket.off('close', onClose);
    });
  }

  private onData(chunk: Buffer): void {
    if (this.failure !== undefined) return;
    let replies: FtpReply[];
    try {
      replies = this.parser.push(chunk);
    } catch (error) {
      this.fail(error as FtpError);
      return;
    }
    for (const reply of replies) {
      for (const line of reply.lines) this.options.logger.receive(line);
      if (reply.code === 421) {
        // RFC 959: 421 may come at any time (idle timeout, too many users); the server closes after it.
        this.fail(new FtpConnectionClosedError(`Service not available: ${replyMessage(reply)}`, { reply }));
        return;
      }
      const waiter = this.waiter;
      if (waiter !== undefined) {
        this.waiter = undefined;
        waiter.resolve(reply);
      } else {
        this.queue.push(reply);
      }
    }
  }
}

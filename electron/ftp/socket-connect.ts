import { connect, type Socket } from 'node:net';
import type { CallerReadBuffers } from './caller-read-buffers.js';
import { FtpConnectionError, FtpError, FtpTimeoutError } from './errors.js';

/** Where and how to open a TCP connection. */
export interface TcpConnectOptions {
  readonly host: string;
  readonly port: number;
  /** Milliseconds for the TCP handshake. */
  readonly timeout: number;
  /** Local address to bind (ftplib `source_address`). */
  readonly localAddress?: string;
  readonly localPort?: number;
  /** 4 or 6 to force an address family; 0 (default) lets DNS decide. */
  readonly family?: 0 | 4 | 6;
  /** Read into a caller-owned buffer instead of emitting 'data' (see FastReadSink). */
  readonly onread?: CallerReadBuffers;
}

/** Wraps a Node system error (ECONNREFUSED, ECONNRESET…) as an FtpConnectionError that says what failed. */
export function systemErrorToFtpError(error: Error, context: string): FtpError {
  if (error instanceof FtpError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new FtpConnectionError(`${context}: ${error.message}`, { cause: error, systemCode: code });
}

/**
 * Sets what every FTP socket wants: no Nagle delay (small commands, TLS records) and TCP keep-alive. Also
 * a standing 'error' listener: a server may reset a data socket before a pipeline listens to it (proftpd
 * after a 451), which must not become an uncaught exception; the failure still surfaces through the
 * consumer ('close' without 'end') and the control reply.
 */
export function tuneSocket(socket: Socket): void {
  socket.setNoDelay(true);
  socket.setKeepAlive(true, 15_000);
  socket.on('error', ignoreError);
}

function ignoreError(): void {}

/** Opens a TCP connection, resolving once connected, rejecting with FtpConnectionError or FtpTimeoutError. */
export function connectTcp(options: TcpConnectOptions): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: options.host,
      port: options.port,
      localAddress: options.localAddress,
      localPort: options.localPort,
      family: options.family ?? 0,
      noDelay: true,
      ...(options.onread === undefined ? {} : { onread: options.onread }),
    });
    const timer =
      options.timeout > 0
        ? setTimeout(() => {
            socket.destroy();
            reject(new FtpTimeoutError(`Connecting to ${options.host}:${options.port} timed out after ${options.timeout} ms`));
          }, options.timeout)
        : undefined;
    const onError = (error: Error): void => {
      clearTimeout(timer);
      reject(systemErrorToFtpError(error, `Cannot connect to ${options.host} port ${options.port}`));
    };
    socket.once('error', onError);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.off('error', onError);
      tuneSocket(socket);
      resolve(socket);
    });
  });
}

import type { Socket } from 'node:net';
import { Duplex } from 'node:stream';

/**
 * A duplex standing between a TCP socket and the control connection's TLS layer. Node's TLS takes over a
 * net.Socket for good; through this relay the TCP socket can be handed back in plaintext after CCC
 * (RFC 4217 §12.3: clear the command channel, for NAT helpers that must read PORT/PASV).
 */
export class SocketRelay extends Duplex {
  private released = false;
  private readonly onData = (chunk: Buffer): void => {
    if (!this.push(chunk)) this.raw.pause();
  };
  private readonly onEnd = (): void => {
    this.push(null);
  };
  private readonly onError = (error: Error): void => {
    this.destroy(error);
  };
  private readonly onClose = (): void => {
    if (!this.released) this.destroy();
  };

  constructor(private readonly raw: Socket) {
    super();
    raw.on('data', this.onData);
    raw.on('end', this.onEnd);
    raw.on('error', this.onError);
    raw.on('close', this.onClose);
  }

  /** Stops relaying and returns the TCP socket, still open, for plaintext use. */
  release(): Socket {
    this.released = true;
    this.raw.off('data', this.onData);
    this.raw.off('end', this.onEnd);
    this.raw.off('error', this.onError);
    this.raw.off('close', this.onClose);
    this.raw.resume();
    return this.raw;
  }

  /** While released (or releasing), ending the TLS layer must not end the TCP socket. */
  keepOpenOnEnd(): void {
    this.released = true;
  }

  override _read(): void {
    this.raw.resume();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.raw.write(chunk, callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    if (!this.released) this.raw.end();
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    if (!this.released) this.raw.destroy();
    callback(error);
  }
}

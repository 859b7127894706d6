import type { FtpLogLevel } from './protocol-log.js';
import type { TextEncodingName } from './text-codec.js';
import type { FtpTlsOptions } from './tls.js';

/** Settings of an FtpClient; all optional. */
export interface FtpClientOptions {
  /** Milliseconds to wait for connecting, each reply and data connections (ftplib `timeout`). Default 30 000. */
  readonly timeout?: number;
  /** Control-connection encoding (ftplib `encoding`). Default `utf8`, with latin1 fallback when decoding. */
  readonly encoding?: TextEncodingName;
  /** Protocol log level for `log` events. Default `off`. */
  readonly logLevel?: FtpLogLevel;
  /** Passive mode (default) or active (PORT/EPRT) — ftplib `set_pasv`. */
  readonly passive?: boolean;
  /** Try EPSV before PASV (default true). `false` goes straight to PASV, for servers that mishandle EPSV. */
  readonly preferEpsv?: boolean;
  /** Connect to the address a PASV reply names instead of the control host (ftplib `trust_server_pasv_ipv4_address`). */
  readonly trustPasvHost?: boolean;
  /** FTPS: explicit (AUTH TLS) or implicit. Absent = plain FTP (ftplib `FTP` vs `FTP_TLS`). */
  readonly tls?: FtpTlsOptions;
  /** Cap on one reply's size in bytes. Default 64 KiB. */
  readonly maxReplyBytes?: number;
  /** Name sent with CLNT. Default `Ferry`. */
  readonly clientName?: string;
  /** Milliseconds to wait for a 1xx before starting a data TLS handshake anyway. Default 1000. */
  readonly dataTlsDelay?: number;
  /** Clock for year-less LIST dates (injected in tests). */
  readonly now?: () => Date;
  /** The server's offset from UTC in minutes, for LIST times. Default 0. */
  readonly serverUtcOffsetMinutes?: number;
}

/** Per-call connect settings (ftplib `connect(host, port, timeout, source_address)`). */
export interface ConnectOptions {
  readonly timeout?: number;
  /** Local address to connect from (ftplib `source_address`). */
  readonly sourceAddress?: string;
  /** Force IPv4 (4) or IPv6 (6). */
  readonly family?: 4 | 6;
}

/** How much of the conversation is logged: nothing, one line per command sent, or every line both ways. */
export type FtpLogLevel = 'off' | 'requests' | 'full';

/** One protocol log event. `text` never contains a password: PASS and ACCT are masked before logging. */
export interface FtpLogEntry {
  readonly time: Date;
  /** `send` = command line, `receive` = reply line, `info` = connection events (TLS, data connections). */
  readonly direction: 'send' | 'receive' | 'info';
  readonly text: string;
}

/** Receives log entries. */
export type FtpLogListener = (entry: FtpLogEntry) => void;

/** Filters by level and forwards entries; the control connection and data code log through it. */
export class ProtocolLogger {
  level: FtpLogLevel;

  constructor(
    private readonly emit: FtpLogListener,
    level: FtpLogLevel = 'off',
  ) {
    this.level = level;
  }

  /** A command line as sent (already masked by the caller). Logged at `requests` and `full`. */
  send(text: string): void {
    if (this.level !== 'off') this.emit({ time: new Date(), direction: 'send', text });
  }

  /** A reply line. Logged at `full` only. */
  receive(text: string): void {
    if (this.level === 'full') this.emit({ time: new Date(), direction: 'receive', text });
  }

  /** A connection event (TLS parameters, data connection opened). Logged at `full` only. */
  info(text: string): void {
    if (this.level === 'full') this.emit({ time: new Date(), direction: 'info', text });
  }
}

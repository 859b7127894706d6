import type { LogLine } from '../../shared/ipc-contract.js';
import type { FtpLogEntry } from '../ftp/protocol-log.js';
import { maskCredentialCommand, redact } from './redact.js';

/** Where coalesced lines go: the event hub's `log:line`. */
export type LogSink = (line: LogLine) => void;

/** Options for createLogForwarder. */
export interface LogForwarderOptions {
  /** Milliseconds lines are gathered before they go out: at most 1000/interval bursts a second (DESIGN: ≤ 10 Hz). */
  readonly intervalMs?: number;
  /** Events per burst; the rest of a flood is summed up in one status line. */
  readonly maxEventsPerFlush?: number;
  /** Characters of one event; a longer merged block is cut. */
  readonly maxTextLength?: number;
}

/** Buffers protocol log lines and hands them to the sink in bursts. */
export interface LogForwarder {
  /** An engine log entry of one session. */
  engine(sessionId: string, entry: FtpLogEntry, secrets: readonly string[]): void;
  /** A line Ferry itself writes (status or error) for a session. */
  note(sessionId: string, level: 'status' | 'error', text: string, secrets?: readonly string[]): void;
  /** Sends what is buffered now (on disconnect and shutdown). */
  flush(): void;
}

const levels = { send: 'command', receive: 'reply', info: 'status' } as const;

/**
 * Creates a LogForwarder. Each line is masked twice over: PASS/ACCT arguments (the engine masks them already)
 * and any known secret of the session. Consecutive lines of one session and level within a burst become one
 * event with `\n` between them, so a 40-line FEAT reply is one log entry and a flood cannot swamp the renderer.
 */
export function createLogForwarder(sink: LogSink, options: LogForwarderOptions = {}): LogForwarder {
  const intervalMs = options.intervalMs ?? 100;
  const maxEvents = options.maxEventsPerFlush ?? 200;
  const maxText = options.maxTextLength ?? 16_384;
  let buffer: LogLine[] = [];
  let timer: NodeJS.Timeout | undefined;

  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const lines = buffer;
    buffer = [];
    const merged: LogLine[] = [];
    for (const line of lines) {
      const last = merged.at(-1);
      if (last !== undefined && last.level === line.level && last.sessionId === line.sessionId && last.text.length < maxText) {
        merged[merged.length - 1] = { ...last, text: `${last.text}\n${line.text}`.slice(0, maxText) };
      } else {
        merged.push(line);
      }
    }
    for (const line of merged.slice(0, maxEvents)) sink(line);
    const skipped = merged.length - maxEvents;
    if (skipped > 0) sink({ time: Date.now(), level: 'status', text: `… ${skipped} more log entries not shown` });
  };

  const push = (line: LogLine): void => {
    buffer.push(line);
    timer ??= setTimeout(flush, intervalMs);
    timer.unref?.();
  };

  return {
    engine(sessionId, entry, secrets) {
      const text = redact(entry.direction === 'send' ? maskCredentialCommand(entry.text) : entry.text, secrets);
      push({ time: entry.time.getTime(), level: levels[entry.direction], text, sessionId });
    },
    note(sessionId, level, text, secrets = []) {
      push({ time: Date.now(), level, text: redact(text, secrets), sessionId });
    },
    flush,
  };
}

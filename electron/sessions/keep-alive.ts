/** Timer functions, injected so tests can drive time. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

/** The real clock; timers are unref'd so an idle session never keeps Node alive. */
export const systemTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  now: () => Date.now(),
};

/** Options for KeepAlive. */
export interface KeepAliveOptions {
  /** Milliseconds between NOOPs while idle. Default 30 s (FileZilla's). */
  readonly intervalMs?: number;
  /** Stop after this long without user activity, so an abandoned session may time out. Default 30 min. */
  readonly maxIdleMs?: number;
  readonly timers?: Timers;
}

/**
 * Sends NOOP while a session is idle (INTEROP "Keep-alive": every 30 s for at most 30 min; never during a
 * command or transfer, where NOOP is undefined behaviour). `touch` after each user command restarts the
 * count; `pause` while one runs.
 */
export class KeepAlive {
  private readonly intervalMs: number;
  private readonly maxIdleMs: number;
  private readonly timers: Timers;
  private handle: unknown;
  private lastActivity: number;

  constructor(
    private readonly ping: () => Promise<void>,
    options: KeepAliveOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 30_000;
    this.maxIdleMs = options.maxIdleMs ?? 30 * 60_000;
    this.timers = options.timers ?? systemTimers;
    this.lastActivity = this.timers.now();
  }

  /** User activity just ended: idle from now, next NOOP one interval later. */
  touch(): void {
    this.lastActivity = this.timers.now();
    this.schedule();
  }

  /** A command is running: no NOOP until `touch`. */
  pause(): void {
    if (this.handle !== undefined) this.timers.clearTimeout(this.handle);
    this.handle = undefined;
  }

  /** Stops for good (session closed). */
  stop(): void {
    this.pause();
  }

  private schedule(): void {
    this.pause();
    if (this.timers.now() + this.intervalMs - this.lastActivity > this.maxIdleMs) return;
    this.handle = this.timers.setTimeout(() => {
      this.handle = undefined;
      void this.ping().then(
        () => this.schedule(),
        () => undefined,
      );
    }, this.intervalMs);
  }
}

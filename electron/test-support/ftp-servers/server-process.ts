import { spawn } from 'node:child_process';
import { onProcessExit } from './exit-cleanup.js';

/** A server process the harness started and alone may stop. */
export interface ServerProcess {
  readonly pid: number;
  /** Last ~64 KiB of the server's stdout and stderr. */
  output(): string;
  /** Exit code or signal once the process ended, else undefined. */
  exitStatus(): string | undefined;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. Idempotent. */
  stop(graceMs?: number): Promise<void>;
}

const keepBytes = 64 * 1024;

// Reads its stdin, a pipe from this process, until EOF: that only comes when the test process
// is gone (vitest kills its workers without 'exit' handlers), and then it stops the server.
const watchdogScript = [
  'read -r _ || true',
  'kill -TERM "$1" 2>/dev/null || exit 0',
  'i=0; while [ "$i" -lt 30 ] && kill -0 "$1" 2>/dev/null; do sleep 0.1; i=$((i+1)); done',
  'kill -KILL "$1" 2>/dev/null || true',
].join('\n');

function startWatchdog(pid: number): () => void {
  const watchdog = spawn('/bin/sh', ['-c', watchdogScript, 'ferry-ftp-watchdog', String(pid)], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  watchdog.on('error', () => undefined);
  // Do not keep the event loop alive for it.
  watchdog.unref();
  watchdog.stdin.on('error', () => undefined);
  (watchdog.stdin as unknown as { unref?: () => void }).unref?.();
  return () => {
    if (watchdog.exitCode === null && watchdog.signalCode === null) watchdog.kill('SIGKILL');
  };
}

/**
 * Starts `command` in the foreground under `setpriv --pdeathsig KILL`, so the kernel kills the
 * server even when the test process dies without running its exit handlers. proftpd changes its
 * credentials, which clears that flag, so a watchdog shell covers it (and the others) too.
 */
export function spawnServer(command: string, args: readonly string[], cwd: string): ServerProcess {
  const child = spawn('setpriv', ['--pdeathsig', 'KILL', '--', command, ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const append = (chunk: Buffer): void => {
    log = (log + chunk.toString('utf8')).slice(-keepBytes);
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  let status: string | undefined;
  const stopWatchdog = child.pid === undefined ? () => undefined : startWatchdog(child.pid);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      status = signal ?? `exit code ${String(code)}`;
      resolve();
    });
    child.once('error', (error) => {
      status = `spawn failed: ${error.message}`;
      resolve();
    });
  });
  const unregister = onProcessExit(() => {
    if (status === undefined) child.kill('SIGKILL');
  });
  void exited.then(() => {
    unregister();
    stopWatchdog();
  });

  let stopping: Promise<void> | undefined;
  return {
    pid: child.pid ?? -1,
    output: () => log,
    exitStatus: () => status,
    stop(graceMs = 3_000) {
      stopping ??= (async () => {
        if (status !== undefined) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}

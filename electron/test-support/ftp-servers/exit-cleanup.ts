import { rmSync } from 'node:fs';

const pending = new Set<() => void>();
let installed = false;

/**
 * Registers a synchronous last-resort cleanup that runs when the test process exits, so a
 * crashed or aborted test leaves no FTP server or temp folder behind. Returns an unregister function.
 */
export function onProcessExit(cleanup: () => void): () => void {
  if (!installed) {
    installed = true;
    process.once('exit', () => {
      for (const fn of [...pending]) {
        try {
          fn();
        } catch {
          // Best effort: the process is going away anyway.
        }
      }
    });
  }
  pending.add(cleanup);
  return () => pending.delete(cleanup);
}

/** Removes a folder on process exit unless unregistered first. */
export function removeOnExit(path: string): () => void {
  return onProcessExit(() => rmSync(path, { recursive: true, force: true }));
}

/** Whether a process with this PID exists (EPERM means it does, owned by someone else). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

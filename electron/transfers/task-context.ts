import type { FtpClient } from '../ftp/client.js';
import type { TaskProgress } from './task-types.js';

/** What a running task may use: the connection, a cancel signal, and a progress callback. */
export interface TaskContext {
  /** The logged-in client (connects on first use). */
  client(): Promise<FtpClient>;
  readonly signal: AbortSignal;
  progress(progress: TaskProgress): void;
}

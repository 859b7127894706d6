import type { ExistsPolicy, FileStat } from '../../shared/transfer.js';
import type { FailureInfo } from './transfer-failure.js';

/** How to reach and log in to a site: plain data, so it can be posted to a worker. */
export interface SiteConnection {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** FTPS: absent = plain FTP. `ca`/`trustedFingerprint256` as in electron/ftp/tls.ts. */
  readonly tls?: {
    readonly mode: 'explicit' | 'implicit';
    readonly ca?: string;
    readonly trustedFingerprint256?: string;
    readonly rejectUnauthorized?: boolean;
  };
  readonly passive?: boolean;
  /** Milliseconds per reply / connect. Default 30 000. */
  readonly timeout?: number;
}

/** One unit of work for a connection. Paths are absolute (remote: POSIX; local: the OS's). */
export type TransferTask =
  | {
      readonly type: 'download';
      readonly remotePath: string;
      readonly localPath: string;
      /** Set for children of a folder download: every write must stay inside it. */
      readonly localRoot?: string;
      readonly size?: number;
      readonly modified?: number;
      readonly onExists: ExistsPolicy;
      /** The job ran before: a target of the source's size and time is its own finished work, not a conflict. */
      readonly rerun: boolean;
      /** Expansion created the target's folder, so neither the target nor its `.part` exists (first attempt only). */
      readonly targetAbsent?: boolean;
    }
  | {
      readonly type: 'upload';
      readonly localPath: string;
      readonly remotePath: string;
      readonly onExists: ExistsPolicy;
      readonly atomic: boolean;
      /** The job ran before (see the download's `rerun`). */
      readonly rerun: boolean;
      /** The folder listing showed no target (trusted on the first run only). */
      readonly targetAbsent: boolean;
      /** A retry: resume a partial target left by the failed attempt (non-atomic uploads). */
      readonly resumePartial: boolean;
    }
  | { readonly type: 'expand-download'; readonly remotePath: string; readonly localPath: string }
  | { readonly type: 'expand-upload'; readonly localPath: string; readonly remotePath: string }
  | { readonly type: 'delete'; readonly remotePath: string; readonly folder: boolean }
  | { readonly type: 'mkdir'; readonly remotePath: string };

/** A file a folder job expanded into, or a name it refused. */
export interface ExpandedChild {
  readonly remotePath: string;
  readonly localPath: string;
  readonly size?: number;
  readonly modified?: number;
  /**
   * Upload: the remote folder's listing at expansion time had no such name (saves a SIZE probe). Download:
   * expansion created the local folder, so no file of that name (or its `.part`) is there (saves two stats).
   */
  readonly targetAbsent?: boolean;
  /** Set when the name was refused (path safety): the child is created failed. */
  readonly refused?: FailureInfo;
}

/** How a task ended. */
export type TaskOutcome =
  | { readonly status: 'done'; readonly bytes: number; readonly size?: number; readonly skipped?: boolean; readonly finalPath?: string }
  | { readonly status: 'conflict'; readonly target: string; readonly source: FileStat; readonly existing: FileStat }
  | { readonly status: 'expanded'; readonly children: readonly ExpandedChild[] }
  | { readonly status: 'failed'; readonly error: FailureInfo }
  | { readonly status: 'aborted' };

/** Bytes done so far (including a resume offset) and the whole size when known. */
export interface TaskProgress {
  readonly bytes: number;
  readonly size?: number;
}

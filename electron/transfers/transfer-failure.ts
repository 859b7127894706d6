import type { TransferError } from '../../shared/transfer.js';

/** Codes the transfer layer adds to the engine's (FTP_*) and the app's (shared/errors.ts). */
export type TransferFailureCode =
  | 'PATH_UNSAFE'
  | 'DISK_FULL'
  | 'SIZE_MISMATCH'
  | 'LOCAL_NOT_FOUND'
  | 'LOCAL_ACCESS_DENIED'
  | 'LOCAL_IO'
  | 'TOO_MANY_CONNECTIONS'
  | 'SITE_UNAVAILABLE'
  | 'REMOTE_NOT_FOUND'
  | 'INTERNAL';

/** A failure the transfer code itself decided on, with whether trying again may help. */
export class TransferFailure extends Error {
  constructor(
    readonly code: TransferFailureCode,
    message: string,
    readonly transient = false,
  ) {
    super(message);
    this.name = 'TransferFailure';
  }
}

/** A failure as it crosses the worker boundary: plain data plus what the scheduler needs to react. */
export interface FailureInfo extends TransferError {
  /** Trying again later may help: 4xx, lost connection, timeout. */
  readonly transient: boolean;
  /** The server refused another connection (421, "too many connections"): lower the site's cap. */
  readonly tooManyConnections: boolean;
  /** The control connection is gone; the next task must reconnect. */
  readonly connectionLost: boolean;
}

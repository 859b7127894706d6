import type { AppErrorCode } from '../../shared/errors.js';

/** A store operation that failed for a reason the user can act on; `code` maps straight to an AppError. */
export class SiteStoreError extends Error {
  override readonly name = 'SiteStoreError';
  constructor(
    readonly code: Extract<AppErrorCode, 'NOT_FOUND' | 'INVALID_ARGUMENT' | 'IO_ERROR'>,
    message: string,
  ) {
    super(message);
  }
}

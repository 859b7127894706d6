import type { AppError } from '../../shared/errors.js';

/** A failure the session layer decided itself (not an engine error), already in the renderer's terms. */
export class SessionFailure extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
    this.name = 'SessionFailure';
  }
}

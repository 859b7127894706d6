import { appError, type AppError } from '../../shared/errors.js';

/**
 * Maps a Node fs error to a stable code; the errno name stays in `detail` for the log. `action` is the verb
 * for errors without a code of their own ("Could not delete …").
 */
export function fsErrorToAppError(error: unknown, path: string, action = 'read'): AppError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  switch (code) {
    case 'ENOENT':
      return appError('NOT_FOUND', `No such file or folder: ${path}`, code);
    case 'EACCES':
    case 'EPERM':
      return appError('ACCESS_DENIED', `Access denied: ${path}`, code);
    case 'EROFS':
      return appError('ACCESS_DENIED', `The disk is read-only: ${path}`, code);
    case 'ENOTDIR':
      return appError('NOT_A_DIRECTORY', `Not a folder: ${path}`, code);
    case 'EEXIST':
    case 'ENOTEMPTY':
      return appError('ALREADY_EXISTS', `Already exists: ${path}`, code);
    default:
      return appError('IO_ERROR', `Could not ${action} ${path}`, code ?? (error instanceof Error ? error.message : undefined));
  }
}

/** True when `error` is a Node system error with this errno name (`ENOENT`, `EEXIST`…). */
export function hasErrno(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}

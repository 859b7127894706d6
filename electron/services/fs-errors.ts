import { appError, type AppError } from '../../shared/errors.js';

/** Maps a Node fs error to a stable code; the errno name stays in `detail` for the log. */
export function fsErrorToAppError(error: unknown, path: string): AppError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  switch (code) {
    case 'ENOENT':
      return appError('NOT_FOUND', `No such file or folder: ${path}`, code);
    case 'EACCES':
    case 'EPERM':
      return appError('ACCESS_DENIED', `Access denied: ${path}`, code);
    case 'ENOTDIR':
      return appError('NOT_A_DIRECTORY', `Not a folder: ${path}`, code);
    default:
      return appError('IO_ERROR', `Could not read ${path}`, code ?? (error instanceof Error ? error.message : undefined));
  }
}

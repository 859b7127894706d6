import { chmod } from 'node:fs/promises';
import { appError } from '../../shared/errors.js';
import { fail, ok, type Result } from '../../shared/result.js';
import { fsErrorToAppError } from './fs-errors.js';
import { entryPath } from './local-target.js';

/**
 * Sets the permission bits of `path` from octal text (`644`, `0755`). POSIX only: Windows has no such bits
 * (Node would only toggle read-only), so it answers NOT_SUPPORTED rather than pretend. On a link this
 * changes the link's target, as the `chmod` command does.
 */
export async function changeLocalMode(path: string, mode: string, platform: string = process.platform): Promise<Result<Record<string, never>>> {
  if (platform === 'win32') {
    return fail(appError('NOT_SUPPORTED', 'Windows has no POSIX permissions to change; Ferry changes them only on macOS and Linux.'));
  }
  if (!/^[0-7]{3,4}$/.test(mode)) return fail(appError('INVALID_ARGUMENT', `A mode is 3 or 4 octal digits, got: ${mode}`));
  const target = entryPath(path);
  if (!target.ok) return target;
  try {
    await chmod(target.value, Number.parseInt(mode, 8));
  } catch (error) {
    return fail(fsErrorToAppError(error, target.value, 'change the permissions of'));
  }
  return ok({});
}

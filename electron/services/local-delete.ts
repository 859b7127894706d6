import { lstat, rm } from 'node:fs/promises';
import { fail, ok, type Result } from '../../shared/result.js';
import { fsErrorToAppError } from './fs-errors.js';
import { entryPath } from './local-target.js';

/**
 * Deletes a file, a link or a folder with everything in it, for good (there is no trash from Node; the
 * renderer asks first and says so). fs.rm never follows links, at the top or inside the tree, so a link to
 * a folder elsewhere loses only the link. A root is refused outright.
 */
export async function deleteLocalEntry(path: string): Promise<Result<Record<string, never>>> {
  const target = entryPath(path);
  if (!target.ok) return target;
  try {
    // lstat first, so a missing entry says NOT_FOUND instead of rm's quiet success with `force`.
    await lstat(target.value);
    // Windows may hold a just-closed file for a moment (antivirus, indexer): retry briefly on EBUSY and co.
    await rm(target.value, { recursive: true, maxRetries: 3, retryDelay: 100 });
  } catch (error) {
    return fail(fsErrorToAppError(error, target.value, 'delete'));
  }
  return ok({});
}

import type { Stats } from 'node:fs';
import { lstat, rename } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { appError } from '../../shared/errors.js';
import { fail, ok, type Result } from '../../shared/result.js';
import { fsErrorToAppError, hasErrno } from './fs-errors.js';
import { childPath, entryPath } from './local-target.js';

/**
 * Gives the entry at `path` the name `name` in the same folder. Never overwrites: fs.rename silently replaces
 * an existing file on POSIX, so the target is checked first and a taken name fails with ALREADY_EXISTS. The
 * one exception is a change of case on a case-insensitive disk ("readme" → "README"), where the "existing"
 * target is the entry itself. A link is renamed, not its target.
 */
export async function renameLocalEntry(path: string, name: string): Promise<Result<{ path: string }>> {
  const source = entryPath(path);
  if (!source.ok) return source;
  const folder = dirname(source.value);
  const target = childPath(folder, name);
  if (!target.ok) return target;
  if (target.value === source.value) return ok({ path: source.value });
  let own: Stats;
  try {
    own = await lstat(source.value);
  } catch (error) {
    return fail(fsErrorToAppError(error, source.value, 'rename'));
  }
  try {
    const existing = await lstat(target.value);
    const caseOnly = target.value.toLowerCase() === source.value.toLowerCase();
    if (!(caseOnly && existing.dev === own.dev && existing.ino === own.ino)) {
      return fail(appError('ALREADY_EXISTS', `“${name}” already exists in ${folder}; “${basename(source.value)}” was not renamed.`, 'EEXIST'));
    }
  } catch (error) {
    if (!hasErrno(error, 'ENOENT')) return fail(fsErrorToAppError(error, target.value, 'rename'));
  }
  try {
    await rename(source.value, target.value);
  } catch (error) {
    return fail(fsErrorToAppError(error, source.value, 'rename'));
  }
  return ok({ path: target.value });
}

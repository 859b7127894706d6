import { mkdir } from 'node:fs/promises';
import { appError } from '../../shared/errors.js';
import { fail, ok, type Result } from '../../shared/result.js';
import { fsErrorToAppError, hasErrno } from './fs-errors.js';
import { childPath } from './local-target.js';

/** Creates the folder `name` inside `folder` (not its parents); fails with ALREADY_EXISTS when the name is taken. */
export async function makeLocalFolder(folder: string, name: string): Promise<Result<{ path: string }>> {
  const target = childPath(folder, name);
  if (!target.ok) return target;
  try {
    await mkdir(target.value);
  } catch (error) {
    if (hasErrno(error, 'EEXIST')) return fail(appError('ALREADY_EXISTS', `“${name}” already exists in ${folder}.`, 'EEXIST'));
    return fail(fsErrorToAppError(error, target.value, 'create'));
  }
  return ok({ path: target.value });
}

import { dirname, isAbsolute, join, resolve } from 'node:path';
import { appError } from '../../shared/errors.js';
import { localNameProblem } from '../../shared/local-path.js';
import { fail, ok, type Result } from '../../shared/result.js';

// The checks every local file operation makes before touching the disk. The contract already refused bad
// payloads; these run again because the services are called directly too (tests, future callers), and because
// only here do we know this system's idea of "absolute" ("C:\\x" is not absolute on Linux).

/** The normalized absolute path (no trailing separator, no "." or ".." segments), or INVALID_ARGUMENT. */
export function absoluteLocalPath(path: string): Result<string> {
  if (!isAbsolute(path) || path.includes('\0')) return fail(appError('INVALID_ARGUMENT', `Expected an absolute path, got: ${path}`));
  return ok(resolve(path));
}

/** `path` as an entry that may be changed: absolute, and not a root ("/", "C:\\") that has no parent folder. */
export function entryPath(path: string): Result<string> {
  const absolute = absoluteLocalPath(path);
  if (!absolute.ok) return absolute;
  if (dirname(absolute.value) === absolute.value) {
    return fail(appError('INVALID_ARGUMENT', `Ferry does not change or delete a whole drive: ${absolute.value}`));
  }
  return absolute;
}

/** `name` inside `folder`, when `name` is a single entry name that keeps the result inside `folder`. */
export function childPath(folder: string, name: string): Result<string> {
  const problem = localNameProblem(name);
  if (problem !== null) return fail(appError('INVALID_ARGUMENT', `${problem} (got “${name}”)`));
  const parent = absoluteLocalPath(folder);
  if (!parent.ok) return parent;
  return ok(join(parent.value, name));
}

import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { StepError } from '../error-message.js';

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** A local path as the user would type it: relative to `cwd` when below it, else absolute. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/**
 * Where `get` saves `remoteName`: LOCAL as given, inside LOCAL when it is a folder (or ends in a separator),
 * or in `cwd` when there is no LOCAL. The folder it lands in must exist: checked before connecting.
 */
export async function downloadTarget(cwd: string, local: string | undefined, remoteName: string): Promise<string> {
  const given = local === undefined ? cwd : resolve(cwd, local);
  const intoFolder = local === undefined || local.endsWith('/') || local.endsWith(sep) || (await isDirectory(given));
  const target = intoFolder ? join(given, remoteName) : given;
  if (!(await isDirectory(dirname(target)))) {
    throw new StepError(`cannot write ${displayPath(cwd, target)}`, new Error(`folder ${displayPath(cwd, dirname(target))} does not exist`));
  }
  return target;
}

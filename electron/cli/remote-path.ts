import { posix } from 'node:path';

/** The last segment of a remote path, or '' when the path names a folder (`/`, `/pub/`, `/pub/..`). */
export function remoteBaseName(path: string): string {
  const name = path.endsWith('/') ? '' : posix.basename(path);
  return name === '.' || name === '..' ? '' : name;
}

/** A remote path that names a folder ends in `/` (or is `/`): the name of what goes in it comes from elsewhere. */
export function namesFolder(path: string): boolean {
  return path.endsWith('/');
}

/**
 * Where `mv` moves `from`: an absolute NEWPATH as is, a relative one from `from`'s folder, and one ending in `/`
 * into that folder under the same name (as `mv file dir/` does locally).
 */
export function resolveMoveTarget(from: string, newPath: string): string {
  const base = newPath.startsWith('/') ? newPath : posix.join(posix.dirname(from), newPath);
  const target = namesFolder(newPath) ? posix.join(base, posix.basename(from)) : base;
  return posix.normalize(target);
}

/** The path to use in a command: without a trailing `/`, which some servers refuse in MKD/RMD/CWD. */
export function withoutTrailingSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') || '/' : path;
}

import { realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { TransferFailure } from './transfer-failure.js';

/**
 * Why a name from a remote listing may not become a local path component, or undefined when it may.
 * A hostile server can list `../x`, `a/b` or `C:\x` to make a recursive download write outside its target
 * (INTEROP "Injection"); separators are refused outright because a Unix server never lists one inside a name.
 */
export function unsafeNameReason(name: string): string | undefined {
  if (name === '') return 'the name is empty';
  if (name === '.' || name === '..') return `"${name}" names a directory itself, not an entry`;
  if (name.includes('\0')) return 'the name contains a NUL byte';
  if (name.includes('/')) return 'the name contains "/"';
  if (name.includes('\\')) return 'the name contains "\\"';
  if (/^[A-Za-z]:/.test(name)) return 'the name starts with a drive letter';
  return undefined;
}

/** True when `candidate` is `root` itself or lies below it (lexically, after resolving `.`/`..`). */
export function isInside(root: string, candidate: string): boolean {
  const rel = relative(resolve(root), resolve(candidate));
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** Joins a checked remote name onto a local folder; throws PATH_UNSAFE when it would leave `root`. */
export function safeLocalChild(root: string, folder: string, name: string): string {
  const reason = unsafeNameReason(name);
  if (reason !== undefined) throw unsafePath(name, reason);
  const child = join(folder, name);
  if (!isInside(root, child) || resolve(child) === resolve(root)) throw unsafePath(name, 'it resolves outside the target folder');
  return child;
}

/**
 * Checks, just before writing, that `path`'s parent really lies inside `root` once symlinks are followed: a
 * link planted in the target folder must not carry a write elsewhere.
 */
export async function assertRealParentInside(root: string, path: string): Promise<void> {
  if (!isInside(root, path)) throw unsafePath(path, 'it lies outside the target folder');
  const realRoot = await realpath(root);
  const realParent = await realpath(resolve(path, '..'));
  if (!isInside(realRoot, realParent)) throw unsafePath(path, 'a link inside the target folder points outside it');
}

function unsafePath(name: string, reason: string): TransferFailure {
  return new TransferFailure('PATH_UNSAFE', `Refused the remote name ${JSON.stringify(name)}: ${reason}.`);
}

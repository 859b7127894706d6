import { realpathSync } from 'node:fs';
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
  const realRoot = await realRootOf(root);
  const realParent = await realpath(resolve(path, '..'));
  if (!isInside(realRoot, realParent)) throw unsafePath(path, 'a link inside the target folder points outside it');
}

/** assertRealParentInside without a thread-pool hop (realpath(3) is a few lstat calls): for a download's file. */
export function assertRealParentInsideSync(root: string, path: string): void {
  if (!isInside(root, path)) throw unsafePath(path, 'it lies outside the target folder');
  let realRoot = realRoots.get(root);
  if (realRoot === undefined) rememberRoot(root, (realRoot = realpathSync.native(root)));
  const realParent = realpathSync.native(resolve(path, '..'));
  if (!isInside(realRoot, realParent)) throw unsafePath(path, 'a link inside the target folder points outside it');
}

/** Real paths of recent roots (a folder job's files all share one). */
const realRoots = new Map<string, string>();

/**
 * The root's real path, remembered: one realpath per file instead of two. Remembering cannot let a write
 * out: the parent is still resolved afresh each time, so if the root is later swapped for a link, its files
 * resolve through the link to somewhere that is not inside the remembered real root (refused), unless the
 * link points back inside it — which is inside the target anyway.
 */
async function realRootOf(root: string): Promise<string> {
  const known = realRoots.get(root);
  if (known !== undefined) return known;
  const real = await realpath(root);
  rememberRoot(root, real);
  return real;
}

function rememberRoot(root: string, real: string): void {
  if (realRoots.size >= 32) realRoots.clear();
  realRoots.set(root, real);
}

function unsafePath(name: string, reason: string): TransferFailure {
  return new TransferFailure('PATH_UNSAFE', `Refused the remote name ${JSON.stringify(name)}: ${reason}.`);
}

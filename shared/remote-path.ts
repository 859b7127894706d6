/**
 * Remote paths are POSIX-like on almost every server (RFC 959 leaves them opaque; PWD names them). These
 * helpers treat `/` as the separator and never touch a path that does not start with one (VMS, MVS), so
 * such servers still work, just without a computed parent.
 */

/** The parent of an absolute remote path: `/a/b` → `/a`, `/a` → `/`, `/` → null; null when not absolute. */
export function remoteParent(path: string): string | null {
  if (!path.startsWith('/')) return null;
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return null;
  const cut = trimmed.lastIndexOf('/');
  return cut <= 0 ? '/' : trimmed.slice(0, cut);
}

/** Joins a folder and a name with exactly one `/` between them. */
export function remoteJoin(folder: string, name: string): string {
  return folder.endsWith('/') ? `${folder}${name}` : `${folder}/${name}`;
}

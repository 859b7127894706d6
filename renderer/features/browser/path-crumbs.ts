/** One breadcrumb: what it says and the absolute path it opens. */
export interface Crumb {
  readonly label: string;
  readonly path: string;
}

/**
 * Splits an absolute path into breadcrumbs, for POSIX ("/home/ann") and Windows ("C:\\Users\\ann",
 * "\\\\server\\share\\dir") paths alike, since the same renderer runs on every platform.
 */
export function pathCrumbs(path: string): Crumb[] {
  const windows = /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
  if (!windows) {
    const parts = path.split('/').filter((part) => part !== '');
    const crumbs: Crumb[] = [{ label: '/', path: '/' }];
    let current = '';
    for (const part of parts) {
      current += `/${part}`;
      crumbs.push({ label: part, path: current });
    }
    return crumbs;
  }
  const unc = path.startsWith('\\\\');
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  // The root is the drive ("C:\\") or, for UNC paths, the server and share together.
  const rootParts = unc ? parts.slice(0, 2) : parts.slice(0, 1);
  const rootPath = unc ? `\\\\${rootParts.join('\\')}\\` : `${rootParts[0] ?? ''}\\`;
  const crumbs: Crumb[] = [{ label: unc ? rootPath.slice(0, -1) : rootPath, path: rootPath }];
  let current = rootPath;
  for (const part of parts.slice(rootParts.length)) {
    current = current.endsWith('\\') ? `${current}${part}` : `${current}\\${part}`;
    crumbs.push({ label: part, path: current });
  }
  return crumbs;
}

/** The last segment of a path ("" for a root). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  const last = parts.at(-1) ?? '';
  return /^[A-Za-z]:$/.test(last) && parts.length === 1 ? '' : last;
}

/** Joins a child name onto a folder path with the folder's own separator (POSIX or Windows). */
export function joinPath(folder: string, name: string): string {
  const separator = /^[A-Za-z]:\\|^\\\\/.test(folder) ? '\\' : '/';
  return folder.endsWith(separator) ? `${folder}${name}` : `${folder}${separator}${name}`;
}

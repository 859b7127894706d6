// Rules for local paths and names that main, the contract and the renderer all apply. No zod here: the
// renderer imports this and must not pull zod into its bundle.

/** Windows-style paths ("C:\\Users", "\\\\server\\share"), whatever system the check runs on. */
export function isWindowsLocalPath(path: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

/** An absolute path on POSIX ("/home/ann") or Windows (a drive or UNC path). */
export function isAbsoluteLocalPath(path: string): boolean {
  return path.startsWith('/') || isWindowsLocalPath(path);
}

/** Most file systems cap one name at 255 bytes (ext4, APFS) or UTF-16 units (NTFS); bytes is the stricter. */
const maxNameBytes = 255;

/**
 * Why `name` cannot be one entry's name inside a local folder, or null when it can. A single name only: no
 * separator of either system (so a rename or a new folder can never leave its folder), no "." or "..", no
 * NUL or line breaks. Mirrors checkEntryName in renderer/features/remote/remote-actions.ts, plus "\\".
 */
export function localNameProblem(name: string): string | null {
  if (name === '') return 'Enter a name.';
  if (name === '.' || name === '..') return 'That name is reserved.';
  if (/[/\\\r\n\0]/.test(name)) return 'A name cannot contain “/”, “\\” or line breaks.';
  if (utf8Length(name) > maxNameBytes) return 'That name is too long.';
  return null;
}

/** Bytes of `text` in UTF-8, counted by hand: shared/ has no TextEncoder type (neither DOM nor Node types). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0;
    bytes += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
  }
  return bytes;
}

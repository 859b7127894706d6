/** Who a permission applies to, in the order `ls -l` prints them. */
export const permissionClasses = ['owner', 'group', 'others'] as const;
export type PermissionClass = (typeof permissionClasses)[number];

/** The three bits of one class. */
export const permissionKinds = ['read', 'write', 'execute'] as const;
export type PermissionKind = (typeof permissionKinds)[number];

/** The nine checkboxes of the chmod dialog. */
export type PermissionBits = Readonly<Record<PermissionClass, Readonly<Record<PermissionKind, boolean>>>>;

const kindValue: Record<PermissionKind, number> = { read: 4, write: 2, execute: 1 };
const classShift: Record<PermissionClass, number> = { owner: 6, group: 3, others: 0 };

/** The checkboxes for a mode (only the low nine bits: setuid/setgid/sticky are left alone). */
export function modeToBits(mode: number): PermissionBits {
  const bits = {} as Record<PermissionClass, Record<PermissionKind, boolean>>;
  for (const who of permissionClasses) {
    const digit = (mode >> classShift[who]) & 7;
    bits[who] = { read: (digit & 4) !== 0, write: (digit & 2) !== 0, execute: (digit & 1) !== 0 };
  }
  return bits;
}

/** The mode the checkboxes mean. */
export function bitsToMode(bits: PermissionBits): number {
  let mode = 0;
  for (const who of permissionClasses) {
    for (const kind of permissionKinds) {
      if (bits[who][kind]) mode |= kindValue[kind] << classShift[who];
    }
  }
  return mode;
}

/** Three octal digits, as SITE CHMOD and people write them: 0o644 → "644". */
export function modeToOctal(mode: number): string {
  return (mode & 0o777).toString(8).padStart(3, '0');
}

/** "644" or "0755" → the mode; null for anything else (the dialog then keeps its checkboxes). */
export function octalToMode(text: string): number | null {
  const trimmed = text.trim();
  return /^0?[0-7]{3}$/.test(trimmed) ? Number.parseInt(trimmed, 8) : null;
}

/**
 * The mode an `ls -l` permission string shows ("-rw-r--r--", "drwxr-xr-x" or without the type letter), for
 * servers whose listing has no numeric mode. s/t count as execute set; S/T as not. Null when it is not one.
 */
export function permissionsToMode(text: string | null): number | null {
  if (text === null) return null;
  const core = text.length === 10 ? text.slice(1) : text;
  if (!/^([r-][w-][xsStT-]){3}$/.test(core)) return null;
  let mode = 0;
  for (let index = 0; index < 9; index += 1) {
    const char = core[index] ?? '-';
    const set = char !== '-' && char !== 'S' && char !== 'T';
    if (set) mode |= 1 << (8 - index);
  }
  return mode;
}

/** The symbolic form of a mode, "rw-r--r--", for the dialog's summary line. */
export function modeToSymbolic(mode: number): string {
  return permissionClasses
    .map((who) => {
      const digit = (mode >> classShift[who]) & 7;
      return `${digit & 4 ? 'r' : '-'}${digit & 2 ? 'w' : '-'}${digit & 1 ? 'x' : '-'}`;
    })
    .join('');
}

import type { FileInfo, FileType } from './file-info.js';
import { modeToString } from './permissions.js';

/**
 * `fact=value;fact=value; name` (RFC 3659 §7.2). Facts are packed without spaces, so the first `; ` ends them and
 * the rest of the line is the name, spaces and `;` included. A factless line is a single space and the name.
 */
const mlsdLine = /^((?:[^=;\s]+=[^;]*;)*) (.*)$/s;

/** `YYYYMMDDHHMMSS[.sss]`, always UTC (RFC 3659 §2.3). */
const timeVal = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{1,3}))?$/;

/** Case-insensitive `type` values; anything else (pure-ftpd's `unknown` for a fifo, `OS.unix=chr-…`) is unknown. */
const typeTable: ReadonlyArray<readonly [pattern: RegExp, type: FileType | 'skip']> = [
  [/^file$/i, 'file'],
  [/^dir$/i, 'directory'],
  [/^[cp]dir$/i, 'skip'],
  // pure-ftpd: `OS.unix=slink:target` (target may be empty); proftpd 1.3.8: `OS.unix=symlink`.
  [/^os\.unix=(?:slink|symlink)(?::|$)/i, 'symlink'],
];

/** Splits `a=b;C=d;` into lower-cased keys; a value keeps any `=` after the first (`type=OS.unix=slink:x`). */
function parseFacts(text: string): Record<string, string> {
  const facts: Record<string, string> = {};
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) facts[part.slice(0, eq).toLowerCase()] = part.slice(eq + 1);
  }
  return facts;
}

function parseTimeVal(text: string | undefined): Date | undefined {
  const m = text === undefined ? null : timeVal.exec(text);
  if (m === null) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const ms = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

function parseSize(text: string | undefined): number | undefined {
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
}

function symlinkTarget(typeValue: string): string | undefined {
  const colon = typeValue.indexOf(':');
  const target = colon < 0 ? '' : typeValue.slice(colon + 1);
  return target === '' ? undefined : target;
}

/**
 * One MLSD (or MLST) line → FileInfo. Returns undefined for `.`/`..` (`cdir`/`pdir`), for reply noise such as
 * `250-Listing /` that some servers mix into the data, and for anything that is not an MLSD line.
 */
export function parseMlsdLine(line: string): FileInfo | undefined {
  const m = mlsdLine.exec(line.endsWith('\r') ? line.slice(0, -1) : line);
  if (m === null) return undefined;
  const name = m[2] ?? '';
  if (name === '' || name.includes('\n')) return undefined;
  const facts = parseFacts(m[1] ?? '');
  const typeValue = facts['type'];
  const typeRow = typeValue === undefined ? undefined : typeTable.find(([pattern]) => pattern.test(typeValue));
  const type = typeRow?.[1] ?? 'unknown';
  if (type === 'skip') return undefined;

  const modeText = facts['unix.mode'];
  const mode = modeText !== undefined && /^[0-7]{1,5}$/.test(modeText) ? Number.parseInt(modeText, 8) : undefined;
  const size = parseSize(facts['size']) ?? parseSize(facts['sizd']);
  const modified = parseTimeVal(facts['modify']);
  const owner = facts['unix.ownername'] ?? facts['unix.owner'] ?? facts['unix.uid'];
  const group = facts['unix.groupname'] ?? facts['unix.group'] ?? facts['unix.gid'];
  const permissions = mode !== undefined ? modeToString(mode) : facts['perm'];
  const target = type === 'symlink' && typeValue !== undefined ? symlinkTarget(typeValue) : undefined;

  return {
    name,
    type,
    ...(size !== undefined && { size }),
    ...(modified !== undefined && { modified }),
    ...(permissions !== undefined && { permissions }),
    ...(mode !== undefined && { mode }),
    ...(owner !== undefined && { owner }),
    ...(group !== undefined && { group }),
    ...(target !== undefined && { target }),
    facts,
  };
}

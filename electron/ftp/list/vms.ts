import { wallTimeToDate } from './dates.js';
import type { FileInfo, ListParseOptions } from './file-info.js';
import { monthIndex } from './month-names.js';

/**
 * OpenVMS `DIRECTORY/SIZE/DATE/OWNER/PROTECTION` style, as the VMS FTP servers (TCPware, MultiNet, HP TCP/IP
 * Services) print it: `README.TXT;4   17/18   23-FEB-2001 10:05:01  [SYSTEM,ANON]  (RWED,RWED,RE,RE)`.
 * Owner and protection columns are optional; sizes are 512-byte blocks (used/allocated).
 */
const vmsLine =
  /^([^\s;]+);(\d+)\s+(\d+)(?:\/\d+)?\s+(\d{1,2})-([A-Za-z]{3})-(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s+\[([^\]]*)\])?(?:\s+\(([^)]*)\))?\s*$/;

/** A name too long for its column: VMS prints it alone and the rest of the entry on the next, indented line. */
const nameOnly = /^[^\s;]+;\d+$/;

/** True for a line that may be the first half of a wrapped VMS entry (a name alone): see joinVmsWrappedLines. */
export function mayWrapToNextLine(line: string): boolean {
  return nameOnly.test(line.endsWith('\r') ? line.slice(0, -1) : line);
}

/** Joins VMS entries that were wrapped over two lines, so each entry is one line for the per-line parsers. */
export function joinVmsWrappedLines(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const next = lines[i + 1];
    if (nameOnly.test(line) && next !== undefined && /^\s+\d/.test(next)) {
      joined.push(`${line} ${next.trimStart()}`);
      i += 1;
    } else {
      joined.push(line);
    }
  }
  return joined;
}

/**
 * One VMS LIST line → FileInfo, or undefined when the line is not one (`Directory …`, `Total of …`).
 * The name drops the `;version` and a directory's `.DIR` (VMS accepts `CWD NAME`); the size is left out because
 * blocks are not bytes and a wrong size would mislead a sync.
 */
export function parseVmsLine(line: string, options: ListParseOptions): FileInfo | undefined {
  const m = vmsLine.exec(line);
  if (m === null) return undefined;
  const [, rawName = '', , , day, monthText = '', year, hour, minute, second, owner, protection] = m;
  const month = monthIndex(monthText);
  if (month === undefined) return undefined;
  const modified = wallTimeToDate(
    {
      year: Number(year),
      month,
      day: Number(day),
      hour: Number(hour),
      minute: Number(minute),
      ...(second !== undefined && { second: Number(second) }),
    },
    options.serverUtcOffsetMinutes ?? 0,
  );
  if (modified === undefined) return undefined;
  const isDir = /\.DIR$/i.test(rawName);
  return {
    name: isDir ? rawName.slice(0, -4) : rawName,
    type: isDir ? 'directory' : 'file',
    modified,
    ...(second === undefined && { modifiedApproximate: true }),
    ...(protection !== undefined && { permissions: `(${protection})` }),
    ...(owner !== undefined && { owner: `[${owner}]` }),
  };
}

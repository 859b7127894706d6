import { resolveYearless, wallTimeToDate } from './dates.js';
import type { FileInfo, FileType, ListParseOptions } from './file-info.js';
import { monthIndex } from './month-names.js';
import { modeFromString } from './permissions.js';

/**
 * `ls -l` columns up to the size: type, nine permission characters with an optional ACL/xattr marker (`+`, `@`,
 * `.`), link count, owner, optional group (some servers print `ls -o`-style lines), and a size or a device's
 * `major, minor`.
 */
const head = String.raw`^([-dlbcpsD?])([-rwxsStT?]{9})[+.@]?\s+(\d+)\s+(\S+)\s+(?:(\S+)\s+)?(\d+|\d+,\s*\d+)\s+`;

/** Which regex group holds what in a date pattern; absent ones are not in that format. */
interface DateLayout {
  readonly pattern: string;
  readonly month: number;
  readonly day: number;
  readonly yearOrTime?: number;
  readonly year?: number;
  readonly time?: number;
}

/**
 * The date layouts, tried in order, each followed by exactly one space and the name (the name keeps its leading
 * and trailing spaces: vsftpd, proftpd, pure-ftpd and pyftpdlib all print `date name` with one space).
 */
const dateLayouts: readonly DateLayout[] = [
  // `Nov 20 12:00` or `Mar  4  2019`: GNU ls and every server above.
  { pattern: String.raw`(\S{3,5})\s+(\d{1,2})\s+(\d{1,2}:\d{2}|\d{4})`, month: 1, day: 2, yearOrTime: 3 },
  // `20 Nov 12:00`: day-first locales (some European NAS firmware).
  { pattern: String.raw`(\d{1,2})\.?\s+(\S{3,5})\s+(\d{1,2}:\d{2}|\d{4})`, month: 2, day: 1, yearOrTime: 3 },
  // `2019-03-04 05:06`: `ls --time-style=long-iso`, used by some embedded servers.
  { pattern: String.raw`(\d{4})-(\d{2})-(\d{2})\s+(\d{1,2}:\d{2})`, year: 1, month: 2, day: 3, time: 4 },
];

const compiled = dateLayouts.map((layout) => ({ layout, regex: new RegExp(`${head}${layout.pattern} (.*)$`, 's') }));

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const digitsOnly = /^\d+$/;

/** Permission strings repeat across a listing (`rw-r--r--`…): parse each distinct one once. */
const modeCache = new Map<string, number | undefined>();

function cachedMode(permissions: string): number | undefined {
  if (modeCache.has(permissions)) return modeCache.get(permissions);
  const mode = modeFromString(permissions);
  // Bounded: a hostile listing could print any number of distinct strings.
  if (modeCache.size < 8192) modeCache.set(permissions, mode);
  return mode;
}

const typeByChar: Readonly<Record<string, FileType>> = { '-': 'file', d: 'directory', l: 'symlink' };

/** Regex groups before a layout's own: the date groups are numbered from here (see `head`). */
const headGroups = 6;

function parseDate(layout: DateLayout, m: RegExpExecArray, options: ListParseOptions): Date | undefined {
  const offset = options.serverUtcOffsetMinutes ?? 0;
  const field = (group: number): string | undefined => m[headGroups + group];
  const monthText = field(layout.month) ?? '';
  const month = digitsOnly.test(monthText) ? Number(monthText) - 1 : monthIndex(monthText);
  const day = Number(field(layout.day));
  if (month === undefined) return undefined;
  const yearOrTime = layout.yearOrTime === undefined ? undefined : field(layout.yearOrTime);
  const timeText = layout.time === undefined ? yearOrTime : field(layout.time);
  const colon = timeText === undefined ? -1 : timeText.indexOf(':');
  if (timeText !== undefined && colon >= 0) {
    const hour = Number(timeText.slice(0, colon));
    const minute = Number(timeText.slice(colon + 1));
    if (layout.year !== undefined) {
      return wallTimeToDate({ year: Number(field(layout.year)), month, day, hour, minute }, offset);
    }
    return resolveYearless({ month, day, hour, minute }, options.now(), offset);
  }
  return wallTimeToDate({ year: Number(yearOrTime), month, day, hour: 0, minute: 0 }, offset);
}

/**
 * One Unix `ls -l` style LIST line → FileInfo, or undefined when the line is not one (`total 56`, blank lines,
 * other formats). Symlinks split `name -> target` at the first ` -> `; other types keep ` -> ` in the name.
 * Times are server-local without seconds, so they are marked approximate.
 */
export function parseUnixLine(line: string, options: ListParseOptions): FileInfo | undefined {
  for (const { layout, regex } of compiled) {
    const m = regex.exec(line);
    if (m === null) continue;
    const modified = parseDate(layout, m, options);
    if (modified === undefined) continue;
    const type = typeByChar[m[1] ?? ''] ?? 'unknown';
    let name = m[m.length - 1] ?? '';
    let target: string | undefined;
    const arrow = name.indexOf(' -> ');
    if (type === 'symlink' && arrow > 0) {
      target = name.slice(arrow + 4);
      name = name.slice(0, arrow);
    }
    if (name === '') return undefined;
    const permissions = m[2] ?? '';
    const mode = cachedMode(permissions);
    const sizeText = m[6] ?? '';
    // Built field by field (same key order as before) instead of spreading optional parts: a listing of
    // 100 000 lines spent more time in those temporary objects than in the regex.
    const entry: Mutable<FileInfo> = { name, type };
    if (digitsOnly.test(sizeText)) entry.size = Number(sizeText);
    entry.modified = modified;
    entry.modifiedApproximate = true;
    entry.permissions = permissions;
    if (mode !== undefined) entry.mode = mode;
    entry.owner = m[4] ?? '';
    if (m[5] !== undefined) entry.group = m[5];
    if (target !== undefined) entry.target = target;
    return entry;
  }
  return undefined;
}

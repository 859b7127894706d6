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

const typeByChar: Readonly<Record<string, FileType>> = { '-': 'file', d: 'directory', l: 'symlink' };

function parseDate(layout: DateLayout, fields: readonly string[], options: ListParseOptions): Date | undefined {
  const offset = options.serverUtcOffsetMinutes ?? 0;
  const monthText = fields[layout.month] ?? '';
  const month = /^\d+$/.test(monthText) ? Number(monthText) - 1 : monthIndex(monthText);
  const day = Number(fields[layout.day]);
  if (month === undefined) return undefined;
  const yearOrTime = layout.yearOrTime === undefined ? undefined : fields[layout.yearOrTime];
  const timeText = layout.time === undefined ? yearOrTime : fields[layout.time];
  if (timeText !== undefined && timeText.includes(':')) {
    const [hour, minute] = timeText.split(':').map(Number) as [number, number];
    if (layout.year !== undefined) {
      return wallTimeToDate({ year: Number(fields[layout.year]), month, day, hour, minute }, offset);
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
    const fields = m.slice(7);
    const modified = parseDate(layout, ['', ...fields], options);
    if (modified === undefined) continue;
    const type = typeByChar[m[1] ?? ''] ?? 'unknown';
    let name = fields[fields.length - 1] ?? '';
    let target: string | undefined;
    const arrow = name.indexOf(' -> ');
    if (type === 'symlink' && arrow > 0) {
      target = name.slice(arrow + 4);
      name = name.slice(0, arrow);
    }
    if (name === '') return undefined;
    const permissions = m[2] ?? '';
    const mode = modeFromString(permissions);
    const sizeText = m[6] ?? '';
    return {
      name,
      type,
      ...(/^\d+$/.test(sizeText) && { size: Number(sizeText) }),
      modified,
      modifiedApproximate: true,
      permissions,
      ...(mode !== undefined && { mode }),
      owner: m[4] ?? '',
      ...(m[5] !== undefined && { group: m[5] }),
      ...(target !== undefined && { target }),
    };
  }
  return undefined;
}

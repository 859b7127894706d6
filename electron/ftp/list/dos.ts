import { expandTwoDigitYear, wallTimeToDate } from './dates.js';
import type { FileInfo, ListParseOptions } from './file-info.js';

/**
 * IIS "MS-DOS" directory listing style: `11-20-26  12:00PM       <DIR>          name` or
 * `11-20-2026  12:00  1,234 name`. Date is month-first (IIS always prints US order), year two or four digits,
 * time 12-hour with AM/PM or 24-hour, then `<DIR>` or a size with or without thousands separators.
 */
const dosLine =
  /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})\s+(\d{1,2}):(\d{2})\s*([AaPp][Mm])?\s+(<DIR>|<JUNCTION>|\d[\d,.]*)\s+(.+)$/s;

function toHour24(hour: number, meridiem: string | undefined): number {
  if (meridiem === undefined) return hour;
  const pm = meridiem.toLowerCase() === 'pm';
  return (hour % 12) + (pm ? 12 : 0);
}

/**
 * One DOS/IIS LIST line → FileInfo, or undefined when the line is not one. The format separates the name by a
 * run of spaces, so a name's leading spaces cannot be told apart and are not kept; trailing spaces are.
 * Times are server-local without seconds, so they are marked approximate.
 */
export function parseDosLine(line: string, options: ListParseOptions): FileInfo | undefined {
  const m = dosLine.exec(line);
  if (m === null) return undefined;
  const [, month, day, yearText, hourText, minute, meridiem, sizeOrDir, name] = m;
  if (name === undefined || sizeOrDir === undefined || yearText === undefined) return undefined;
  const year = yearText.length === 2 ? expandTwoDigitYear(Number(yearText)) : Number(yearText);
  const hour = toHour24(Number(hourText), meridiem);
  const modified = wallTimeToDate(
    { year, month: Number(month) - 1, day: Number(day), hour, minute: Number(minute) },
    options.serverUtcOffsetMinutes ?? 0,
  );
  if (modified === undefined || (meridiem !== undefined && Number(hourText) > 12)) return undefined;
  const isDir = sizeOrDir.startsWith('<');
  return {
    name,
    type: isDir ? 'directory' : 'file',
    ...(!isDir && { size: Number(sizeOrDir.replace(/[,.]/g, '')) }),
    modified,
    modifiedApproximate: true,
  };
}

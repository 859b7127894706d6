const minuteMs = 60_000;
/** A year-less LIST date up to this far ahead of now is taken as this year: clocks drift and zones differ. */
const futureSlackMs = 24 * 60 * minuteMs;

/** A calendar date and wall-clock time as a server prints it, month 0-based. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second?: number;
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 1 && leap ? 29 : (monthDays[month] ?? 0);
}

/**
 * The instant in epoch ms, or undefined for fields that are not a real date. Ordinary fields are checked
 * arithmetically rather than by building a Date and reading it back (a 100 000-line listing parses every date
 * up to twice); odd ones (negative, fractional, years 0–99) take the Date round trip.
 */
function wallTimeToMs(year: number, month: number, day: number, hour: number, minute: number, second: number, offset: number): number | undefined {
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const ordinary =
    Number.isInteger(year) && year >= 100 && year <= 200_000 && Number.isInteger(month) && month >= 0 && month <= 11 &&
    Number.isInteger(day) && day >= 1 && hour >= 0 && minute >= 0 && second >= 0;
  const asUtc = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  if (ordinary) return day > daysInMonth(year, month) ? undefined : asUtc - offset * minuteMs;
  const check = new Date(asUtc);
  // Date.UTC rolls Feb 30 over to Mar 2: reject instead of silently moving the file's date.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month || check.getUTCDate() !== day) {
    return undefined;
  }
  return asUtc - offset * minuteMs;
}

/**
 * The instant for a server-local wall time, or undefined when the fields are not a real date (Feb 30, 25:00).
 * `utcOffsetMinutes` is what the server adds to UTC to get its local time.
 */
export function wallTimeToDate(wall: WallTime, utcOffsetMinutes = 0): Date | undefined {
  const ms = wallTimeToMs(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second ?? 0, utcOffsetMinutes);
  return ms === undefined ? undefined : new Date(ms);
}

/**
 * Resolves a year-less `ls -l` date (`Nov 20 12:00`): `ls` omits the year for times within about six months, so
 * the right year is the one giving the most recent such date that is not more than a day after `now`. Walks back
 * a few years so `Feb 29` lands on a leap year.
 */
export function resolveYearless(
  wall: Omit<WallTime, 'year'>,
  now: Date,
  utcOffsetMinutes = 0,
): Date | undefined {
  const latest = now.getTime() + futureSlackMs;
  const serverYear = new Date(now.getTime() + utcOffsetMinutes * minuteMs).getUTCFullYear();
  const { month, day, hour, minute } = wall;
  const second = wall.second ?? 0;
  for (let year = serverYear + 1; year >= serverYear - 8; year -= 1) {
    const candidate = wallTimeToMs(year, month, day, hour, minute, second, utcOffsetMinutes);
    if (candidate !== undefined && candidate <= latest) return new Date(candidate);
  }
  return undefined;
}

/** Expands a two-digit year as DOS/IIS listings print it: 70–99 → 19xx, 00–69 → 20xx (POSIX strptime's pivot). */
export function expandTwoDigitYear(year: number): number {
  return year < 70 ? 2000 + year : 1900 + year;
}

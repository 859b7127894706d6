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

/**
 * The instant for a server-local wall time, or undefined when the fields are not a real date (Feb 30, 25:00).
 * `utcOffsetMinutes` is what the server adds to UTC to get its local time.
 */
export function wallTimeToDate(wall: WallTime, utcOffsetMinutes = 0): Date | undefined {
  const { year, month, day, hour, minute } = wall;
  const second = wall.second ?? 0;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const asUtc = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  const check = new Date(asUtc);
  // Date.UTC rolls Feb 30 over to Mar 2: reject instead of silently moving the file's date.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month || check.getUTCDate() !== day) {
    return undefined;
  }
  return new Date(asUtc - utcOffsetMinutes * minuteMs);
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
  const serverYear = new Date(now.getTime() + utcOffsetMinutes * minuteMs).getUTCFullYear();
  for (let year = serverYear + 1; year >= serverYear - 8; year -= 1) {
    const candidate = wallTimeToDate({ ...wall, year }, utcOffsetMinutes);
    if (candidate !== undefined && candidate.getTime() <= now.getTime() + futureSlackMs) return candidate;
  }
  return undefined;
}

/** Expands a two-digit year as DOS/IIS listings print it: 70–99 → 19xx, 00–69 → 20xx (POSIX strptime's pivot). */
export function expandTwoDigitYear(year: number): number {
  return year < 70 ? 2000 + year : 1900 + year;
}

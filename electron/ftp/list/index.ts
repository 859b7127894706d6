import { parseDosLine } from './dos.js';
import { parseEplfLine } from './eplf.js';
import type { FileInfo, ListParseOptions } from './file-info.js';
import { parseMlsdLine } from './mlsd.js';
import { parseUnixLine } from './unix.js';
import { joinVmsWrappedLines, parseVmsLine } from './vms.js';

export type { FileInfo, FileType, ListParseOptions } from './file-info.js';
export { parseMlsdLine };
export { mayWrapToNextLine } from './vms.js';

/**
 * The LIST formats, most specific first: EPLF lines start with `+`, DOS lines with a digit, Unix with a type letter and
 * permissions, VMS with `NAME;version`, so at most one claims a line. Detection is per line because some servers mix formats (e.g. a `total` line).
 */
const listParsers: ReadonlyArray<(line: string, options: ListParseOptions) => FileInfo | undefined> = [
  parseEplfLine,
  parseUnixLine,
  parseDosLine,
  parseVmsLine,
];

/** Names a directory listing uses for the directory itself and its parent; never entries to show or recurse into. */
const selfOrParent = new Set(['.', '..']);

/**
 * Parses raw LIST lines (Unix `ls -l`, DOS/IIS, EPLF, VMS, auto-detected per line). Lines that match no format
 * (`total 56`, banners, blank lines) are skipped, never thrown on; `.` and `..` are dropped. Lines may keep a
 * trailing CR, which is removed.
 */
export function parseListLines(lines: readonly string[], options: ListParseOptions): FileInfo[] {
  // One clock reading per listing: year-less dates then resolve alike, and 100 000 lines make no 100 000 Dates.
  const now = options.now();
  const once: ListParseOptions = { ...options, now: () => now };
  const entries: FileInfo[] = [];
  const unterminated = lines.map((raw) => (raw.endsWith('\r') ? raw.slice(0, -1) : raw));
  for (const line of joinVmsWrappedLines(unterminated)) {
    if (line === '') continue;
    for (const parse of listParsers) {
      const entry = parse(line, once);
      if (entry !== undefined) {
        if (!selfOrParent.has(entry.name)) entries.push(entry);
        break;
      }
    }
  }
  return entries;
}

/** Parses the lines of an MLSD reply's data, dropping `.`/`..` and noise; see parseMlsdLine. */
export function parseMlsdLines(lines: readonly string[]): FileInfo[] {
  return lines.map(parseMlsdLine).filter((entry) => entry !== undefined);
}

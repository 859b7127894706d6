import type { FileInfo } from '../ftp/list/file-info.js';

/** One entry of `ferry ls --json`. */
export interface JsonEntry {
  readonly name: string;
  readonly type: FileInfo['type'];
  /** Bytes, or null when the listing does not say. */
  readonly size: number | null;
  /** ISO-8601 UTC, or null when the listing does not say. */
  readonly modified: string | null;
}

/** How the table shows times: in `timeZone` (an IANA name; default the user's own, like `ls`). */
export interface TableOptions {
  readonly timeZone?: string;
}

const typeWords: Readonly<Record<FileInfo['type'], string>> = { file: 'file', directory: 'dir', symlink: 'link', unknown: '?' };
const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** Folders first, then by name as people sort (case-insensitive, numbers by value). */
export function sortEntries(entries: readonly FileInfo[]): FileInfo[] {
  const rank = (entry: FileInfo): number => (entry.type === 'directory' ? 0 : 1);
  return [...entries].sort(
    (a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'en', { numeric: true, sensitivity: 'base' }) || (a.name < b.name ? -1 : 1),
  );
}

/** `ls --json`: one array, the same order as the table. */
export function formatJson(entries: readonly FileInfo[]): string {
  const rows: JsonEntry[] = sortEntries(entries).map((entry) => ({
    name: entry.name,
    type: entry.type,
    size: entry.size ?? null,
    modified: entry.modified === undefined || Number.isNaN(entry.modified.getTime()) ? null : entry.modified.toISOString(),
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** Bytes as people read them: `0 B`, `999 B`, `1.5 KiB`, `48 MiB` (three significant digits at most). */
export function humanSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = unit === 0 || value >= 100 ? String(Math.round(value)) : value.toFixed(value >= 10 ? 1 : 2).replace(/\.?0+$/, '');
  return `${text} ${units[unit]}`;
}

/**
 * A server chooses the names: control characters in them could move the cursor or recolour the terminal
 * (ESC sequences), so they are shown as `\xNN` instead.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function formatTime(date: Date | undefined, timeZone: string | undefined): string {
  if (date === undefined || Number.isNaN(date.getTime())) return '';
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

function displayName(entry: FileInfo): string {
  if (entry.type === 'directory') return `${printable(entry.name)}/`;
  if (entry.type === 'symlink' && entry.target !== undefined) return `${printable(entry.name)} -> ${printable(entry.target)}`;
  return printable(entry.name);
}

function summary(entries: readonly FileInfo[]): string {
  if (entries.length === 0) return '(empty folder)';
  const folders = entries.filter((entry) => entry.type === 'directory').length;
  const files = entries.filter((entry) => entry.type === 'file');
  const bytes = files.reduce((sum, entry) => sum + (entry.size ?? 0), 0);
  const counts = [
    folders > 0 ? `${folders} ${folders === 1 ? 'folder' : 'folders'}` : '',
    files.length > 0 ? `${files.length} ${files.length === 1 ? 'file' : 'files'} (${humanSize(bytes)})` : '',
    entries.length - folders - files.length > 0 ? `${entries.length - folders - files.length} other` : '',
  ];
  return counts.filter((text) => text !== '').join(', ');
}

/** The table of `ferry ls`: type, size (right-aligned), modified, name; then one summary line. */
export function formatTable(entries: readonly FileInfo[], options: TableOptions = {}): string {
  const sorted = sortEntries(entries);
  const rows = sorted.map((entry) => [
    typeWords[entry.type],
    entry.type === 'directory' || entry.size === undefined ? '-' : humanSize(entry.size),
    formatTime(entry.modified, options.timeZone) || '-',
    displayName(entry),
  ]);
  if (rows.length === 0) return `${summary(sorted)}\n`;
  const header = ['Type', 'Size', 'Modified', 'Name'];
  const all = [header, ...rows];
  const width = (column: number): number => Math.max(...all.map((row) => (row[column] ?? '').length));
  const [typeWidth, sizeWidth, timeWidth] = [width(0), width(1), width(2)];
  const lines = all.map(([type = '', size = '', time = '', name = '']) =>
    [type.padEnd(typeWidth), size.padStart(sizeWidth), time.padEnd(timeWidth), name].join('  '),
  );
  return `${lines.join('\n')}\n${summary(sorted)}\n`;
}

import type { EntryKind } from '../../../shared/local-entry.js';

const sizeUnits = ['KB', 'MB', 'GB', 'TB', 'PB'] as const;

/**
 * Bytes as people read them: "532 bytes", "1.2 KB", "14 MB". Binary steps (1024) with the familiar symbols,
 * like FileZilla's default, so sizes match what users compare against; one decimal below 10 units.
 */
export function formatSize(bytes: number): string {
  if (bytes < 1024) {
    return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  }
  let value = bytes / 1024;
  let unit = 0;
  // Round first, then step up: 1023.7 KB reads better as "1.0 MB" than "1024 KB".
  while (roundForDisplay(value) >= 1024 && unit < sizeUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = roundForDisplay(value);
  return `${shown < 10 ? shown.toFixed(1) : shown.toString()} ${sizeUnits[unit]}`;
}

// One formatter for the whole app: `number.toLocaleString()` builds a new one per call, which showed up as
// the most expensive part of rendering a row while scrolling.
const integerFormat = new Intl.NumberFormat();

/** A whole number with the locale's grouping ("1,234,567"), e.g. exact byte counts in tooltips. */
export function formatCount(value: number): string {
  return integerFormat.format(value);
}

function roundForDisplay(value: number): number {
  return value < 9.95 ? Math.round(value * 10) / 10 : Math.round(value);
}

const fullDateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const thisYearFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
const otherYearFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Locale formats for modification times; tests inject fixed ones. */
export interface ModifiedFormats {
  readonly thisYear: Intl.DateTimeFormat;
  readonly otherYear: Intl.DateTimeFormat;
}

const localeFormats: ModifiedFormats = { thisYear: thisYearFormat, otherYear: otherYearFormat };

/**
 * A modification time short enough for its column, as Finder and Files do: this year's dates with the time
 * ("Nov 21, 9:15 AM"), older ones with the year instead ("Mar 3, 2024"). Empty when there is no time.
 */
export function formatModified(
  epochMs: number | null,
  now: number = Date.now(),
  formats: ModifiedFormats = localeFormats,
): string {
  if (epochMs === null) {
    return '';
  }
  const sameYear = new Date(epochMs).getFullYear() === new Date(now).getFullYear();
  return (sameYear ? formats.thisYear : formats.otherYear).format(epochMs);
}

/** The full date and time in the user's locale, for tooltips. */
export function formatFullDateTime(epochMs: number | null): string {
  return epochMs === null ? '' : fullDateTime.format(epochMs);
}

/** The Type column: "Folder", "Link", or the extension as people say it ("TXT file"). */
export function typeLabel(name: string, kind: EntryKind): string {
  switch (kind) {
    case 'directory':
      return 'Folder';
    case 'symlink':
      return 'Link';
    case 'other':
      return 'Special';
    case 'file': {
      const dot = name.lastIndexOf('.');
      // ".bashrc" is a hidden name, not an extension.
      return dot > 0 && dot < name.length - 1 ? `${name.slice(dot + 1).toUpperCase()} file` : 'File';
    }
  }
}

/** Counts for a pane's status line: "3 folders, 5 files, 12.4 KB". */
export function summarize(entries: readonly { kind: EntryKind; size: number | null }[]): string {
  let folders = 0;
  let files = 0;
  let bytes = 0;
  for (const entry of entries) {
    if (entry.kind === 'directory') {
      folders += 1;
    } else {
      files += 1;
      bytes += entry.size ?? 0;
    }
  }
  const parts = [plural(folders, 'folder'), plural(files, 'file')];
  if (files > 0) {
    parts.push(formatSize(bytes));
  }
  return parts.join(', ');
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;
}

/** A pane's status line: counts, then what the selection, hidden toggle and filter leave out. */
export function paneStatus(view: {
  readonly visible: readonly { kind: EntryKind; size: number | null }[];
  readonly selectedRows: readonly unknown[];
  readonly hiddenCount: number;
  readonly filteredOut: number;
}): string {
  const parts = [summarize(view.visible)];
  if (view.selectedRows.length > 1) {
    parts.push(`${view.selectedRows.length.toLocaleString()} selected`);
  }
  if (view.filteredOut > 0) parts.push(`${view.filteredOut.toLocaleString()} filtered out`);
  if (view.hiddenCount > 0) parts.push(`${view.hiddenCount.toLocaleString()} hidden`);
  return parts.join(' · ');
}

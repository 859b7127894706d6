import type { EntryKind } from '../../../shared/local-entry.js';
import { typeLabel } from './format.js';
import { naturalKey, sortStable, type ProxyOrder } from './sort-fast.js';

/** The columns a pane can sort by. */
export type SortKey = 'name' | 'size' | 'type' | 'modified' | 'permissions' | 'owner';

/** A column and a direction; the pane's current order. */
export interface SortOrder {
  readonly key: SortKey;
  readonly direction: 'ascending' | 'descending';
}

/** The fields sorting needs; local and (later) remote entries both have them. */
export interface SortableEntry {
  readonly name: string;
  readonly kind: EntryKind;
  /** Null when a remote listing does not say (MLSD folders). */
  readonly size: number | null;
  readonly modified: number | null;
  /** Remote listings only; local entries leave them out. */
  readonly permissions?: string | null;
  readonly owner?: string | null;
}

// Numeric collation puts "file2" before "file10", as file managers do.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const compareBy: Record<SortKey, (a: SortableEntry, b: SortableEntry) => number> = {
  name: (a, b) => collator.compare(a.name, b.name),
  size: (a, b) => (a.size ?? 0) - (b.size ?? 0),
  type: (a, b) => collator.compare(typeLabel(a.name, a.kind), typeLabel(b.name, b.kind)),
  modified: (a, b) => (a.modified ?? -Infinity) - (b.modified ?? -Infinity),
  permissions: (a, b) => collator.compare(a.permissions ?? '', b.permissions ?? ''),
  owner: (a, b) => collator.compare(a.owner ?? '', b.owner ?? ''),
};

/**
 * A sorted copy: folders always first (whatever the direction, as FileZilla and Finder do), then by the
 * chosen column, ties broken by name so the order is stable across refreshes.
 */
export function sortEntries<E extends SortableEntry>(entries: readonly E[], order: SortOrder): E[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  const primary = compareBy[order.key];
  const compare = (a: E, b: E): number => {
    const folders = Number(b.kind === 'directory') - Number(a.kind === 'directory');
    if (folders !== 0) {
      return folders;
    }
    return sign * primary(a, b) || sign * compareBy.name(a, b);
  };
  return sortStable(entries, compare, proxyOrder(order.key, sign));
}

const proxyValues: Partial<Record<SortKey, (entry: SortableEntry) => number>> = {
  size: (entry) => entry.size ?? 0,
  // -Infinity would make two undated entries NaN apart; the collator order then decides, as in compareBy.
  modified: (entry) => entry.modified ?? -Number.MAX_VALUE,
};

/** The cheap stand-in order sortStable tries for the columns where one is easy: name, size, modified. */
function proxyOrder(key: SortKey, sign: 1 | -1): ProxyOrder<SortableEntry> | undefined {
  if (key !== 'name' && proxyValues[key] === undefined) return undefined;
  const value = proxyValues[key];
  return {
    group: (entry) => (entry.kind === 'directory' ? 0 : 1),
    ...(value === undefined ? {} : { value }),
    key: (entry) => naturalKey(entry.name),
    sign,
  };
}

/** Clicking a column: the same column flips direction, a new one starts ascending (size and date descending). */
export function nextSortOrder(current: SortOrder, key: SortKey): SortOrder {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: key === 'size' || key === 'modified' ? 'descending' : 'ascending' };
}

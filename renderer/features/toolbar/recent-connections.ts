import type { SiteProtocol } from '../../../shared/site.js';

/** A connection quick connect remembers: where and as whom, NEVER the password. */
export interface RecentConnection {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly protocol: SiteProtocol;
}

/** The storage key; versioned so a later shape can start afresh. */
export const recentStorageKey = 'ferry.recent-connections.v1';

/** Enough to find yesterday's server without turning into a second site manager. */
export const maxRecent = 8;

const protocols: readonly string[] = ['ftp', 'ftpes-required', 'ftpes-if-available', 'ftps-implicit'];

/**
 * Copies only the four allowed fields: whatever object comes in (a connect request with its password, a
 * tampered storage entry), nothing else is ever kept. Null when the fields are not sane.
 */
export function toRecent(value: unknown): RecentConnection | null {
  if (typeof value !== 'object' || value === null) return null;
  const { host, port, user, protocol } = value as Record<string, unknown>;
  if (typeof host !== 'string' || host === '' || typeof user !== 'string') return null;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65_535) return null;
  if (typeof protocol !== 'string' || !protocols.includes(protocol)) return null;
  return { host, port, user, protocol: protocol as SiteProtocol };
}

function sameTarget(a: RecentConnection, b: RecentConnection): boolean {
  return a.host.toLowerCase() === b.host.toLowerCase() && a.port === b.port && a.user === b.user;
}

/** The list after a successful connect: that connection first, its older copy gone, at most `maxRecent`. */
export function rememberConnection(list: readonly RecentConnection[], connection: unknown): RecentConnection[] {
  const entry = toRecent(connection);
  if (entry === null) return [...list];
  return [entry, ...list.filter((item) => !sameTarget(item, entry))].slice(0, maxRecent);
}

/** Reads the list; a missing or corrupt entry is an empty list, never an error. */
export function loadRecent(storage: Pick<Storage, 'getItem'>): RecentConnection[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(recentStorageKey) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.map(toRecent).filter((item): item is RecentConnection => item !== null).slice(0, maxRecent);
  } catch {
    return [];
  }
}

/** Writes the list (through toRecent again, so nothing but the four fields reaches storage). */
export function saveRecent(storage: Pick<Storage, 'setItem'>, list: readonly RecentConnection[]): void {
  try {
    storage.setItem(recentStorageKey, JSON.stringify(list.map(toRecent).filter((item) => item !== null)));
  } catch {
    // Storage full or disabled: recent connections are a convenience, not worth an error.
  }
}

/** How the dropdown names an entry: "ann@ftp.example.com:2121". */
export function recentLabel(entry: RecentConnection): string {
  const host = entry.host.includes(':') ? `[${entry.host}]` : entry.host;
  const port = entry.port === (entry.protocol === 'ftps-implicit' ? 990 : 21) ? '' : `:${entry.port}`;
  return `${entry.user === '' ? '' : `${entry.user}@`}${host}${port}`;
}

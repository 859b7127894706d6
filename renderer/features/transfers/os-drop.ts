import type { EntryKind } from '../../../shared/local-entry.js';
import type { PageFile } from '../../../shared/ipc-contract.js';
import type { Result } from '../../../shared/result.js';
import { pathCrumbs } from '../browser/path-crumbs.js';
import type { PaneItem } from './enqueue.js';

/** Dropped files grouped by the local folder they sit in (a file manager drag usually comes from one). */
export interface DropGroup {
  readonly folder: string;
  readonly names: readonly string[];
}

/** What to do with files dropped from the operating system on the remote pane. */
export type OsDropPlan =
  /** The bridge cannot tell local paths (the web shell in a browser): say the desktop app does this. */
  | { readonly kind: 'needs-desktop' }
  /** The drag said it carried files, but the drop held none (some apps drag other things as 'Files'). */
  | { readonly kind: 'empty' }
  /** Upload each group's names from its folder; `unreadable` files had no path (e.g. made by a script). */
  | { readonly kind: 'upload'; readonly groups: readonly DropGroup[]; readonly unreadable: readonly string[] };

const displayName = (file: PageFile): string => (file.name === '' ? 'a dropped item' : file.name);

/** The absolute path of a dropped file, '' when the bridge has none or refuses it. */
function pathOf(file: PageFile, pathForFile: (file: PageFile) => string): string {
  try {
    const path = pathForFile(file);
    return typeof path === 'string' ? path : '';
  } catch {
    return '';
  }
}

/**
 * Plans an OS drop: each file's absolute path (through the bridge) split into its folder and name. Without
 * `pathForFile` (a browser) nothing can be uploaded. A path that is not absolute, or a whole drive or root
 * (no folder to upload it from, nothing to name it by), counts as unreadable.
 */
export function planOsDrop(files: readonly PageFile[], pathForFile: ((file: PageFile) => string) | undefined): OsDropPlan {
  if (pathForFile === undefined) return { kind: 'needs-desktop' };
  if (files.length === 0) return { kind: 'empty' };
  const groups = new Map<string, string[]>();
  const unreadable: string[] = [];
  for (const file of files) {
    const path = pathOf(file, pathForFile);
    const crumbs = /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path) ? pathCrumbs(path) : [];
    const parent = crumbs.at(-2);
    const own = crumbs.at(-1);
    if (parent === undefined || own === undefined) {
      unreadable.push(displayName(file));
      continue;
    }
    const names = groups.get(parent.path) ?? [];
    if (!names.includes(own.label)) names.push(own.label);
    groups.set(parent.path, names);
  }
  return { kind: 'upload', groups: [...groups].map(([folder, names]) => ({ folder, names })), unreadable };
}

/**
 * Turns dropped names into upload items from their folder's listing, deciding file vs folder exactly as the
 * local pane does (a 'directory' entry uploads recursively). Names the listing lacks went missing.
 */
export function itemsFromListing(
  names: readonly string[],
  entries: readonly { readonly name: string; readonly kind: EntryKind }[],
): { items: PaneItem[]; missing: string[] } {
  const kinds = new Map(entries.map((entry) => [entry.name, entry.kind]));
  const items: PaneItem[] = [];
  const missing: string[] = [];
  for (const name of names) {
    const kind = kinds.get(name);
    if (kind === undefined) missing.push(name);
    else items.push({ name, folder: kind === 'directory' });
  }
  return { items, missing };
}

/** How an OS drop went: what could not be uploaded, and why. */
export interface DropReport {
  /** Nothing was tried: the bridge cannot tell paths, or the drop held no files. */
  readonly skipped: 'needs-desktop' | 'empty' | null;
  /** Dropped but without a local path. */
  readonly unreadable: readonly string[];
  /** Had a path, but its folder could not be listed or no longer holds it. */
  readonly missing: readonly string[];
  /** The queue's refusal, when enqueueing failed. */
  readonly error: string | null;
}

/** What carrying out a plan needs: main's local listing, and the queue. */
export interface DropDeps {
  listFolder(folder: string): Promise<Result<{ readonly entries: readonly { readonly name: string; readonly kind: EntryKind }[] }>>;
  upload(folder: string, items: readonly PaneItem[]): Promise<string | null>;
}

/** Carries out a plan: lists each folder the files came from and enqueues their uploads (folders recursively). */
export async function runOsDrop(plan: OsDropPlan, deps: DropDeps): Promise<DropReport> {
  if (plan.kind !== 'upload') return { skipped: plan.kind, unreadable: [], missing: [], error: null };
  const missing: string[] = [];
  let error: string | null = null;
  for (const group of plan.groups) {
    const listing = await deps.listFolder(group.folder).catch(() => null);
    if (listing === null || !listing.ok) {
      missing.push(...group.names);
      continue;
    }
    const found = itemsFromListing(group.names, listing.value.entries);
    missing.push(...found.missing);
    if (found.items.length > 0) error = (await deps.upload(group.folder, found.items)) ?? error;
  }
  return { skipped: null, unreadable: plan.unreadable, missing, error };
}

/** “a”, “a” and “b”, or “a”, “b” and 3 more. */
function nameList(names: readonly string[]): string {
  const quoted = names.map((name) => `“${name}”`);
  if (quoted.length <= 2) return quoted.join(' and ');
  return `${quoted.slice(0, 2).join(', ')} and ${quoted.length - 2} more`;
}

const pronoun = (names: readonly string[]) => (names.length === 1 ? { it: 'it', was: 'it was' } : { it: 'them', was: 'they were' });

/** The notice an OS drop leaves on the remote pane; null when everything was queued. */
export function dropReportText(report: DropReport): string | null {
  if (report.skipped === 'needs-desktop') {
    return 'Dropping files from your computer works in the Ferry desktop app. In the browser, drag them from the Local pane (left) instead.';
  }
  if (report.skipped === 'empty') return 'Nothing to upload: the drop held no files.';
  const parts: string[] = [];
  const { unreadable, missing } = report;
  if (unreadable.length > 0) {
    const { it, was } = pronoun(unreadable);
    parts.push(`Could not read the path of ${nameList(unreadable)} on this computer, so ${was} not uploaded. Drag ${it} from the Local pane (left) instead.`);
  }
  if (missing.length > 0) parts.push(`Could not find ${nameList(missing)} on this computer any more, so ${pronoun(missing).was} not uploaded.`);
  if (report.error !== null) parts.push(report.error);
  return parts.length === 0 ? null : parts.join(' ');
}

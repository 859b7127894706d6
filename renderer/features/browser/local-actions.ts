import type { AppError } from '../../../shared/errors.js';
import type { FerryBridge } from '../../../shared/ipc-contract.js';
import { localNameProblem } from '../../../shared/local-path.js';
import type { Result } from '../../../shared/result.js';
import type { DeleteItem, DeleteOutcome } from '../remote/remote-actions.js';
import type { FileRow } from './file-row.js';
import { joinPath } from './path-crumbs.js';

/**
 * A name typed for a new local folder or a rename; null when fine, else why not. The same rules main applies
 * (shared/local-path.ts: one name, no "/" or "\\"), plus the names already in the folder.
 */
export function checkLocalEntryName(name: string, existing: readonly string[], current?: string): string | null {
  const trimmed = name.trim();
  const problem = localNameProblem(trimmed);
  if (problem !== null) return problem;
  if (trimmed !== current && existing.includes(trimmed)) return `“${trimmed}” already exists here.`;
  return null;
}

/** What a failed local call says in a dialog: main's message is written for people and names the path. */
export function localFailureText(error: AppError): string {
  return error.message;
}

/** Turns a bridge that rejected (a broken transport) into a Result like any other failure. */
export function bridgeDown(cause: unknown): Result<never> {
  // An AppError literal: shared/errors.js would pull zod into the bundle.
  return { ok: false, error: { code: 'INTERNAL', message: 'The bridge did not answer.', detail: String(cause) } };
}

/**
 * Deletes local entries with `local:delete`, one after the other; a folder goes with everything in it (main
 * never follows links). Every item gets an outcome, so one failure does not stop the rest.
 */
export async function deleteLocalEntries(bridge: FerryBridge, folder: string, items: readonly DeleteItem[]): Promise<DeleteOutcome[]> {
  const outcomes: DeleteOutcome[] = [];
  for (const item of items) {
    const result = await bridge.invoke('local:delete', { path: joinPath(folder, item.name) }).catch(bridgeDown);
    outcomes.push(result.ok ? { name: item.name } : { name: item.name, error: result.error });
  }
  return outcomes;
}

/**
 * The row to land on once `names` are deleted: the first survivor after the last deleted row, else the
 * nearest one before, so the keyboard keeps its place in the list. Null when nothing is left.
 */
export function rowAfterDelete(rows: readonly FileRow[], names: readonly string[]): string | null {
  const gone = new Set(names);
  const indexes = rows.flatMap((row, index) => (row.kind !== 'parent' && gone.has(row.name) ? [index] : []));
  const last = indexes.at(-1);
  const first = indexes[0];
  if (last === undefined || first === undefined) return null;
  const survivor = (row: FileRow | undefined) => row !== undefined && row.kind !== 'parent' && !gone.has(row.name);
  const after = rows.slice(last + 1).find(survivor);
  if (after !== undefined) return after.name;
  return rows.slice(0, first).reverse().find(survivor)?.name ?? null;
}

import type { AppError } from '../../../shared/errors.js';
import type { FerryBridge } from '../../../shared/ipc-contract.js';
import { remoteJoin } from '../../../shared/remote-path.js';
import type { Result } from '../../../shared/result.js';

/** A name the user typed for a new folder or a rename; null when fine, else why not. */
export function checkEntryName(name: string, existing: readonly string[], current?: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'Enter a name.';
  if (trimmed === '.' || trimmed === '..') return 'That name is reserved.';
  if (/[/\r\n\0]/.test(trimmed)) return 'A name cannot contain “/” or line breaks.';
  if (trimmed !== current && existing.includes(trimmed)) return `“${trimmed}” already exists here.`;
  return null;
}

/** What deleting one entry came to. */
export interface DeleteOutcome {
  readonly name: string;
  readonly error?: AppError;
  /** A folder that still has content: not touched (recursive delete comes with the transfer queue). */
  readonly notEmpty?: boolean;
}

/** An entry to delete: its name and whether it is a folder. */
export interface DeleteItem {
  readonly name: string;
  readonly folder: boolean;
}

const bridgeDown = (cause: unknown): Result<never> => ({
  ok: false,
  error: { code: 'INTERNAL', message: 'The bridge did not answer', detail: String(cause) },
});

/**
 * Deletes files with `remote:delete` and empty folders with `remote:rmdir`, one after the other. A folder is
 * listed first: one with content is left alone and reported as not empty, because deleting a tree needs the
 * transfer queue's recursive walk (a later version) and a half-deleted folder would be worse than none.
 */
export async function deleteEntries(
  bridge: FerryBridge,
  sessionId: string,
  folder: string,
  items: readonly DeleteItem[],
): Promise<DeleteOutcome[]> {
  const outcomes: DeleteOutcome[] = [];
  for (const item of items) {
    const path = remoteJoin(folder, item.name);
    if (item.folder) {
      const listed = await bridge.invoke('remote:list', { sessionId, path }).catch(bridgeDown);
      if (listed.ok && listed.value.rows.some(([name]) => name !== '.' && name !== '..')) {
        outcomes.push({ name: item.name, notEmpty: true });
        continue;
      }
    }
    const result = await bridge.invoke(item.folder ? 'remote:rmdir' : 'remote:delete', { sessionId, path }).catch(bridgeDown);
    outcomes.push(result.ok ? { name: item.name } : { name: item.name, error: result.error });
  }
  return outcomes;
}

import { stat, unlink } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { renamedCandidate } from './exists-decision.js';

/** The temporary name a download is written under until complete: `name.part`, in the same folder. */
export function partPathOf(localPath: string): string {
  return `${localPath}.part`;
}

/** stat, or undefined when nothing is there. */
export async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Removes a file if present; never throws (cleanup after a failure must not hide the failure). */
export async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}

/** The first `name (n).ext` beside `localPath` that does not exist yet. */
export async function freeLocalName(localPath: string): Promise<string> {
  for (let n = 1; n < 10_000; n += 1) {
    const candidate = join(dirname(localPath), renamedCandidate(basename(localPath), n));
    if ((await statOrUndefined(candidate)) === undefined) return candidate;
  }
  throw new Error(`No free name beside ${localPath}`);
}

import { copyFile, readFile, rename, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { fsyncDirectory } from './atomic-write.js';
import { currentStoreVersion, emptyStoreFile, type StoreFile, upgradeStoreFile } from './store-file.js';

/** Told to the user once after start: what went wrong with their site file and where the old bytes are. */
export interface RecoveryNotice {
  readonly message: string;
  /** Where the unreadable (or pre-upgrade) file was kept; absent when it could not be moved. */
  readonly backupPath?: string;
}

/** The outcome of reading `sites.json`. */
export interface LoadedStore {
  readonly file: StoreFile;
  readonly notice?: RecoveryNotice;
  /** Set when the old file could not be moved aside: saving would overwrite it, so the store must not. */
  readonly readOnlyReason?: string;
  /** The file was upgraded from an older format and should be written back. */
  readonly needsSave: boolean;
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

async function freeName(base: string): Promise<string> {
  for (let n = 0; ; n += 1) {
    const candidate = n === 0 ? base : `${base}-${n}`;
    const taken = await stat(candidate).then(
      () => true,
      () => false,
    );
    if (!taken) return candidate;
  }
}

async function moveAside(path: string, reason: string, now: Date): Promise<LoadedStore> {
  const name = basename(path);
  try {
    const backupPath = await freeName(`${path}.corrupt-${stamp(now)}`);
    await rename(path, backupPath);
    await fsyncDirectory(dirname(path));
    return {
      file: emptyStoreFile(),
      needsSave: false,
      notice: {
        message: `Your site list (${name}) could not be read: ${reason} It was kept as ${basename(backupPath)} and Ferry started with an empty site list.`,
        backupPath,
      },
    };
  } catch (error) {
    const why = `Your site list (${name}) could not be read (${reason}) and could not be moved aside (${(error as Error).message}). Ferry will not save site changes until the file is fixed or removed.`;
    return { file: emptyStoreFile(), needsSave: false, notice: { message: why }, readOnlyReason: why };
  }
}

/**
 * Reads and upgrades `sites.json`. A missing file is an empty store. A file that cannot be read, parsed or
 * validated is renamed to `sites.json.corrupt-<time>` with a notice — never emptied or overwritten in place.
 * An older format is upgraded, and the original is copied to `sites.json.v<n>-backup-<time>` first.
 */
export async function loadStoreFile(path: string, now: () => Date): Promise<LoadedStore> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { file: emptyStoreFile(), needsSave: false };
    return moveAside(path, `reading it failed (${code ?? (error as Error).message}).`, now());
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return moveAside(path, `it is not valid JSON (${(error as Error).message}).`, now());
  }
  try {
    const { file, fromVersion } = upgradeStoreFile(document);
    if (fromVersion === currentStoreVersion) return { file, needsSave: false };
    const backupPath = await freeName(`${path}.v${fromVersion}-backup-${stamp(now())}`);
    await copyFile(path, backupPath);
    return {
      file,
      needsSave: true,
      notice: {
        message: `Your site list was upgraded from format ${fromVersion} to ${currentStoreVersion}; the old file was kept as ${basename(backupPath)}.`,
        backupPath,
      },
    };
  } catch (error) {
    return moveAside(path, (error as Error).message, now());
  }
}

import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../sites/atomic-write.js';

/** What one publish sent for one file, so the next compare is exact even where the server's times are not. */
export interface ManifestEntry {
  /** Local size and time (ms) when it was sent. */
  readonly size: number;
  readonly modified: number;
  /** What the server's listing said right after (remoteModified missing until the folder was listed again). */
  readonly remoteSize: number;
  readonly remoteModified?: number;
  /** Hex digest of the content, when --checksum computed one ("algorithm:hex"). */
  readonly hash?: string;
}

/** The manifest file of one site's remote folder. */
export interface PublishManifest {
  readonly version: 1;
  readonly site: string;
  readonly remoteRoot: string;
  readonly files: Record<string, ManifestEntry>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isTime = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value);

/** One entry as read from disk, or undefined when any field is missing or of the wrong kind. */
export function readManifestEntry(value: unknown): ManifestEntry | undefined {
  if (!isObject(value) || !isCount(value.size) || !isTime(value.modified) || !isCount(value.remoteSize)) return undefined;
  if (value.remoteModified !== undefined && !isTime(value.remoteModified)) return undefined;
  if (value.hash !== undefined && typeof value.hash !== 'string') return undefined;
  // Checked field by field above; extra fields from a newer Ferry are harmless and written back as they came.
  return value as unknown as ManifestEntry;
}

/**
 * Checks a parsed manifest file by hand rather than with zod: the CLI's compare would otherwise load zod for
 * this one file (~30 ms of a 0.45 s no-change publish). Any malformed entry rejects the whole file.
 */
export function readManifest(value: unknown): PublishManifest | undefined {
  if (!isObject(value) || value.version !== 1 || typeof value.site !== 'string' || typeof value.remoteRoot !== 'string' || !isObject(value.files)) return undefined;
  // No prototype: a site may well hold a file named `__proto__`.
  const files: Record<string, ManifestEntry> = Object.create(null) as Record<string, ManifestEntry>;
  for (const [path, raw] of Object.entries(value.files)) {
    const entry = readManifestEntry(raw);
    if (entry === undefined) return undefined;
    files[path] = entry;
  }
  return { version: 1, site: value.site, remoteRoot: value.remoteRoot, files };
}

/** `FERRY_USER_DATA/publish-manifests`, else `~/.config/ferry/publish-manifests` (the CLI's default). */
export function defaultManifestFolder(env: Readonly<Record<string, string | undefined>>): string {
  const base = env.FERRY_USER_DATA ?? join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'ferry');
  return join(base, 'publish-manifests');
}

/** One file per site and remote folder; the name is a digest so any host or path is a safe file name. */
export function manifestPath(folder: string, site: string, remoteRoot: string): string {
  const digest = createHash('sha256').update(`${site}\n${remoteRoot}`).digest('hex').slice(0, 32);
  return join(folder, `${digest}.json`);
}

/** The manifest of a site's remote folder; empty when there is none yet, or it is unreadable (then every file is compared afresh). */
export async function loadManifest(folder: string, site: string, remoteRoot: string): Promise<PublishManifest> {
  const empty: PublishManifest = { version: 1, site, remoteRoot, files: {} };
  let text: string;
  try {
    text = await readFile(manifestPath(folder, site, remoteRoot), 'utf8');
  } catch {
    return empty;
  }
  let parsed: PublishManifest | undefined;
  try {
    parsed = readManifest(JSON.parse(text));
  } catch {
    return empty;
  }
  return parsed !== undefined && parsed.site === site && parsed.remoteRoot === remoteRoot ? parsed : empty;
}

/**
 * Keeps a manifest on disk while a publish runs: every change is written soon (one atomic write at a time,
 * changes made meanwhile go into the next), so an interrupted publish leaves a manifest that is at worst a
 * few files behind — and a missing entry only means that file is compared afresh.
 */
export class ManifestWriter {
  private readonly files: Record<string, ManifestEntry>;
  private writing: Promise<void> | undefined;
  private dirty = false;
  private failure: unknown;

  constructor(
    private readonly folder: string,
    private readonly manifest: PublishManifest,
  ) {
    this.files = Object.assign(Object.create(null) as Record<string, ManifestEntry>, manifest.files);
  }

  /** The entry of a path, if any. */
  get(path: string): ManifestEntry | undefined {
    return this.files[path];
  }

  /** Records (or replaces) a file's entry and schedules a write. */
  set(path: string, entry: ManifestEntry): void {
    this.files[path] = entry;
    this.schedule();
  }

  /** Forgets a path (deleted on the server) and schedules a write. */
  remove(path: string): void {
    if (!(path in this.files)) return;
    delete this.files[path];
    this.schedule();
  }

  /** Waits for every scheduled write; rethrows the first write failure. */
  async flush(): Promise<void> {
    while (this.writing !== undefined) await this.writing;
    if (this.failure !== undefined) throw this.failure;
  }

  private schedule(): void {
    this.dirty = true;
    this.writing ??= this.writeLoop().finally(() => {
      this.writing = undefined;
    });
  }

  private async writeLoop(): Promise<void> {
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    while (this.dirty) {
      this.dirty = false;
      const snapshot: PublishManifest = { ...this.manifest, files: { ...this.files } };
      try {
        await writeFileAtomic(manifestPath(this.folder, this.manifest.site, this.manifest.remoteRoot), JSON.stringify(snapshot));
      } catch (error) {
        this.failure ??= error;
      }
    }
  }
}

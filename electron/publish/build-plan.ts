import type { PublishPlan, PublishWarning } from '../../shared/publish.js';
import type { FtpClient } from '../ftp/client.js';
import { FtpPermanentError } from '../ftp/errors.js';
import { publishAdvice } from './advice.js';
import { compareTrees, deleteOrder } from './compare-trees.js';
import { chooseHashMethod } from './content-hash.js';
import { compareContent } from './compare-content.js';
import { loadIgnoreRules, readLocalTree, type LocalFile, type LocalTree } from './local-tree.js';
import { loadManifest, type PublishManifest } from './manifest.js';
import { readRemoteTree, type MoreListers, type RemoteFile, type RemoteTree } from './remote-tree.js';
import { detectListOffset } from './time-offset.js';

/** Where a publish goes and where its memory lives. */
export interface PublishTarget {
  /** Absolute local folder. */
  readonly localRoot: string;
  /** Absolute remote folder. */
  readonly remoteRoot: string;
  /** Names the site in the manifest (a site id, or `ftp://user@host:port` for the CLI). */
  readonly siteKey: string;
  /** Folder of the manifests (injected: tests use a temp folder). */
  readonly manifestFolder: string;
}

/** What the user chose for this publish. */
export interface PlanRequest extends PublishTarget {
  /** Delete remote files and folders the local folder lacks. */
  readonly deleteRemoteOnly: boolean;
  /** Compare same-size files by content with the server's hash command. */
  readonly checksum: boolean;
  readonly now?: () => number;
}

/** A plan plus what applying it needs (kept main-side; the window only sees `plan`). */
export interface PreparedPublish {
  readonly plan: PublishPlan;
  readonly target: PublishTarget;
  readonly manifest: PublishManifest;
  readonly localFiles: ReadonlyMap<string, LocalFile>;
  readonly remoteFiles: ReadonlyMap<string, RemoteFile>;
  /** Local digests computed by --checksum ("algorithm:hex"), kept in the manifest. */
  readonly hashes: ReadonlyMap<string, string>;
  /** Temporary upload files an interrupted publish left (removed after the uploads). */
  readonly partials: readonly string[];
}

/**
 * Work a caller started before the connection was up: the local walk needs no server, so it can overlap the
 * login (~100 ms on vsftpd) instead of following it. Start it with `startLocalWalk`.
 */
export interface EarlyWork {
  readonly local?: Promise<LocalTree>;
}

/** Starts walking the local folder now; a failure surfaces when the plan awaits it, never as an unhandled rejection. */
export function startLocalWalk(localRoot: string): EarlyWork {
  const local = readLocalTree(localRoot);
  local.catch(() => undefined);
  return { local };
}

/** A remote folder without repeated or trailing slashes (`/` stays `/`). */
export function normalizeRemoteFolder(path: string): string {
  const collapsed = path.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/+$/, '') : collapsed;
}

/** The remote root's listing, or undefined when the folder does not exist yet. */
async function listRoot(
  client: FtpClient,
  request: PlanRequest,
  rules: Parameters<typeof readRemoteTree>[2],
  more: MoreListers | undefined,
): Promise<RemoteTree | undefined> {
  const tree = await readRemoteTree(client, request.remoteRoot, rules, more);
  if (tree === undefined) return undefined;
  if (tree.files.size > 0 || tree.folders.size > 0 || tree.others.size > 0 || tree.ignored.length > 0 || tree.partials.length > 0) return tree;
  // vsftpd answers LIST of a missing folder with an empty listing: only CWD tells "empty" from "missing".
  const back = await client.pwd();
  try {
    await client.cwd(request.remoteRoot);
  } catch (error) {
    if (error instanceof FtpPermanentError) return undefined;
    throw error;
  }
  await client.cwd(back);
  return tree;
}

/**
 * Compares the local folder with the remote one and returns the plan; nothing is written anywhere (the
 * client only lists, and with --checksum asks for digests). Call on a freshly logged-in client: its current
 * folder is taken as the login folder (for the web-root suggestion). `more` lists big trees on extra connections.
 */
export async function buildPublishPlan(client: FtpClient, raw: PlanRequest, more?: MoreListers, early?: EarlyWork): Promise<PreparedPublish> {
  // `/www/` and `/www` are one folder, with one manifest.
  const request = { ...raw, remoteRoot: normalizeRemoteFolder(raw.remoteRoot) };
  const now = request.now ?? Date.now;
  const loginFolder = await client.pwd();
  const features = client.features ?? (await client.feat());
  // The local walk, the manifest and the remote listing wait on different things (disk, server): side by side.
  const rules = await loadIgnoreRules(request.localRoot);
  const [local, manifest, remote] = await Promise.all([
    early?.local ?? readLocalTree(request.localRoot, rules),
    loadManifest(request.manifestFolder, request.siteKey, request.remoteRoot),
    listRoot(client, request, rules, more),
  ]);
  const listing = features.has('MLST') ? 'mlsd' : 'list';
  const listOffsetMinutes = listing === 'list' && remote !== undefined ? await detectListOffset(client, request.remoteRoot, remote, now()) : 0;
  const timeRules = { setsTimes: features.has('MFMT'), listOffsetMinutes };
  const warnings: PublishWarning[] = [];
  let contentSame = new Map<string, boolean>();
  let hashes = new Map<string, string>();
  const method = request.checksum ? chooseHashMethod(features) : undefined;
  if (request.checksum && method === undefined) {
    warnings.push({ code: 'checksum-unavailable', message: 'The server offers no hash command (HASH, XMD5, XCRC…): files were compared by size and time.', paths: [] });
  } else if (method !== undefined && remote !== undefined) {
    ({ contentSame, hashes } = await compareContent(client, method, request, local.files, remote.files));
  }
  const compared = compareTrees(local, remote, manifest.files, timeRules, contentSame);
  const advice = publishAdvice({
    local,
    remoteTopFolders: new Set([...(remote?.folders ?? [])].filter((path) => !path.includes('/'))),
    remoteOnly: compared.remoteOnly,
    remoteRoot: request.remoteRoot,
    loginFolder,
  });
  if (request.deleteRemoteOnly && local.files.size === 0 && compared.remoteOnly.length > 0) {
    // The classic wrong-folder accident: an empty folder plus --delete would wipe the live site.
    warnings.push({ code: 'deletes-everything', message: `The local folder has no files: this would delete everything in ${request.remoteRoot} on the server.`, paths: [] });
  }
  if (local.unreadable.length > 0) {
    warnings.push({ code: 'unreadable', message: 'These local names could not be read and are left out.', paths: local.unreadable });
  }
  const plan: PublishPlan = {
    localRoot: request.localRoot,
    remoteRoot: request.remoteRoot,
    createdAt: now(),
    deleteRemoteOnly: request.deleteRemoteOnly,
    uploads: compared.uploads,
    folders: compared.folders,
    deletes: request.deleteRemoteOnly ? deleteOrder(compared.remoteOnly) : [],
    remoteOnly: compared.remoteOnly,
    unchanged: compared.unchanged,
    ignored: [...local.ignored, ...(remote?.ignored ?? []).filter((path) => !local.ignored.includes(path)).sort()],
    warnings: [...advice.warnings, ...compared.warnings, ...warnings],
    ...(advice.webRootSuggestion === undefined ? {} : { webRootSuggestion: advice.webRootSuggestion }),
    uploadBytes: compared.uploads.reduce((sum, upload) => sum + upload.size, 0),
    comparison: {
      listing,
      ...(listing === 'list' && listOffsetMinutes !== undefined ? { timeOffsetMinutes: listOffsetMinutes } : {}),
      setsTimes: timeRules.setsTimes,
      ...(method === undefined ? {} : { hash: method.label }),
      fromManifest: compared.fromManifest,
    },
  };
  return { plan, target: request, manifest, localFiles: local.files, remoteFiles: remote?.files ?? new Map(), hashes, partials: remote?.partials ?? [] };
}

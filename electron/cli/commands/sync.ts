import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatFtpUrl } from '../../../shared/ftp-url.js';
import type { FtpClient } from '../../ftp/client.js';
import { buildPublishPlan, startLocalWalk } from '../../publish/build-plan.js';
import { listerPool } from '../../publish/lister-pool.js';
import { defaultManifestFolder } from '../../publish/manifest.js';
import { step, StepError } from '../error-message.js';
import type { ConnectionFlags } from '../parse-args.js';
import type { CommandContext } from './command-context.js';
import { displayPath } from './local-path.js';
import { progressLine } from './progress.js';
import type { SyncCommand } from './sync-args.js';
import { formatPlan, formatSummary } from './sync-format.js';
import { siteFromUrl, siteKeyOf } from './sync-site.js';

/** What sync needs beyond the other commands' context. */
export interface SyncContext extends CommandContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly flags: ConnectionFlags;
  readonly signal?: AbortSignal;
}

/** A publish that ran but left failures: exit status 1, after the summary was printed. */
export class SyncIncompleteError extends Error {
  override readonly name = 'SyncIncompleteError';
}

/**
 * `ferry sync LOCALDIR URL`: compares, prints the plan, and (unless --dry-run) publishes it — folders, atomic
 * uploads through the transfer queue, deletes last with --delete — then prints the summary.
 */
export async function runSync(command: SyncCommand, context: SyncContext): Promise<void> {
  const localRoot = resolve(context.cwd, command.local);
  const shown = displayPath(context.cwd, localRoot);
  const info = await step(`cannot read ${shown}`, () => stat(localRoot));
  if (!info.isDirectory()) throw new StepError(`cannot read ${shown}`, new Error('not a folder (sync publishes a folder)'));
  // The local walk and the extra listing connections' logins overlap the main login.
  const early = startLocalWalk(localRoot);
  const site = siteFromUrl(command.url, context.flags, context.env);
  // The upload connections list big trees first (lftp and FileZilla list on one); they log in while the
  // main connection does.
  const listers = listerPool(site, (command.parallel ?? 2) - 1);
  listers.warm();
  let client: FtpClient;
  try {
    client = await context.connect();
  } catch (error) {
    await listers.close();
    throw error;
  }
  const current = async (): Promise<FtpClient> => {
    // After Ctrl-C the connection is closed on purpose: logging in again would only delay the exit.
    if (!client.connected && context.signal?.aborted !== true) client = await context.connect();
    return client;
  };
  const prepared = await step('cannot compare the folders', () =>
    buildPublishPlan(
      client,
      {
        localRoot,
        remoteRoot: command.url.path,
        siteKey: siteKeyOf(command.url),
        manifestFolder: defaultManifestFolder(context.env),
        deleteRemoteOnly: command.deleteRemoteOnly,
        checksum: command.checksum,
      },
      listers.more,
      early,
    ),
  ).finally(() => listers.close());
  const target = formatFtpUrl(command.url);
  if (!command.json) context.stdout.write(formatPlan(prepared.plan, target));
  const nothingToDo = prepared.plan.uploads.length === 0 && prepared.plan.folders.length === 0 && prepared.plan.deletes.length === 0;
  if (command.dryRun || nothingToDo) {
    if (command.json) context.stdout.write(`${JSON.stringify({ plan: prepared.plan }, null, 2)}\n`);
    else context.stdout.write(command.dryRun ? '\nDry run: nothing was sent.\n' : '\nThe server is up to date.\n');
    return;
  }
  if (!command.json) context.stdout.write('\n');
  // Loaded only to apply: the transfer queue and zod are half the CLI's start-up, and a dry run or an
  // up-to-date site never needs them.
  const { applyPublishPlan } = await import('../../publish/apply-plan.js');
  const progress = progressLine(context.progress);
  const summary = await applyPublishPlan(prepared, {
    client: current,
    site,
    ...(command.parallel === undefined ? {} : { parallel: command.parallel }),
    ...(context.signal === undefined ? {} : { signal: context.signal }),
    ...(command.website === undefined ? {} : { websiteUrl: command.website }),
    onProgress: (p) => progress?.update({ bytes: p.bytesDone, total: p.bytesTotal }),
  }).finally(() => progress?.done());
  context.stdout.write(command.json ? `${JSON.stringify({ plan: prepared.plan, summary }, null, 2)}\n` : formatSummary(summary));
  if (summary.cancelled) throw new SyncIncompleteError('interrupted');
  if (summary.failed.length > 0) throw new SyncIncompleteError(`${summary.failed.length} of the planned changes failed (see above)`);
}

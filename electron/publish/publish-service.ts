import { randomUUID } from 'node:crypto';
import type { PublishPlan, PublishProgress, PublishSummary } from '../../shared/publish.js';
import { SiteClient } from '../transfers/site-client.js';
import type { SiteConnection } from '../transfers/task-types.js';
import { applyPublishPlan } from './apply-plan.js';
import { buildPublishPlan, startLocalWalk, type PreparedPublish } from './build-plan.js';
import { listerPool } from './lister-pool.js';

/** What the window's publish dialog needs from main: plans kept until applied, progress and summary pushed. */
export interface PublishServiceDeps {
  /** How to log in to a site (saved id or `session:<id>`): electron/transfers/resolve-site.ts. */
  readonly resolveSite: (siteId: string) => Promise<SiteConnection>;
  /** The site's public address (Site.websiteUrl), for "Open website". */
  readonly websiteUrlOf?: (siteId: string) => string | undefined;
  /** `<userData>/publish-manifests`. */
  readonly manifestFolder: string;
  readonly onProgress?: (planId: string, progress: PublishProgress) => void;
  readonly onSummary?: (planId: string, summary: PublishSummary) => void;
  /** Transfer connections in worker threads (default). */
  readonly workers?: boolean;
}

/** What the user chose in the dialog. */
export interface PublishRequest {
  readonly siteId: string;
  readonly localFolder: string;
  readonly remoteFolder: string;
  readonly deleteRemoteOnly: boolean;
  readonly checksum: boolean;
}

interface Pending {
  readonly siteId: string;
  readonly prepared: PreparedPublish;
  readonly site: SiteConnection;
  readonly connection: SiteClient;
  controller?: AbortController;
}

/** Extra connections that list a big remote tree in parallel (the default transfer connections are 2). */
const extraListers = 1;

/** Plans kept at once; the oldest unapplied one is dropped beyond this. */
const maxPending = 8;

/** The manifest's name for a login: stable across sessions and shared with the CLI (never the password). */
export function siteKeyOfConnection(site: SiteConnection): string {
  const scheme = site.tls === undefined ? 'ftp' : site.tls.mode === 'implicit' ? 'ftps' : 'ftpes';
  const host = site.host.includes(':') ? `[${site.host}]` : site.host;
  return `${scheme}://${site.user}@${host}:${site.port}`;
}

/** Publishing for the app: `plan` compares (nothing is sent), `apply` carries a plan out, `cancel` stops it. */
export class PublishService {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly deps: PublishServiceDeps) {}

  /** Compares and keeps the plan under a new id until it is applied. */
  async plan(request: PublishRequest): Promise<{ planId: string; plan: PublishPlan }> {
    const early = startLocalWalk(request.localFolder);
    const site = await this.deps.resolveSite(request.siteId);
    const connection = new SiteClient(site);
    const listers = listerPool(site, extraListers);
    listers.warm();
    try {
      const target = {
        localRoot: request.localFolder,
        remoteRoot: request.remoteFolder,
        siteKey: siteKeyOfConnection(site),
        manifestFolder: this.deps.manifestFolder,
        deleteRemoteOnly: request.deleteRemoteOnly,
        checksum: request.checksum,
      };
      const prepared = await buildPublishPlan(await connection.get(), target, listers.more, early);
      const planId = randomUUID();
      this.pending.set(planId, { siteId: request.siteId, prepared, site, connection });
      await this.trim();
      return { planId, plan: prepared.plan };
    } catch (error) {
      await connection.close();
      throw error;
    } finally {
      await listers.close();
    }
  }

  /** Applies a kept plan (once); undefined when there is no such plan. */
  async apply(planId: string, parallel?: number): Promise<PublishSummary | undefined> {
    const pending = this.pending.get(planId);
    if (pending === undefined || pending.controller !== undefined) return undefined;
    pending.controller = new AbortController();
    const websiteUrl = this.deps.websiteUrlOf?.(pending.siteId);
    try {
      const summary = await applyPublishPlan(pending.prepared, {
        client: () => pending.connection.get(),
        site: pending.site,
        signal: pending.controller.signal,
        ...(parallel === undefined ? {} : { parallel }),
        ...(this.deps.workers === undefined ? {} : { workers: this.deps.workers }),
        ...(websiteUrl === undefined ? {} : { websiteUrl }),
        onProgress: (progress) => this.deps.onProgress?.(planId, progress),
      });
      this.deps.onSummary?.(planId, summary);
      return summary;
    } finally {
      this.pending.delete(planId);
      await pending.connection.close();
    }
  }

  /** Stops a running publish, or forgets a plan not yet applied. */
  async cancel(planId: string): Promise<boolean> {
    const pending = this.pending.get(planId);
    if (pending === undefined) return false;
    if (pending.controller !== undefined) {
      pending.controller.abort();
      return true;
    }
    this.pending.delete(planId);
    await pending.connection.close();
    return true;
  }

  /** Stops whatever runs and closes every connection. */
  async close(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((planId) => this.cancel(planId)));
  }

  private async trim(): Promise<void> {
    for (const [planId, pending] of this.pending) {
      if (this.pending.size <= maxPending) return;
      if (pending.controller === undefined) await this.cancel(planId);
    }
  }
}

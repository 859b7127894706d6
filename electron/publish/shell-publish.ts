import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventHub } from '../ipc/event-hub.js';
import { createSiteResolver, sessionSitePrefix, type SiteSources } from '../transfers/resolve-site.js';
import { publishEvents } from './publish-handlers.js';
import { PublishService } from './publish-service.js';

/** What a shell passes: the same site sources as the transfer queue, its event hub, and the user-data folder. */
export type ShellPublishOptions = SiteSources & { readonly userDataDir?: string; readonly hub: Pick<EventHub, 'emit'> };

/**
 * Publishing for a shell (web or Electron): sites resolved like the transfer queue's, manifests in
 * `<userData>/publish-manifests`, events to the renderers. Pass it as `publish` to createHandlers; `close()` it
 * on shutdown.
 */
export function createShellPublish(options: ShellPublishOptions): PublishService {
  const { userDataDir, hub, ...sources } = options;
  return new PublishService({
    resolveSite: createSiteResolver(sources),
    websiteUrlOf: (siteId) => sources.sites?.store.getSite(savedSiteOf(sources, siteId) ?? siteId)?.websiteUrl,
    // Without a user-data folder (memory-only shells, tests) the manifests live for this run only.
    manifestFolder: join(userDataDir ?? join(tmpdir(), `ferry-publish-${process.pid}`), 'publish-manifests'),
    ...publishEvents((event, payload) => hub.emit(event, payload)),
  });
}

/** A live session opened from a saved site publishes to that site's address too. */
function savedSiteOf(sources: SiteSources, siteId: string): string | undefined {
  if (!siteId.startsWith(sessionSitePrefix)) return undefined;
  return sources.sessions.accessOf(siteId.slice(sessionSitePrefix.length))?.params.siteId;
}

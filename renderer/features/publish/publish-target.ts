import type { Site } from '../../../shared/site.js';

/** What the publish dialog publishes to, and the folders it starts with. */
export interface PublishTarget {
  /** A saved site's id, or `session:<id>` for the live connection (see electron/transfers/resolve-site.ts). */
  readonly siteId: string;
  /** Who the user publishes to, e.g. the site's name or `user@host`. */
  readonly label: string;
  readonly localFolder: string;
  readonly remoteFolder: string;
}

/** The live connection, when there is one. */
export interface LiveSession {
  readonly sessionId: string;
  /** `user@host:port`, for the dialog's description. */
  readonly label: string;
  /** The remote pane's folder. */
  readonly folder: string;
  /** The saved site the session was opened from, if any. */
  readonly site?: Site;
}

const orRoot = (folder: string | undefined): string => (folder === undefined || folder.trim() === '' ? '/' : folder.trim());

/**
 * The target of "Publish…" in the toolbar: the live session, with the site's publish folder and default remote
 * folder when it was opened from a saved site, else the panes' folders.
 */
export function targetForSession(session: LiveSession, localPaneFolder: string | null): PublishTarget {
  const site = session.site;
  return {
    siteId: `session:${session.sessionId}`,
    label: site?.name ?? session.label,
    localFolder: site !== undefined && site.publishFolder !== '' ? site.publishFolder : (localPaneFolder ?? ''),
    remoteFolder: site !== undefined && site.remoteDir !== '' ? site.remoteDir : orRoot(session.folder),
  };
}

/**
 * The target of a saved site's "Publish…": its live session when that site is the one connected (the login
 * that already worked, also for "ask for password" sites), else the saved site and its keychain password.
 */
export function targetForSite(site: Site, session: LiveSession | null, localPaneFolder: string | null): PublishTarget {
  const live = session !== null && session.site?.id === site.id;
  return {
    siteId: live ? `session:${session.sessionId}` : site.id,
    label: site.name,
    localFolder: site.publishFolder !== '' ? site.publishFolder : (localPaneFolder ?? ''),
    remoteFolder: site.remoteDir !== '' ? site.remoteDir : live ? orRoot(session.folder) : '/',
  };
}

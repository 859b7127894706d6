import { useRef, useState } from 'react';
import type { Site } from '../../../shared/site.js';
import type { RemoteConnection, SessionTarget } from '../../state/use-remote-session.js';
import { recentLabel } from '../toolbar/recent-connections.js';
import { usePaneTargets } from '../transfers/pane-targets.js';
import { targetForSession, targetForSite, type LiveSession, type PublishTarget } from './publish-target.js';

/** The window's ways into the publish dialog, and which saved site (if any) the live session came from. */
export interface PublishEntry {
  /** What the dialog publishes to; null while it is closed. */
  readonly target: PublishTarget | null;
  /** The connected session, for the toolbar button (null: not connected). */
  readonly live: LiveSession | null;
  openForSession(): void;
  openForSite(site: Site): void;
  close(): void;
  /** Call when a saved site starts connecting (null: quick connect). */
  connecting(site: Site | null): void;
  /** Call from the session's onConnected. */
  connected(target: SessionTarget): void;
}

/**
 * Keeps the dialog's target and remembers which saved site the live session was opened from, so "Publish…"
 * starts from that site's publish folder and default remote folder, and a site's menu reuses its live login.
 */
export function usePublishEntry(connection: RemoteConnection): PublishEntry {
  const [target, setTarget] = useState<PublishTarget | null>(null);
  const [connectedSite, setConnectedSite] = useState<Site | null>(null);
  const pending = useRef<Site | null>(null);
  const panes = usePaneTargets();
  const live: LiveSession | null =
    connection.phase === 'connected'
      ? {
          sessionId: connection.sessionId,
          label: recentLabel(connection.target),
          folder: panes.remote?.siteId === `session:${connection.sessionId}` ? panes.remote.folder : connection.path,
          ...(connectedSite === null ? {} : { site: connectedSite }),
        }
      : null;
  return {
    target,
    live,
    openForSession: () => {
      if (live !== null) setTarget(targetForSession(live, panes.localFolder));
    },
    openForSite: (site) => setTarget(targetForSite(site, live, panes.localFolder)),
    close: () => setTarget(null),
    connecting: (site) => {
      pending.current = site;
    },
    connected: (session) => {
      const site = pending.current;
      setConnectedSite(session.source === 'site' && site !== null && site.host === session.host ? site : null);
    },
  };
}

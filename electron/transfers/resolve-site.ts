import type { RemoteConnectParams } from '../../shared/remote-session.js';
import type { Site } from '../../shared/site.js';
import { defaultPortFor } from '../../shared/site.js';
import type { SessionAccess } from '../sessions/session-manager.js';
import type { SiteConnection } from './task-types.js';
import { TransferFailure } from './transfer-failure.js';

/**
 * The prefix of a transfer `siteId` that names a live browse session instead of a saved site. Quick-connect
 * sessions have no site, and a site connected with a typed password has none saved: both transfer through
 * the session's login. Such jobs cannot outlive the process (the login is not persisted); after a restart
 * they fail with SITE_UNAVAILABLE until the user connects and queues them again.
 */
export const sessionSitePrefix = 'session:';

/** The transfer `siteId` for a live browse session. */
export function sessionSiteId(sessionId: string): string {
  return `${sessionSitePrefix}${sessionId}`;
}

/** What the resolver reads: the live sessions, and (optionally) the saved sites with their keychain. */
export interface SiteSources {
  readonly sessions: { accessOf(sessionId: string): SessionAccess | undefined };
  readonly sites?: {
    readonly store: { getSite(siteId: string): Site | undefined; findPin(host: string, port: number): { fingerprint256: string } | undefined };
    readonly credentials: { getPassword(siteId: string): Promise<string | undefined> };
  };
  /** Milliseconds per reply on transfer connections. Default 30 000. */
  readonly timeoutMs?: number;
}

type LoginFields = Pick<RemoteConnectParams, 'host' | 'protocol' | 'logonType' | 'user' | 'transferMode'> & { readonly port: number };

function connectionOf(fields: LoginFields, password: string | undefined, fingerprint: string | undefined, tls: boolean, timeout: number): SiteConnection {
  const anonymous = fields.logonType === 'anonymous';
  return {
    host: fields.host,
    port: fields.port,
    user: anonymous ? 'anonymous' : fields.user,
    password: anonymous ? 'anonymous@' : (password ?? ''),
    passive: fields.transferMode === 'passive',
    timeout,
    ...(tls && fields.protocol !== 'ftp'
      ? {
          tls: {
            mode: fields.protocol === 'ftps-implicit' ? 'implicit' : 'explicit',
            ...(fingerprint === undefined ? {} : { trustedFingerprint256: fingerprint }),
          },
        }
      : {}),
  };
}

const unavailable = (message: string): TransferFailure => new TransferFailure('SITE_UNAVAILABLE', message);

/**
 * `resolveSite` for the shells' TransferQueue: `session:<id>` reuses a live session's login (its trusted
 * certificate, and plain FTP when its `ftpes-if-available` fell back); any other id is a saved site with its
 * keychain password and pinned certificate.
 */
export function createSiteResolver(sources: SiteSources): (siteId: string) => Promise<SiteConnection> {
  const timeout = sources.timeoutMs ?? 30_000;
  return async (siteId) => {
    if (siteId.startsWith(sessionSitePrefix)) {
      const access = sources.sessions.accessOf(siteId.slice(sessionSitePrefix.length));
      if (access === undefined) throw unavailable('The connection these transfers belonged to is closed: connect again and queue them again.');
      const { params } = access;
      const port = params.port ?? defaultPortFor(params.protocol);
      return connectionOf({ ...params, port }, access.password, access.trustedFingerprint256, access.secure, timeout);
    }
    const site = sources.sites?.store.getSite(siteId);
    if (site === undefined || sources.sites === undefined) throw unavailable('The site of these transfers no longer exists.');
    let password: string | undefined;
    if (site.logonType !== 'anonymous') {
      password = await sources.sites.credentials.getPassword(siteId).catch(() => undefined);
      if (password === undefined) throw unavailable(`No password is saved for “${site.name}”: connect to it and queue the transfers from there.`);
    }
    const pin = site.protocol === 'ftp' ? undefined : sources.sites.store.findPin(site.host, site.port)?.fingerprint256;
    const logonType = site.logonType === 'anonymous' ? 'anonymous' : 'normal';
    return connectionOf({ ...site, logonType }, password, pin, true, timeout);
  };
}

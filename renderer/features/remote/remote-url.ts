import { formatFtpUrl } from '../../../shared/ftp-url.js';
import type { FtpProtocol } from '../../../shared/ftp-url.js';
import type { SiteProtocol } from '../../../shared/site.js';

/** Where a session is connected: enough to name a file by URL. */
export interface RemoteTarget {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly protocol: SiteProtocol;
}

const schemes: Record<SiteProtocol, FtpProtocol> = {
  ftp: 'ftp',
  'ftpes-if-available': 'ftp',
  'ftpes-required': 'ftpes',
  'ftps-implicit': 'ftps',
};

/**
 * A remote path as a URL to paste elsewhere: `ftp://ann@example.com:2121/public_html/index.html`. The password
 * is never part of it (formatFtpUrl leaves it out unless asked); anonymous logins leave the user out.
 */
export function remoteUrl(target: RemoteTarget, path: string): string {
  const user = target.user === '' || target.user === 'anonymous' ? undefined : target.user;
  return formatFtpUrl({
    protocol: schemes[target.protocol],
    host: target.host,
    port: target.port,
    path: path.startsWith('/') ? path : `/${path}`,
    ...(user === undefined ? {} : { user }),
  });
}

import type { FtpUrl } from '../../../shared/ftp-url.js';
import type { SiteConnection } from '../../transfers/task-types.js';
import { choosePassword } from '../connect-from-url.js';
import type { ConnectionFlags } from '../parse-args.js';

/** How the transfer connections reach the server the URL names, with the same TLS trust as the main one. */
export function siteFromUrl(url: FtpUrl, flags: ConnectionFlags, env: Readonly<Record<string, string | undefined>>): SiteConnection {
  const password = choosePassword(url, env);
  return {
    host: url.host,
    port: url.port,
    user: url.user ?? 'anonymous',
    password: password ?? (url.user === undefined ? 'anonymous@' : ''),
    ...(url.protocol === 'ftp'
      ? {}
      : {
          tls: {
            mode: url.protocol === 'ftps' ? ('implicit' as const) : ('explicit' as const),
            rejectUnauthorized: !flags.insecure,
            ...(flags.fingerprint === undefined ? {} : { trustedFingerprint256: flags.fingerprint }),
          },
        }),
    passive: !flags.active,
    ...(flags.timeoutMs === undefined ? {} : { timeout: flags.timeoutMs }),
  };
}

/** The manifest's name for the site: who logs in where (never the password). */
export function siteKeyOf(url: FtpUrl): string {
  const host = url.host.includes(':') ? `[${url.host}]` : url.host;
  return `${url.protocol}://${url.user ?? 'anonymous'}@${host}:${url.port}`;
}

import type { FtpUrl } from '../../shared/ftp-url.js';
import { FtpClient } from '../ftp/client.js';
import type { FtpTlsOptions } from '../ftp/tls.js';
import type { FtpLogEntry } from '../ftp/protocol-log.js';
import { step } from './error-message.js';
import type { ConnectionFlags } from './parse-args.js';

/** Where the protocol log goes with --verbose. */
export interface LogSink {
  write(text: string): unknown;
}

/** The password to send: the URL's, else FERRY_PASSWORD when the URL names a user, else none (anonymous). */
export function choosePassword(url: FtpUrl, env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (url.password !== undefined) return url.password;
  return url.user === undefined ? undefined : env.FERRY_PASSWORD;
}

function tlsOptions(url: FtpUrl, flags: ConnectionFlags): FtpTlsOptions | undefined {
  if (url.protocol === 'ftp') return undefined;
  return {
    mode: url.protocol === 'ftps' ? 'implicit' : 'explicit',
    rejectUnauthorized: !flags.insecure,
    trustedFingerprint256: flags.fingerprint,
  };
}

const logMarks: Readonly<Record<FtpLogEntry['direction'], string>> = { send: '>', receive: '<', info: '*' };

/** One --verbose line: `> ` for what ferry sent, `< ` for what the server said, `* ` for connection events. */
export function logLine(entry: FtpLogEntry): string {
  return `${logMarks[entry.direction]} ${entry.text}\n`;
}

/** `host:port`, with an IPv6 host in brackets. */
export function hostAndPort(url: FtpUrl): string {
  return `${url.host.includes(':') ? `[${url.host}]` : url.host}:${url.port}`;
}

/**
 * Connects and logs in as the URL says. Failures come as StepErrors: `cannot connect to host:port` or
 * `login failed`. The caller owns the client (quit or close it).
 */
export async function connectFromUrl(
  url: FtpUrl,
  flags: ConnectionFlags,
  env: Readonly<Record<string, string | undefined>>,
  log: LogSink,
): Promise<FtpClient> {
  const client = new FtpClient({
    tls: tlsOptions(url, flags),
    passive: !flags.active,
    timeout: flags.timeoutMs,
    logLevel: flags.verbose ? 'full' : 'off',
  });
  // The engine masks PASS/ACCT before emitting (protocol-log.ts); nothing here sees the password.
  client.on('log', (entry) => log.write(logLine(entry)));
  try {
    await step(`cannot connect to ${hostAndPort(url)}`, () => client.connect(url.host, url.port));
    // AUTH TLS on its own (login would do it too) so a server without TLS is not reported as a failed login.
    if (url.protocol === 'ftpes') await step('the server refused to start TLS (AUTH TLS)', () => client.auth());
    const password = choosePassword(url, env);
    const noPassword = url.user !== undefined && password === undefined;
    // Say so when no password was found at all: a bare 530 would not tell the user where ferry looked.
    const context = noPassword ? 'login failed (no password in the URL or FERRY_PASSWORD)' : 'login failed';
    await step(context, () => client.login(url.user ?? 'anonymous', password));
  } catch (error) {
    client.close();
    throw error;
  }
  return client;
}

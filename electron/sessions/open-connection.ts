import type { RemoteConnectParams, RemoteWarning, ServerCapabilities } from '../../shared/remote-session.js';
import { FtpClient } from '../ftp/client.js';
import { FtpPermanentError, FtpReplyError, FtpTemporaryError } from '../ftp/errors.js';
import { clientOptionsFor, engineEncoding, portOf } from './connection-options.js';
import { tlsUnavailableError } from './error-mapping.js';
import { serverCapabilities, tlsVersionFromLog } from './server-capabilities.js';
import { SessionFailure } from './session-failure.js';

/** A logged-in engine client and what the user should know about it. */
export interface OpenedConnection {
  readonly client: FtpClient;
  /** The control connection is encrypted. */
  readonly secure: boolean;
  readonly welcome: string;
  /** The folder the server starts in (PWD after login). */
  readonly path: string;
  readonly warning?: RemoteWarning;
  /** What the server announced in FEAT after login, and the control connection's TLS version. */
  readonly capabilities?: ServerCapabilities;
}

/** How to open: the trusted fingerprint (once or pinned), the timeout, and hooks for the protocol log. */
export interface OpenSettings {
  readonly timeout: number;
  readonly trustedFingerprint256?: string;
  /** Called with each new engine client before it connects, so its `log` events can be forwarded. */
  readonly attach: (client: FtpClient) => void;
  /** A status line for the message log (e.g. the TLS fallback). */
  readonly status: (text: string) => void;
}

/**
 * A 4xx/5xx (or odd) reply to AUTH TLS means the server does not offer TLS (vsftpd without ssl_enable answers
 * 530, others 500/502/504/534). A failed handshake or an untrusted certificate is NOT a refusal: falling back
 * to plain FTP then would let anyone on the path strip the encryption.
 */
function isAuthRefusal(error: unknown): boolean {
  if (error instanceof FtpTemporaryError) return error.reply?.code !== 421;
  return error instanceof FtpPermanentError || error instanceof FtpReplyError;
}

const fallbackMessage = 'The server does not support TLS: this connection is NOT encrypted (plain FTP). Passwords and files travel in clear text.';

async function connectAndLogin(
  params: RemoteConnectParams,
  password: string | undefined,
  settings: OpenSettings,
  tls: boolean,
): Promise<OpenedConnection & { readonly refusedAuth?: unknown }> {
  const client = new FtpClient(clientOptionsFor(params, { tls, timeout: settings.timeout, trustedFingerprint256: settings.trustedFingerprint256 }));
  settings.attach(client);
  let tlsVersion: string | undefined;
  client.on('log', (entry) => {
    if (entry.direction === 'info') tlsVersion = tlsVersionFromLog(entry.text) ?? tlsVersion;
  });
  try {
    const welcome = await client.connect(params.host, portOf(params));
    let secure = tls && params.protocol === 'ftps-implicit';
    if (tls && (params.protocol === 'ftpes-required' || params.protocol === 'ftpes-if-available')) {
      try {
        await client.auth();
        secure = true;
      } catch (error) {
        if (!isAuthRefusal(error)) throw error;
        client.close();
        return { client, secure: false, welcome, path: '', refusedAuth: error };
      }
    }
    const anonymous = params.logonType === 'anonymous';
    await client.login(anonymous ? 'anonymous' : params.user, anonymous ? 'anonymous@' : (password ?? ''));
    const path = await client.pwd();
    return { client, secure, welcome, path, capabilities: serverCapabilities(client.features, secure, tlsVersion) };
  } catch (error) {
    client.close();
    throw error;
  }
}

/**
 * Connects, secures the connection as the protocol says, logs in and reads the starting folder. With
 * `ftpes-if-available`, a server that refuses AUTH TLS gets a second, plain connection and the answer carries
 * a TLS_FALLBACK warning; with `ftpes-required` that refusal is an error.
 */
export async function openConnection(params: RemoteConnectParams, password: string | undefined, settings: OpenSettings): Promise<OpenedConnection> {
  if (engineEncoding(params.encoding) === undefined) {
    settings.status(`Encoding “${params.encoding}” is not supported: using UTF-8 (names that are not UTF-8 show as Latin-1).`);
  }
  const first = await connectAndLogin(params, password, settings, true);
  if (first.refusedAuth === undefined) return first;
  const reply = (first.refusedAuth as FtpPermanentError).reply?.text;
  if (params.protocol === 'ftpes-required') {
    throw new SessionFailure(tlsUnavailableError(reply));
  }
  settings.status(`AUTH TLS refused${reply === undefined ? '' : ` (${reply})`}: falling back to plain FTP`);
  const plain = await connectAndLogin(params, password, settings, false);
  return { ...plain, warning: { code: 'TLS_FALLBACK', message: fallbackMessage } };
}

import type { ConnectOptions, FtpClientOptions } from './client-options.js';
import { ControlConnection } from './control-connection.js';
import type { ProtocolLogger } from './protocol-log.js';
import type { Session } from './session.js';
import { connectTcp } from './socket-connect.js';
import { TlsSessionContext } from './tls.js';

/** Opens the control connection (TCP, then TLS from the first byte for implicit FTPS) and its session state. */
export async function openSession(
  host: string,
  port: number | undefined,
  options: FtpClientOptions,
  connectOptions: ConnectOptions,
  logger: ProtocolLogger,
  passive: boolean,
): Promise<Session> {
  const tlsOptions = options.tls;
  const timeout = connectOptions.timeout ?? options.timeout ?? 30_000;
  const portNumber = port ?? (tlsOptions?.mode === 'implicit' ? 990 : 21);
  const raw = await connectTcp({
    host,
    port: portNumber,
    timeout,
    localAddress: connectOptions.sourceAddress,
    family: connectOptions.family,
  });
  const tls = tlsOptions === undefined ? undefined : new TlsSessionContext(host, tlsOptions, logger);
  let socket = raw;
  try {
    if (tls !== undefined && tlsOptions?.mode === 'implicit') socket = await tls.secure(raw, timeout, 'control');
  } catch (error) {
    raw.destroy();
    throw error;
  }
  const conn = new ControlConnection(socket, { timeout, maxReplyBytes: options.maxReplyBytes, encoding: options.encoding, logger });
  logger.info(`Connected to ${raw.remoteAddress ?? host} port ${portNumber}`);
  return {
    conn,
    logger,
    host,
    peerAddress: raw.remoteAddress ?? host,
    localAddress: raw.localAddress ?? '0.0.0.0',
    timeout,
    trustPasvHost: options.trustPasvHost ?? false,
    tls,
    relay: undefined,
    dataProtected: false,
    passive,
    epsvFailed: options.preferEpsv === false,
    features: undefined,
    transferType: undefined,
    listStrategy: undefined,
    active: undefined,
    dataTlsDelay: options.dataTlsDelay ?? 1000,
  };
}

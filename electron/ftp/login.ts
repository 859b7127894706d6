import { errorForReply, FtpInvalidArgumentError, FtpReplyError } from './errors.js';
import { expectCompletion, sendCommand } from './exchange.js';
import { parseFeatures } from './reply-codes.js';
import { isCompletion, isIntermediate, type FtpReply } from './reply.js';
import type { Session } from './session.js';
import { SocketRelay } from './socket-relay.js';
import type { TLSSocket } from 'node:tls';

/** Reads the greeting: 120 ("ready in n minutes", RFC 959) may precede 220; anything else is an error. */
export async function readWelcome(session: Session): Promise<FtpReply> {
  for (;;) {
    const reply = await session.conn.readReply();
    if (reply.code === 120) continue;
    if (reply.code === 220) return reply;
    throw errorForReply(reply);
  }
}

/** True once the control connection runs over TLS. */
export function controlIsSecure(session: Session): boolean {
  return (session.conn.socket as Partial<TLSSocket>).encrypted === true;
}

/** AUTH TLS (RFC 4217 §4) and the handshake on the control connection. */
export async function authTls(session: Session): Promise<FtpReply> {
  const tls = session.tls;
  if (tls === undefined) throw new Error('No TLS options: create the client with a `tls` option');
  const reply = await sendCommand(session, 'AUTH TLS');
  if (reply.code !== 234 && reply.code !== 334) throw new FtpReplyError(reply);
  session.conn.detachSocket();
  const relay = new SocketRelay(session.conn.socket);
  const secured = await tls.secure(relay, session.timeout, 'control');
  session.relay = relay;
  session.conn.replaceSocket(secured);
  session.features = undefined;
  return reply;
}

/**
 * CCC (RFC 4217 §12.3): after the 200, both sides send close_notify and the command channel continues in
 * plaintext on the same TCP connection; data connections keep their protection level.
 */
export async function clearCommandChannel(session: Session): Promise<FtpReply> {
  const relay = session.relay;
  if (relay === undefined) throw new FtpInvalidArgumentError('CCC needs a command channel secured by AUTH TLS');
  const reply = await expectCompletion(session, 'CCC');
  const secured = session.conn.socket;
  session.conn.detachSocket();
  relay.keepOpenOnEnd();
  const peerClosed = new Promise<void>((resolve) => {
    secured.once('end', resolve);
    secured.once('close', resolve);
    // Some servers never send their close_notify; do not wait for it for long.
    setTimeout(resolve, Math.min(session.timeout, 2000)).unref();
  });
  secured.end();
  secured.resume();
  await peerClosed;
  session.conn.replaceSocket(relay.release());
  session.relay = undefined;
  return reply;
}

/** FEAT (RFC 2389), cached per connection; a server without FEAT has no features. */
export async function loadFeatures(session: Session, refresh = false): Promise<Map<string, string>> {
  if (session.features !== undefined && !refresh) return session.features;
  session.conn.send('FEAT');
  const reply = await session.conn.readReply();
  session.features = parseFeatures(reply);
  return session.features;
}

/**
 * RFC 2640: CLNT first (some servers switch to UTF-8 only after it), then `OPTS UTF8 ON`. Both may be
 * refused (pure-ftpd answers 504 although FEAT lists UTF8): a refusal is not an error.
 */
export async function negotiateUtf8(session: Session, clientName: string): Promise<void> {
  const features = await loadFeatures(session);
  if (!features.has('UTF8')) return;
  for (const line of [`CLNT ${clientName}`, 'OPTS UTF8 ON']) {
    session.conn.send(line);
    await session.conn.readReply();
  }
}

/** USER, PASS and, when the server answers 332, ACCT (RFC 959 §4.1.1). Returns the final reply. */
export async function sendCredentials(session: Session, user: string, password: string, account: string): Promise<FtpReply> {
  let reply = await sendCommand(session, `USER ${user}`);
  if (reply.code === 331) reply = await sendCommand(session, `PASS ${password}`);
  if (reply.code === 332) reply = await sendCommand(session, `ACCT ${account}`);
  if (!isCompletion(reply)) throw isIntermediate(reply) ? new FtpReplyError(reply) : errorForReply(reply);
  return reply;
}

/** PBSZ 0 then PROT P or C (RFC 4217 §9): data connections follow the protection level. */
export async function setProtection(session: Session, level: 'P' | 'C'): Promise<FtpReply> {
  await expectCompletion(session, 'PBSZ 0');
  const reply = await expectCompletion(session, `PROT ${level}`);
  session.dataProtected = level === 'P';
  return reply;
}

import { connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTls, type ConnectionOptions, type TLSSocket } from 'node:tls';
import { createReplyReader, type FtpReply, type ReplyReader } from './ftp-reply.js';
import type { RunningServer } from './types.js';

/**
 * A bare control connection for harness tests, written with node:net/node:tls only so the
 * harness is proven independently of the app's FTP engine.
 */
export interface RawSession {
  socket: Socket;
  reader: ReplyReader;
  greeting: FtpReply;
  /** Latest TLS session of the control connection, for data connections that must resume it. */
  tlsSession?: Buffer;
  tlsProtocol?: string | null;
}

/** Resolves once `socket` emits `event`, rejects on its first error. */
export function whenSocket<T extends Socket>(socket: T, event: 'connect' | 'secureConnect'): Promise<T> {
  return new Promise((resolve, reject) => {
    socket.once(event, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Sends one command line and returns its (complete, possibly multi-line) reply. */
export async function sendCommand(session: RawSession, line: string): Promise<FtpReply> {
  session.socket.write(`${line}\r\n`);
  return session.reader.next();
}

function trackSession(session: RawSession, socket: TLSSocket): void {
  session.tlsProtocol = socket.getProtocol();
  session.tlsSession = socket.getSession();
  // TLS 1.3 tickets arrive after the handshake: keep the newest one.
  socket.on('session', (ticket: Buffer) => { session.tlsSession = ticket; });
}

/** Opens a control connection the way a client must: TLS first (implicit) or after `AUTH TLS` (explicit). */
export async function openRawSession(server: RunningServer, tls: ConnectionOptions = {}): Promise<RawSession> {
  if (server.tls === 'implicit') {
    // No servername: Node then checks the IP SAN (IP:127.0.0.1) of the harness certificate.
    const socket = await whenSocket(
      connectTls({ host: server.host, port: server.port, ca: server.certificatePem, ...tls }),
      'secureConnect',
    );
    const reader = createReplyReader(socket);
    const session: RawSession = { socket, reader, greeting: await reader.next() };
    trackSession(session, socket);
    return session;
  }
  const plain = await whenSocket(connectTcp({ host: server.host, port: server.port }), 'connect');
  const plainReader = createReplyReader(plain);
  const greeting = await plainReader.next();
  if (server.tls === 'plain') return { socket: plain, reader: plainReader, greeting };
  plain.write('AUTH TLS\r\n');
  const auth = await plainReader.next();
  if (auth.code !== 234) throw new Error(`AUTH TLS refused: ${auth.lines.join(' | ')}`);
  plainReader.dispose();
  const secure = await whenSocket(
    connectTls({ socket: plain, servername: 'localhost', ca: server.certificatePem, ...tls }),
    'secureConnect',
  );
  const session: RawSession = { socket: secure, reader: createReplyReader(secure), greeting };
  trackSession(session, secure);
  return session;
}

/** USER/PASS; vsftpd with no_anon_password=YES answers 230 to USER alone (RFC 959 allows it). */
export async function rawLogin(session: RawSession, user: string, password: string): Promise<FtpReply> {
  const userReply = await sendCommand(session, `USER ${user}`);
  if (userReply.code !== 331) return userReply;
  return sendCommand(session, `PASS ${password}`);
}

/** Sends PASV and returns the port from its 227 reply (address must be 127.0.0.1). */
export async function rawPassivePort(session: RawSession): Promise<number> {
  const reply = await sendCommand(session, 'PASV');
  const numbers = /(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)/.exec(reply.lines[0] ?? '')?.slice(1).map(Number);
  if (reply.code !== 227 || numbers === undefined) throw new Error(`PASV failed: ${reply.lines.join(' | ')}`);
  const [a, b, c, d, high = 0, low = 0] = numbers;
  if ([a, b, c, d].join('.') !== '127.0.0.1') throw new Error(`PASV offered ${[a, b, c, d].join('.')}`);
  return high * 256 + low;
}

/** Reads a data connection to its end; resolves with what arrived even if the peer resets. */
export function collectData(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => { text += chunk.toString('utf8'); });
    socket.once('close', () => resolve(text));
    socket.on('error', () => undefined);
  });
}

/** Reads replies until a final one (2xx-5xx), e.g. the 226 or 4xx/5xx after a transfer's 1xx. */
export async function finalReply(session: RawSession, timeoutMs = 5_000): Promise<FtpReply> {
  for (;;) {
    const reply = await session.reader.next(timeoutMs);
    if (reply.code >= 200) return reply;
  }
}

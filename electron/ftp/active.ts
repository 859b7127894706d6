import { createServer, isIPv6, type Socket } from 'node:net';
import { errorForReply, FtpConnectionError } from './errors.js';
import type { PendingDataSocket } from './passive.js';
import type { Session } from './session.js';
import { tuneSocket } from './socket-connect.js';

function stripMappedPrefix(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

function sameHost(a: string | undefined, b: string): boolean {
  return a !== undefined && stripMappedPrefix(a) === stripMappedPrefix(b);
}

/**
 * Opens an active data connection: listens on the control socket's local address and announces it with
 * PORT (IPv4) or EPRT (IPv6, RFC 2428). Only a connection from the control peer is accepted.
 */
export async function openActive(session: Session): Promise<PendingDataSocket> {
  const local = stripMappedPrefix(session.localAddress);
  const server = createServer({ noDelay: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new FtpConnectionError(`Cannot listen for active mode: ${error.message}`, { cause: error })));
    server.listen(0, local, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const socket = new Promise<Socket>((resolve, reject) => {
    server.on('connection', (incoming: Socket) => {
      if (!sameHost(incoming.remoteAddress, session.peerAddress)) {
        session.logger.info(`Refused data connection from ${incoming.remoteAddress ?? '?'}`);
        incoming.destroy();
        return;
      }
      tuneSocket(incoming);
      server.close();
      resolve(incoming);
    });
    server.once('close', () => reject(new FtpConnectionError('Active data connection closed before the server connected')));
  });
  socket.catch(() => undefined);
  const close = (): void => {
    server.close();
    void socket.then((s) => s.destroy(), () => undefined);
  };
  const line = isIPv6(local)
    ? `EPRT |2|${local}|${port}|`
    : `PORT ${local.split('.').join(',')},${Math.floor(port / 256)},${port % 256}`;
  try {
    session.conn.send(line);
    const reply = await session.conn.readReply();
    if (reply.code < 200 || reply.code >= 300) throw errorForReply(reply);
  } catch (error) {
    close();
    throw error;
  }
  session.logger.info(`Waiting for the server's data connection on ${local} port ${port}`);
  return { socket, close };
}

import { isIPv6, type Socket } from 'node:net';
import { errorForReply, FtpConnectionError, FtpProtocolError, FtpTimeoutError } from './errors.js';
import { parseEpsvReply, parsePasvReply } from './reply-codes.js';
import type { FastReadSink } from './fast-read.js';
import type { Session } from './session.js';
import { connectTcp } from './socket-connect.js';

/** A data connection being set up: passive ones are already connected, active ones wait for the server. */
export interface PendingDataSocket {
  readonly socket: Promise<Socket>;
  close(): void;
}

function connected(socket: Socket): PendingDataSocket {
  return { socket: Promise.resolve(socket), close: () => socket.destroy() };
}

async function connectData(session: Session, host: string, port: number, fast?: FastReadSink): Promise<Socket> {
  session.logger.info(`Data connection to ${host} port ${port}`);
  return connectTcp({ host, port, timeout: session.timeout, onread: fast?.onread });
}

/** Replies meaning "no EPSV here" (RFC 959 500-504, RFC 2428 522); others (pyftpdlib's 550) are real errors. */
const epsvUnsupported = new Set([500, 501, 502, 504, 522]);

/**
 * Opens a passive data connection: EPSV first (RFC 2428), PASV when EPSV is refused or its port cannot be
 * reached, remembering the fallback. The PASV address is replaced by the control connection's peer unless
 * `trustPasvHost` (servers behind NAT advertise private addresses; a foreign address is the FTP bounce attack).
 */
export async function openPassive(session: Session, fast?: FastReadSink): Promise<PendingDataSocket> {
  const { conn } = session;
  if (!session.epsvFailed) {
    conn.send('EPSV');
    const reply = await conn.readReply();
    if (reply.code === 229) {
      const port = parseEpsvReply(reply);
      try {
        return connected(await connectData(session, session.peerAddress, port, fast));
      } catch (error) {
        if (!(error instanceof FtpConnectionError || error instanceof FtpTimeoutError)) throw error;
        session.logger.info(`EPSV port unreachable, falling back to PASV: ${error.message}`);
      }
    } else if (!epsvUnsupported.has(reply.code)) {
      throw errorForReply(reply);
    }
    // Some servers list EPSV in FEAT and answer 500, others do not support it at all.
    session.epsvFailed = true;
  }
  if (isIPv6(session.peerAddress)) throw new FtpProtocolError('EPSV failed and PASV cannot work over IPv6');
  conn.send('PASV');
  const reply = await conn.readReply();
  if (reply.code !== 227) throw errorForReply(reply);
  const advertised = parsePasvReply(reply);
  const host = session.trustPasvHost ? advertised.host : session.peerAddress;
  return connected(await connectData(session, host, advertised.port, fast));
}

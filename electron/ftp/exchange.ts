import { errorForReply } from './errors.js';
import { isCompletion, isIntermediate, isPreliminary, type FtpReply } from './reply.js';
import type { Session } from './session.js';

/**
 * Sends a line and returns its reply, skipping nothing: ftplib `sendcmd`. 4xx/5xx throw (the connection
 * stays usable); 1xx/2xx/3xx are returned.
 */
export async function sendCommand(session: Session, line: string): Promise<FtpReply> {
  session.conn.send(line);
  const reply = await session.conn.readReply();
  if (!isPreliminary(reply) && !isCompletion(reply) && !isIntermediate(reply)) throw errorForReply(reply);
  return reply;
}

/** Sends a line and requires a 2xx (ftplib `voidcmd`); any other reply throws. */
export async function expectCompletion(session: Session, line: string): Promise<FtpReply> {
  const reply = await sendCommand(session, line);
  if (!isCompletion(reply)) throw errorForReply(reply);
  return reply;
}

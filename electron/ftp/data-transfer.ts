import type { Socket } from 'node:net';
import type { FtpReply } from './reply.js';
import type { Session } from './session.js';
import { completeTransfer, openTransfer } from './transfer.js';

/** A data connection handed to the caller by `ntransfercmd`: use `socket`, then await `finish()`. */
export interface DataTransfer {
  /** The data socket (a TLSSocket under PROT P). Read it to the end, or write and `end()` it. */
  readonly socket: Socket;
  /** Size announced in the 150 reply, when the server gave one. */
  readonly expectedSize: number | undefined;
  readonly preliminary: FtpReply;
  /**
   * Waits until the data socket is done and the final 226/250 arrived, then releases the connection for the
   * next command. Must be called exactly once; until then every other call waits.
   */
  finish(): Promise<FtpReply>;
}

/**
 * ftplib `ntransfercmd` with the lock held by the caller: opens the transfer and hands back a DataTransfer
 * whose `finish()` reads the final reply and then releases the lock (`release`). `guard` applies the
 * client's close-on-unknown-failure rule.
 */
export async function openDataTransfer(
  session: Session,
  line: string,
  rest: number | undefined,
  release: () => void,
  guard: <T>(task: () => Promise<T>) => Promise<T>,
): Promise<DataTransfer> {
  try {
    session.conn.throwIfClosed();
    const transfer = await guard(() => openTransfer(session, line, rest));
    let finished: Promise<FtpReply> | undefined;
    const finish = (): Promise<FtpReply> =>
      (finished ??= guard(() => {
        const socket = transfer.socket;
        const done = new Promise<void>((resolve, reject) => {
          // An upload's socket is never read by the caller: flow it so the server's FIN is seen.
          if (socket.readableFlowing === null) socket.resume();
          socket.once('end', resolve);
          socket.once('close', () => resolve());
          socket.once('error', reject);
        });
        return completeTransfer(session, transfer, done);
      }).finally(release));
    return { socket: transfer.socket, expectedSize: transfer.expectedSize, preliminary: transfer.preliminary, finish };
  } catch (error) {
    release();
    throw error;
  }
}

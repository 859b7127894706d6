import type { Socket } from 'node:net';
import { openActive } from './active.js';
import { readIntoCallerBuffers } from './caller-read-buffers.js';
import { command } from './commands.js';
import { errorForReply, FtpAbortedError, FtpReplyError, FtpTimeoutError } from './errors.js';
import type { FastReadSink } from './fast-read.js';
import { openPassive, type PendingDataSocket } from './passive.js';
import { parse150Size } from './reply-codes.js';
import { isPreliminary, type FtpReply } from './reply.js';
import type { ActiveTransfer, Session } from './session.js';

/** An open data connection after the server said 1xx: read or write `socket`, then call `finish()`. */
export interface OpenTransfer {
  readonly socket: Socket;
  /** The 125/150 reply. */
  readonly preliminary: FtpReply;
  /** Bytes the server announced in its 150 reply (`(1234 bytes)`), when it did. */
  readonly expectedSize: number | undefined;
  readonly record: ActiveTransfer;
  /** The FastReadSink passed to openTransfer reads this socket; else it emits 'data' as usual. */
  readonly fastRead: boolean;
  /** The data connection is TLS (PROT P). */
  readonly secured: boolean;
}

const refusals = new WeakSet<object>();

/** True when `error` is the server's answer to the transfer command itself (not to EPSV, PASV, TYPE…). */
export function isTransferCommandRefusal(error: unknown): boolean {
  return typeof error === 'object' && error !== null && refusals.has(error);
}

/** Sends `TYPE A` or `TYPE I` unless that type is already in effect. */
export async function ensureType(session: Session, type: 'A' | 'I'): Promise<void> {
  if (session.transferType === type) return;
  session.conn.send(`TYPE ${type}`);
  const reply = await session.conn.readReply();
  if (reply.code < 200 || reply.code >= 300) throw errorForReply(reply);
  session.transferType = type;
}

/** Sends ABOR and drops the data socket; `completeTransfer` then reads the replies (see there). */
export function sendAbort(session: Session, record: ActiveTransfer): void {
  if (record.abortSent) return;
  record.abortSent = true;
  // ABOR is sent in-band (Node cannot send TCP urgent data); closing the data socket makes every server
  // end the transfer with 426/226 anyway.
  session.conn.send('ABOR');
  record.socket?.destroy();
}

/**
 * Sends `REST` (when `rest` is given), opens the data connection (passive or active), sends `cmd` and waits
 * for 1xx. `fast` reads the socket when it can: a plain passive one, or any under TLS (see `fastRead`).
 * Under PROT P the TLS handshake starts after the 1xx, as ftplib and lftp do (pyftpdlib resets a data
 * connection that handshakes before the command), or after `dataTlsDelay` ms without a 1xx, for servers
 * that wait for the handshake before answering.
 */
export async function openTransfer(session: Session, cmd: string, rest?: number, fast?: FastReadSink): Promise<OpenTransfer> {
  const { conn } = session;
  command(cmd);
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  const record: ActiveTransfer = { abortRequested: false, abortSent: false, socket: undefined, settled, settle };
  session.active = record;
  try {
    if (rest !== undefined && rest > 0) {
      conn.send(`REST ${rest}`);
      const reply = await conn.readReply();
      if (reply.code !== 350) throw errorForReply(reply);
    }
    const secured = session.dataProtected && session.tls !== undefined;
    const plainFast = secured || !session.passive ? undefined : fast;
    const pending = session.passive ? await openPassive(session, plainFast) : await openActive(session);
    const socket = await sendAndConnect(session, cmd, pending, secured ? fast : undefined);
    record.socket = socket.socket;
    // A stalled data connection would otherwise wait forever: the reply timeout only starts after the data.
    socket.socket.setTimeout(session.timeout, () =>
      socket.socket.destroy(new FtpTimeoutError(`Data connection idle for ${session.timeout} ms`)),
    );
    if (record.abortRequested) sendAbort(session, record);
    return { ...socket, fastRead: socket.fastRead || plainFast !== undefined, secured, record };
  } catch (error) {
    endTransfer(session, record);
    throw error;
  }
}

async function sendAndConnect(
  session: Session,
  cmd: string,
  pending: PendingDataSocket,
  fast: FastReadSink | undefined,
): Promise<{ socket: Socket; preliminary: FtpReply; expectedSize: number | undefined; fastRead: boolean }> {
  const { conn, tls } = session;
  const secure = session.dataProtected && tls !== undefined;
  let securing: Promise<Socket> | undefined;
  let fastRead = false;
  const prepare = fast === undefined ? undefined : (tlsSocket: Socket): void => void (fastRead = readIntoCallerBuffers(tlsSocket, fast.onread));
  const startTls = (): Promise<Socket> =>
    (securing ??= pending.socket.then((raw) => tls!.secure(raw, session.timeout, 'data', prepare)));
  let timer: NodeJS.Timeout | undefined;
  try {
    conn.send(cmd);
    if (secure) timer = setTimeout(() => void startTls().catch(() => undefined), session.dataTlsDelay);
    const reply = await conn.readReply();
    clearTimeout(timer);
    if (!isPreliminary(reply)) {
      const error = reply.code >= 400 ? errorForReply(reply) : new FtpReplyError(reply, `Expected 1xx for ${cmd}, got: ${reply.text}`);
      refusals.add(error);
      throw error;
    }
    const socket = secure ? await conn.bounded(startTls(), session.timeout, 'data TLS handshake') : await conn.bounded(pending.socket, session.timeout, 'data connection');
    return { socket, preliminary: reply, expectedSize: parse150Size(reply), fastRead };
  } catch (error) {
    clearTimeout(timer);
    pending.close();
    void securing?.then((s) => s.destroy(), () => undefined);
    throw error;
  }
}

function endTransfer(session: Session, record: ActiveTransfer): void {
  if (session.active === record) session.active = undefined;
  record.settle();
}

/**
 * Completes a transfer: done only when `work` (the data socket's side: drained or flushed) has settled AND
 * the final reply has arrived, in either order (INTEROP "Data/control order"). A negative final reply drops
 * the data socket; failed data work drops it too so the server answers. After an abort, replies are read
 * up to the NOOP barrier so no late reply is left for the next command.
 */
export async function completeTransfer(session: Session, transfer: OpenTransfer, work: Promise<void>): Promise<FtpReply> {
  const { conn } = session;
  const { socket, record } = transfer;
  try {
    const replyPromise = nextFinalReply(session);
    let workSettled = false;
    let refusedFirst = false;
    let socketFailed = false;
    socket.once('error', () => {
      socketFailed = true;
    });
    replyPromise.then(
      (reply) => {
        if (reply.code < 400) return;
        // The server gave up (452 disk full, 426…) while data still flowed: that reply is the cause.
        refusedFirst = !workSettled;
        socket.destroy();
      },
      () => socket.destroy(),
    );
    let workError: unknown;
    try {
      await work;
    } catch (error) {
      workError = error;
      socket.destroy();
    }
    workSettled = true;
    const reply = await conn.bounded(replyPromise, session.timeout, 'final transfer reply');
    if (!socket.destroyed) socket.destroy();
    if (record.abortSent) {
      // Servers answer a transfer plus ABOR with 426+226, 225, 226+225 or (pure-ftpd) 426+451 only. A NOOP,
      // sent once the first reply shows the server is listening again (pipelined behind ABOR, pure-ftpd
      // drops it), is a barrier: its 200 is the last reply to read (INTEROP "ABOR").
      conn.send('NOOP');
      for (let count = 0; count < 6; count += 1) if ((await conn.readReply()).code === 200) break;
      throw new FtpAbortedError();
    }
    const negative = reply.code < 200 || reply.code >= 300;
    // A reset data socket plus a 4xx/5xx is one failure, told best by the reply; a local stream's own error
    // (disk full here) is reported as itself.
    const dataBroke = socketFailed || (workError as { code?: unknown } | undefined)?.code === 'ERR_STREAM_PREMATURE_CLOSE';
    if (workError !== undefined && !(negative && (refusedFirst || dataBroke))) throw workError;
    if (negative) throw errorForReply(reply);
    return reply;
  } finally {
    endTransfer(session, record);
  }
}

async function nextFinalReply(session: Session): Promise<FtpReply> {
  // Some servers send a second 1xx (e.g. 125 then 150); only a non-1xx reply ends the transfer.
  for (;;) {
    const reply = await session.conn.nextReply();
    if (!isPreliminary(reply)) return reply;
  }
}

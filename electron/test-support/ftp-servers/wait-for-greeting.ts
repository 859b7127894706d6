import { connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';
import { createReplyReader, type FtpReply } from './ftp-reply.js';

/** What readiness polling needs to know. */
export interface GreetingTarget {
  readonly port: number;
  /** Implicit FTPS: the 220 only arrives through TLS. */
  readonly implicitTls: boolean;
  /** Returns why the server is gone, to stop waiting early. */
  readonly exitStatus: () => string | undefined;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function openSocket(port: number, implicitTls: boolean): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = implicitTls
      ? connectTls({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => resolve(socket))
      : connectTcp({ host: '127.0.0.1', port }, () => resolve(socket));
    socket.once('error', reject);
  });
}

async function readGreeting(target: GreetingTarget): Promise<FtpReply> {
  const socket = await openSocket(target.port, target.implicitTls);
  const reader = createReplyReader(socket);
  try {
    return await reader.next(3_000);
  } finally {
    reader.dispose();
    socket.on('error', () => undefined);
    socket.destroy();
  }
}

/**
 * Polls until the port accepts and sends a 220 greeting, or throws after `timeoutMs`.
 * A bound port alone is not enough: vsftpd and proftpd accept before they can serve.
 */
export async function waitForGreeting(target: GreetingTarget, timeoutMs = 10_000): Promise<FtpReply> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no attempt';
  while (Date.now() < deadline) {
    const status = target.exitStatus();
    if (status !== undefined) throw new Error(`server exited during start-up (${status})`);
    try {
      const reply = await readGreeting(target);
      if (reply.code === 220) return reply;
      last = `unexpected greeting: ${reply.lines.join(' | ')}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(50);
  }
  throw new Error(`no 220 greeting on 127.0.0.1:${target.port} within ${timeoutMs} ms (last: ${last})`);
}

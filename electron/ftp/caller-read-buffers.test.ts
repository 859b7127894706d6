import { connect as netConnect, Socket, type AddressInfo } from 'node:net';
import { connect as tlsConnect, createServer, type TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCertificate } from '../test-support/ftp-servers/certificate.js';
import { readIntoCallerBuffers } from './caller-read-buffers.js';
import { randomBytes } from './testing/streams.js';

const payload = randomBytes(3 * 1024 * 1024, 11);

describe('readIntoCallerBuffers on a wrapped TLS socket', () => {
  let server: ReturnType<typeof createServer>;
  let port = 0;
  beforeAll(async () => {
    const cert = await testCertificate();
    server = createServer({ cert: cert.pem, key: cert.keyPem }, (socket) => socket.end(payload));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Connects TCP first and wraps it, as an FTPS data connection does. */
  async function wrapped(): Promise<TLSSocket> {
    const raw = netConnect({ host: '127.0.0.1', port });
    await new Promise<void>((resolve, reject) => raw.once('connect', resolve).once('error', reject));
    return tlsConnect({ socket: raw, rejectUnauthorized: false });
  }

  it('decrypts into the buffers it is given, without data events, pausing when the callback says so', async () => {
    const socket = await wrapped();
    const buffers: Buffer[] = [];
    const received: Buffer[] = [];
    let paused = false;
    let readsWhilePaused = 0;
    let dataEvents = 0;
    socket.on('data', () => {
      dataEvents += 1;
    });
    const installed = readIntoCallerBuffers(socket, {
      buffer: () => {
        const next = Buffer.alloc(100_000);
        buffers.push(next);
        return next;
      },
      callback: (length, buffer) => {
        if (paused) readsWhilePaused += 1;
        expect(buffer).toBe(buffers[buffers.length - 1]);
        received.push(Buffer.from(buffer.subarray(0, length)));
        if (received.length !== 3) return true;
        // Pause once, then resume later: nothing may arrive meanwhile.
        paused = true;
        setTimeout(() => {
          paused = false;
          socket.resume();
        }, 50);
        return false;
      },
    });
    expect(installed).toBe(true);
    await new Promise<void>((resolve, reject) => socket.once('end', resolve).once('error', reject).resume());
    socket.destroy();
    expect(Buffer.concat(received).equals(payload)).toBe(true);
    expect(dataEvents).toBe(0);
    expect(readsWhilePaused).toBe(0);
    expect(received.length).toBeGreaterThan(3);
  });

  it('leaves a socket without a native handle alone (it then emits data as usual)', () => {
    const unconnected = new Socket();
    expect(readIntoCallerBuffers(unconnected, { buffer: () => Buffer.alloc(1), callback: () => true })).toBe(false);
    unconnected.destroy();
  });
});

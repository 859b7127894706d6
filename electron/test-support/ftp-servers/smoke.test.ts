import { existsSync } from 'node:fs';
import { connect as connectTcp } from 'node:net';
import { connect as connectTls, type ConnectionOptions } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverCombinations, startServer, writeFixture } from './index.js';
import {
  collectData, finalReply, openRawSession, rawLogin, rawPassivePort, sendCommand, whenSocket,
  type RawSession,
} from './raw-session.js';
import type { RunningServer } from './types.js';

const reusing = new Set(['vsftpd', 'proftpd']);

/** LIST over a PROT P data connection, handshaking after the 1xx as Python's ftplib does. */
async function protectedList(server: RunningServer, session: RawSession, resume: boolean, tls: ConnectionOptions) {
  const port = await rawPassivePort(session);
  const tcp = await whenSocket(connectTcp({ host: server.host, port }), 'connect');
  session.socket.write('LIST\r\n');
  const first = await session.reader.next();
  if (first.code >= 200) {
    tcp.destroy();
    return { first, final: first, listing: '' };
  }
  const data = connectTls({
    socket: tcp, servername: 'localhost', ca: server.certificatePem, ...tls,
    ...(resume && session.tlsSession !== undefined ? { session: session.tlsSession } : {}),
  });
  data.on('error', () => undefined);
  const listing = collectData(data);
  const final = await finalReply(session);
  data.destroy();
  return { first, final, listing: await listing };
}

describe.each(serverCombinations)('$kind ($tls)', (options) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(options);
    await writeFixture(server, 'hello.txt', 'hi\n');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('greets with 220, upgrades to TLS when asked, and logs ftptest in', async () => {
    const session = await openRawSession(server);
    try {
      expect(session.greeting.code).toBe(220);
      if (server.tls !== 'plain') expect(['TLSv1.2', 'TLSv1.3']).toContain(session.tlsProtocol);
      const pass = await rawLogin(session, server.user, server.password);
      expect(pass.code, `${pass.lines.join('\n')}\n${await server.readLog()}`).toBe(230);
      expect((await sendCommand(session, 'QUIT')).code).toBe(221);
    } finally {
      session.socket.destroy();
    }
  });

  if (options.tls === 'plain') {
    it('lists the root over a passive connection from its range', async () => {
      const session = await openRawSession(server);
      try {
        expect((await rawLogin(session, server.user, server.password)).code).toBe(230);
        const port = await rawPassivePort(session);
        expect(port).toBeGreaterThanOrEqual(server.passivePorts.min);
        expect(port).toBeLessThanOrEqual(server.passivePorts.max);
        const listing = collectData(await whenSocket(connectTcp({ host: server.host, port }), 'connect'));
        expect([125, 150]).toContain((await sendCommand(session, 'LIST')).code);
        expect(await listing).toContain('hello.txt');
        expect((await finalReply(session)).code).toBe(226);
      } finally {
        session.socket.destroy();
      }
    });
  }

  if (options.tls === 'plain' && options.kind !== 'pure-ftpd') {
    it('lets anonymous in, read-only, on the same root', async () => {
      expect(server.anonymous).toBe(true);
      const session = await openRawSession(server);
      try {
        expect((await rawLogin(session, 'anonymous', 'test@example.org')).code).toBe(230);
        expect((await sendCommand(session, 'MKD not-allowed')).code).toBeGreaterThanOrEqual(500);
        // pyftpdlib refuses SIZE in ASCII mode.
        expect((await sendCommand(session, 'TYPE I')).code).toBe(200);
        expect((await sendCommand(session, 'SIZE hello.txt')).code).toBe(213);
      } finally {
        session.socket.destroy();
      }
    });
  }

  if (options.tls !== 'plain') {
    it('also negotiates TLS 1.2', async () => {
      const session = await openRawSession(server, { maxVersion: 'TLSv1.2' });
      try {
        expect(session.tlsProtocol).toBe('TLSv1.2');
        expect((await rawLogin(session, server.user, server.password)).code).toBe(230);
      } finally {
        session.socket.destroy();
      }
    });

    it.each(['TLSv1.2', 'TLSv1.3'] as const)('lists over PROT P resuming the control session (%s)', async (version) => {
      // The data connection must offer the control's version, or there is nothing to resume.
      const tls: ConnectionOptions = { maxVersion: version, minVersion: version };
      const session = await openRawSession(server, tls);
      try {
        expect((await rawLogin(session, server.user, server.password)).code).toBe(230);
        expect((await sendCommand(session, 'PBSZ 0')).code).toBe(200);
        expect((await sendCommand(session, 'PROT P')).code).toBe(200);
        const resumed = await protectedList(server, session, true, tls);
        expect(resumed.final.code, `${resumed.final.lines.join('\n')}\n${await server.readLog()}`).toBe(226);
        expect(resumed.listing).toContain('hello.txt');
        if (reusing.has(server.kind)) {
          const fresh = await protectedList(server, session, false, tls);
          expect(fresh.final.code, fresh.final.lines.join('\n')).toBeGreaterThanOrEqual(400);
        }
      } finally {
        session.socket.destroy();
      }
    });
  }
});

describe('stop()', () => {
  it('ends the server, frees its port, removes its root, and may be called twice', async () => {
    const server = await startServer({ kind: 'pyftpdlib', tls: 'plain' });
    await server.stop();
    await server.stop();
    expect(existsSync(server.root)).toBe(false);
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connectTcp({ host: server.host, port: server.port });
      socket.once('connect', () => { socket.destroy(); resolve(false); });
      socket.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });
});

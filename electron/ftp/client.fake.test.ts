import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { FtpClient } from './client.js';
import {
  FtpConnectionClosedError, FtpInvalidArgumentError, FtpPermanentError, FtpProtocolError, FtpTemporaryError,
  FtpTimeoutError,
} from './errors.js';
import type { FtpLogEntry } from './protocol-log.js';
import { greetAndLogin, startFakeServer, type FakeServer, type FakeSession } from './testing/fake-server.js';

// Faults real servers do not produce on demand; everything else is tested against real servers.
let server: FakeServer | undefined;
let client: FtpClient | undefined;
afterEach(async () => {
  client?.close();
  await server?.close();
  server = undefined;
  client = undefined;
});

async function setUp(
  script: (session: FakeSession) => Promise<void>,
  options: ConstructorParameters<typeof FtpClient>[0] = {},
  host = '127.0.0.1',
) {
  server = await startFakeServer(script, host);
  client = new FtpClient({ timeout: 2000, ...options });
  return { server, client };
}

function sink(): { writable: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  return {
    writable: new Writable({ write(chunk: Buffer, _encoding, callback) { chunks.push(chunk); callback(); } }),
    text: () => Buffer.concat(chunks).toString(),
  };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('FtpClient against a scripted fake server', () => {
  it('reads a multi-line greeting whose inner lines start with digits', async () => {
    const { server, client } = await setUp(async (s) => {
      s.write('220-Welcome\r\n200 is not the end here\r\n421 nor this\r\n220-nor this\r\n220 ready\r\n');
      await s.expect('NOOP', '200 ok');
    });
    const welcome = await client.connect('127.0.0.1', server.port);
    expect(welcome.split('\n')).toEqual(['220-Welcome', '200 is not the end here', '421 nor this', '220-nor this', '220 ready']);
    expect((await client.noop()).code).toBe(200);
  });

  it('waits through 120 for the 220', async () => {
    const { server, client } = await setUp(async (s) => {
      s.write('120 ready in 1 minute\r\n');
      await delay(50);
      s.write('220 now ready\r\n');
    });
    expect(await client.connect('127.0.0.1', server.port)).toBe('220 now ready');
  });

  it('closes on a 421 in mid-session and says so on later calls', async () => {
    const { server, client } = await setUp(async (s) => {
      await greetAndLogin(s);
      await s.expect('PWD', '421 Idle timeout, closing');
      s.socket.end();
    });
    await client.connect('127.0.0.1', server.port);
    await client.login('u', 'p');
    const first = await client.pwd().catch((e: unknown) => e);
    expect(first).toBeInstanceOf(FtpConnectionClosedError);
    expect((first as FtpConnectionClosedError).reply?.code).toBe(421);
    const later = await client.noop().catch((e: unknown) => e);
    expect(later).toBeInstanceOf(FtpConnectionClosedError);
    expect((later as Error).message).toMatch(/Idle timeout/);
    expect(client.connected).toBe(false);
  });

  it('refuses a 1 MiB reply line with a protocol error and closes', async () => {
    const { server, client } = await setUp(async (s) => {
      await greetAndLogin(s);
      await s.expect('SYST');
      s.write(`215 ${'x'.repeat(1024 * 1024)}\r\n`);
    });
    await client.connect('127.0.0.1', server.port);
    await client.login('u', 'p');
    await expect(client.sendcmd('SYST')).rejects.toBeInstanceOf(FtpProtocolError);
    const later = await client.noop().catch((e: unknown) => e);
    expect(later).toBeInstanceOf(FtpConnectionClosedError);
    expect((later as Error).message).toMatch(/longer than/);
  });

  it('connects to the control host, not a foreign PASV address, and remembers the EPSV fallback', async () => {
    const { server, client } = await setUp(async (s) => {
      await greetAndLogin(s);
      await s.expect('TYPE', '200 ok');
      for (const body of ['first', 'second']) {
        const data = await s.listenForData();
        if (body === 'first') await s.expect('EPSV', '500 EPSV not understood');
        await s.expect('PASV', `227 Entering Passive Mode (10,1,2,3,${data.port >> 8},${data.port & 255})`);
        await s.expect('RETR', '150 here it comes');
        const socket = await data.accept;
        socket.end(body);
        await delay(20);
        s.write('226 done\r\n');
      }
    });
    await client.connect('127.0.0.1', server.port);
    await client.login('u', 'p');
    for (const body of ['first', 'second']) {
      const out = sink();
      await client.download('f', out.writable);
      expect(out.text()).toBe(body);
    }
    expect(server.received.filter((line) => line === 'EPSV')).toHaveLength(1);
  });

  it.each([
    ['226 before the data ends', true],
    ['226 after the data ends', false],
  ])('completes a download with %s and stays in step', async (_name, replyFirst) => {
    const payload = 'a'.repeat(200_000);
    const { server, client } = await setUp(async (s) => {
      await greetAndLogin(s);
      await s.expect('TYPE', '200 ok');
      const data = await s.listenForData();
      await s.expect('EPSV', `229 Entering Extended Passive Mode (|||${data.port}|)`);
      await s.expect('RETR', '150 opening (200000 bytes)');
      const socket = await data.accept;
      if (replyFirst) s.write('226 Transfer complete\r\n');
      socket.write(payload.slice(0, 100_000));
      await delay(100);
      socket.end(payload.slice(100_000));
      await delay(100);
      if (!replyFirst) s.write('226 Transfer complete\r\n');
      await s.expect('PWD', '257 "/after"');
    });
    await client.connect('127.0.0.1', server.port);
    await client.login('u', 'p');
    const out = sink();
    const reply = await client.download('big', out.writable);
    expect(reply.code).toBe(226);
    expect(out.text()).toBe(payload);
    expect(await client.pwd()).toBe('/after');
  });

  it('masks PASS and ACCT in the protocol log and answers 332 with ACCT', async () => {
    const { server, client } = await setUp(async (s) => {
      s.write('220 hi\r\n');
      await s.expect('FEAT', '500 no FEAT');
      await s.expect('USER', '331 password');
      await s.expect('PASS', '332 account please');
      await s.expect('ACCT', '230 in');
    }, { logLevel: 'full' });
    const log: FtpLogEntry[] = [];
    client.on('log', (entry) => log.push(entry));
    await client.connect('127.0.0.1', server.port);
    await client.login('bob', 's3cret-pw', 'acct-secret');
    await server.done();
    expect(server.received).toContain('PASS s3cret-pw');
    expect(server.received).toContain('ACCT acct-secret');
    const text = log.map((entry) => entry.text).join('\n');
    expect(text).toContain('PASS ****');
    expect(text).toContain('ACCT ****');
    expect(text).not.toContain('s3cret');
    expect(text).not.toContain('acct-secret');
  });

  it('logs in anonymously as anonymous / anonymous@ by default', async () => {
    const { server, client } = await setUp(async (s) => {
      await greetAndLogin(s);
    });
    await client.connect('127.0.0.1', server.port);
    await client.login();
    await server.done();
    expect(server.received).toEqual(expect.arrayContaining(['USER anonymous', 'PASS anonymous@']));
  });

  it('refuses CR/LF in an argument without sending anything, and stays usable', async () => {
    const { server, client } = await setUp(async (s) => {
      await greetAndLogin(s);
      await s.expect('NOOP', '200 ok');
    });
    await client.connect('127.0.0.1', server.port);
    await client.login('u', 'p');
    await expect(client.delete('x\r\nRMD /')).rejects.toBeInstanceOf(FtpInvalidArgumentError);
    await expect(client.rename('a', 'b\nc')).rejects.toBeInstanceOf(FtpInvalidArgumentError);
    expect((await client.noop()).code).toBe(200);
    expect(server.received.some((line) => line.startsWith('DELE') || line.startsWith('RNFR'))).toBe(false);
  });

  it('keeps the connection after a 4xx, closes it after a timeout', async () => {
    const { server, client } = await setUp(async (s) => {
      await greetAndLogin(s);
      await s.expect('DELE', '450 busy, try later');
      await s.expect('NOOP');
    }, { timeout: 300 });
    await client.connect('127.0.0.1', server.port);
    await client.login('u', 'p');
    await expect(client.delete('f')).rejects.toBeInstanceOf(FtpTemporaryError);
    await expect(client.noop()).rejects.toBeInstanceOf(FtpTimeoutError);
    const later = await client.pwd().catch((e: unknown) => e);
    expect(later).toBeInstanceOf(FtpConnectionClosedError);
    expect((later as Error).message).toMatch(/No reply within 300 ms/);
  });

  it('works over IPv6 from a chosen source address, with EPSV and EPRT', async () => {
    let peer: string | undefined;
    const { server, client } = await setUp(async (s) => {
      peer = s.socket.remoteAddress;
      await greetAndLogin(s);
      await s.expect('TYPE', '200 ok');
      const data = await s.listenForData();
      await s.expect('EPSV', `229 Entering Extended Passive Mode (|||${data.port}|)`);
      await s.expect('RETR', '150 go');
      (await data.accept).end('over v6');
      s.write('226 done\r\n');
      const eprt = await s.expect('EPRT', '200 EPRT ok');
      const [, , address, port] = eprt.slice(5).split('|');
      await s.expect('RETR', '150 go');
      const { connect } = await import('node:net');
      const active = connect({ host: address ?? '', port: Number(port) });
      active.end('active v6');
      await new Promise((resolve) => active.once('close', resolve));
      s.write('226 done\r\n');
    }, {}, '::1');
    await client.connect('::1', server.port, { sourceAddress: '::1', family: 6 });
    await client.login('u', 'p');
    const first = sink();
    await client.download('f', first.writable);
    expect(first.text()).toBe('over v6');
    client.setPassive(false);
    const second = sink();
    await client.download('g', second.writable);
    expect(second.text()).toBe('active v6');
    expect(peer).toBe('::1');
    expect(server.received.find((line) => line.startsWith('EPRT'))).toMatch(/^EPRT \|2\|::1\|\d+\|$/);
    expect(server.received).not.toContain('PORT');
  });

  it('quits politely when an `await using` scope ends', async () => {
    server = await startFakeServer(async (s) => {
      await greetAndLogin(s);
      await s.expect('QUIT', '221 bye');
    });
    {
      await using ftp = new FtpClient({ timeout: 2000 });
      await ftp.connect('127.0.0.1', server.port);
      await ftp.login('u', 'p');
      expect(ftp.connected).toBe(true);
    }
    await server.done();
    expect(server.received.at(-1)).toBe('QUIT');
  });

  it('reports the server refusing mid-upload (451) rather than the broken data socket', async () => {
    const { server, client } = await setUp(async (s) => {
      await greetAndLogin(s);
      await s.expect('TYPE', '200 ok');
      const data = await s.listenForData();
      await s.expect('EPSV', `229 Entering Extended Passive Mode (|||${data.port}|)`);
      await s.expect('STOR', '150 go ahead');
      const socket = await data.accept;
      await new Promise((resolve) => socket.once('data', resolve));
      s.write('451 Local error: disk full\r\n');
      socket.destroy();
      await s.expect('PWD', '257 "/still here"');
    });
    await client.connect('127.0.0.1', server.port);
    await client.login('u', 'p');
    const { Readable } = await import('node:stream');
    const big = Readable.from((function* () {
      for (let i = 0; i < 400; i += 1) yield Buffer.alloc(65536, i);
    })());
    const error = await client.upload('f', big).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FtpTemporaryError);
    expect((error as FtpTemporaryError).reply?.code).toBe(451);
    expect(await client.pwd()).toBe('/still here');
  });

  it('treats 450/550 to NLST or LIST as an empty directory, but not a refused EPSV', async () => {
    const { server, client } = await setUp(async (s) => {
      await greetAndLogin(s);
      await s.expect('TYPE', '200 ok');
      for (const [verb, refusal] of [['NLST', '550 No files found'], ['LIST', '450 No files found']] as const) {
        const data = await s.listenForData();
        await s.expect('EPSV', `229 Entering Extended Passive Mode (|||${data.port}|)`);
        await s.expect(verb, refusal);
      }
      await s.expect('EPSV', '550 Data channel protection required');
      await s.expect('NOOP', '200 ok');
    });
    await client.connect('127.0.0.1', server.port);
    await client.login('u', 'p');
    expect(await client.nlst('empty')).toEqual([]);
    expect(await client.dir('empty')).toEqual([]);
    const error = await client.nlst().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FtpPermanentError);
    expect((error as FtpPermanentError).reply?.code).toBe(550);
    expect(server.received).not.toContain('PASV');
    expect((await client.noop()).code).toBe(200);
  });
});

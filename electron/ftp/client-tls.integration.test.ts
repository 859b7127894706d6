import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverCombinations, startServer, writeFixture, type RunningServer } from '../test-support/ftp-servers/index.js';
import { FtpClient } from './client.js';
import { FtpConnectionError, FtpPermanentError, FtpTlsCertificateError } from './errors.js';
import type { FtpTlsOptions } from './tls.js';
import { collector } from './testing/streams.js';

const secured = serverCombinations.filter((combo) => combo.tls !== 'plain');

describe.each(secured)('FTPS certificates with $kind ($tls)', (combo) => {
  let server: RunningServer;
  const clients: FtpClient[] = [];
  beforeAll(async () => {
    server = await startServer(combo);
    await writeFixture(server, 'hello.txt', 'hello world\n');
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server?.stop();
  });

  function client(tls: Omit<FtpTlsOptions, 'mode'>): FtpClient {
    const created = new FtpClient({ tls: { mode: combo.tls as 'explicit' | 'implicit', ...tls }, timeout: 10_000 });
    clients.push(created);
    return created;
  }

  async function connectAndLogin(ftp: FtpClient): Promise<void> {
    await ftp.connect(server.host, server.port);
    await ftp.login(server.user, server.password);
  }

  it('refuses an untrusted certificate and reports its fingerprint', async () => {
    const ftp = client({});
    const error = await connectAndLogin(ftp).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FtpTlsCertificateError);
    const certError = error as FtpTlsCertificateError;
    expect(certError.code).toBe('TLS_CERT_UNTRUSTED');
    expect(certError.certificate.fingerprint256).toBe(server.fingerprint256);
    expect(certError.certificate.subject).toContain('CN=localhost');
    expect(certError.certificate.subjectAltNames).toContain('DNS:localhost');
    expect(certError.certificate.pem).toContain('BEGIN CERTIFICATE');
    expect(certError.reason).toMatch(/SELF_SIGNED/);
    expect(['TLSv1.2', 'TLSv1.3']).toContain(certError.tlsVersion);
    expect(ftp.connected).toBe(false);
  });

  it('connects with the trusted fingerprint and moves data over resumed sessions', async () => {
    const ftp = client({ trustedFingerprint256: server.fingerprint256.toLowerCase() });
    await connectAndLogin(ftp);
    const out = collector();
    await ftp.download('hello.txt', out.writable);
    expect(out.bytes().toString()).toBe('hello world\n');
    expect((await ftp.list()).map((entry) => entry.name)).toContain('hello.txt');
    await ftp.quit();
  });

  it('refuses a certificate whose fingerprint differs from the pinned one', async () => {
    const ftp = client({ trustedFingerprint256: 'AB:'.repeat(31) + 'AB' });
    const error = await connectAndLogin(ftp).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FtpTlsCertificateError);
    expect((error as FtpTlsCertificateError).reason).toBe('FINGERPRINT_MISMATCH');
  });

  it('checks the host name against the certificate', async () => {
    const ftp = client({ ca: server.certificatePem, servername: 'not-this-host.example' });
    const error = await connectAndLogin(ftp).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FtpTlsCertificateError);
    expect((error as FtpTlsCertificateError).reason).toMatch(/ALTNAME/);
  });

  it('accepts anything with rejectUnauthorized: false', async () => {
    const ftp = client({ rejectUnauthorized: false });
    await connectAndLogin(ftp);
    expect(await ftp.nlst()).toContain('hello.txt');
    await ftp.quit();
  });

  it('follows PROT C where the server allows clear data, and reports refusals as errors', async () => {
    const ftp = client({ ca: server.certificatePem, protection: 'C' });
    const login = connectAndLogin(ftp);
    if (combo.kind === 'proftpd') {
      // proftpd (TLSRequired on) refuses PROT C itself.
      const error = await login.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FtpPermanentError);
      expect((error as FtpPermanentError).reply?.code).toBe(534);
      return;
    }
    await login;
    expect(ftp.dataProtected).toBe(false);
    if (combo.kind === 'vsftpd') {
      // vsftpd (force_local_data_ssl) accepts PROT C and refuses the transfer with 522.
      const error = await ftp.nlst().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FtpPermanentError);
      expect((error as FtpPermanentError).reply?.code).toBe(522);
      expect(await ftp.pwd()).toBe('/');
    } else if (combo.kind === 'pyftpdlib') {
      // pyftpdlib accepts PROT C but refuses EPSV with 550: an error, neither a PASV fallback nor an empty list.
      const error = await ftp.nlst().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FtpPermanentError);
      expect((error as FtpPermanentError).reply?.text).toMatch(/^550 SSL\/TLS required/);
      expect(await ftp.pwd()).toBe('/');
    } else {
      expect(await ftp.nlst()).toEqual(['hello.txt']);
    }
    await ftp.quit();
  });

  it.each(['TLSv1.2', 'TLSv1.3'] as const)('reuses the session on data connections under %s', async (version) => {
    const ftp = client({ ca: server.certificatePem, minVersion: version, maxVersion: version });
    const log: string[] = [];
    ftp.logLevel = 'full';
    ftp.on('log', (entry) => log.push(entry.text));
    await connectAndLogin(ftp);
    for (let i = 0; i < 3; i += 1) expect(await ftp.nlst()).toContain('hello.txt');
    const data = log.filter((line) => line.startsWith('TLS data:'));
    expect(data).toHaveLength(3);
    for (const line of data) expect(line).toContain(version);
    // vsftpd and proftpd refuse a data connection that does not resume the control session.
    if (combo.kind === 'vsftpd' || combo.kind === 'proftpd') for (const line of data) expect(line).toContain('session reused');
    await ftp.quit();
  });
});

describe('CCC with proftpd (explicit, TLSRequired on)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ kind: 'proftpd', tls: 'explicit' });
    await writeFixture(server, 'hello.txt', 'hello world\n');
  });
  afterAll(async () => {
    await server?.stop();
  });

  // The harness runs proftpd with `TLSRequired on`, which refuses CCC with 534; a CCC that succeeds was
  // checked by hand against proftpd with `TLSRequired off` (plaintext PWD and NLST afterwards).
  it('keeps the connection secure and usable when CCC is refused', async () => {
    const ftp = new FtpClient({ tls: { mode: 'explicit', ca: server.certificatePem }, timeout: 10_000 });
    try {
      await ftp.connect(server.host, server.port);
      await ftp.login(server.user, server.password);
      const error = await ftp.ccc().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FtpPermanentError);
      expect((error as FtpPermanentError).reply?.code).toBe(534);
      expect(ftp.controlSecure).toBe(true);
      expect(ftp.dataProtected).toBe(true);
      const out = collector();
      await ftp.download('hello.txt', out.writable);
      expect(out.bytes().toString()).toBe('hello world\n');
      expect(await ftp.quit()).toMatch(/^221/);
    } finally {
      ftp.close();
    }
  });
});

describe('connection failures', () => {
  it('reports a closed port clearly', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const ftp = new FtpClient({ timeout: 5000 });
    const error = await ftp.connect('127.0.0.1', port).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FtpConnectionError);
    expect((error as FtpConnectionError).systemCode).toBe('ECONNREFUSED');
    expect((error as Error).message).toContain(`127.0.0.1 port ${port}`);
    expect(ftp.connected).toBe(false);
  });
});

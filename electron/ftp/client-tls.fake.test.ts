import { afterEach, describe, expect, it } from 'vitest';
import { testCertificate } from '../test-support/ftp-servers/certificate.js';
import { FtpClient } from './client.js';
import { acceptTls, startFakeServer, type FakeServer, type FakeSession, type FakeTlsIdentity } from './testing/fake-server.js';
import { collector } from './testing/streams.js';

// Real servers all answer the transfer command with 1xx before the data TLS handshake; some servers in the
// wild wait for the handshake first. The client must not deadlock on either order.
let server: FakeServer | undefined;
let client: FtpClient | undefined;
afterEach(async () => {
  client?.close();
  await server?.close();
});

async function secureLogin(s: FakeSession, identity: FakeTlsIdentity): Promise<void> {
  s.write('220 fake TLS server\r\n');
  await s.expect('AUTH', '234 go ahead');
  s.startTls(identity);
  await s.expect('FEAT', '211-Features:\r\n PBSZ\r\n PROT\r\n211 End');
  await s.expect('USER', '331 password');
  await s.expect('PASS', '230 in');
  await s.expect('PBSZ', '200 PBSZ=0');
  await s.expect('PROT', '200 private');
}

describe('data TLS handshake order', () => {
  it('handshakes without a 1xx when the server waits for TLS before answering', async () => {
    const cert = await testCertificate();
    const identity = { key: cert.keyPem, cert: cert.pem };
    let handshakeBeforeReply = false;
    server = await startFakeServer(async (s) => {
      await secureLogin(s, identity);
      await s.expect('TYPE', '200 binary');
      const data = await s.listenForData();
      await s.expect('EPSV', `229 Entering Extended Passive Mode (|||${data.port}|)`);
      await s.expect('RETR');
      const secure = await acceptTls(await data.accept, identity);
      handshakeBeforeReply = true;
      s.write('150 sending\r\n');
      secure.end('secret payload');
      await new Promise((resolve) => secure.once('close', resolve));
      s.write('226 done\r\n');
    });
    client = new FtpClient({ tls: { mode: 'explicit', ca: cert.pem }, dataTlsDelay: 100, timeout: 5000 });
    await client.connect('127.0.0.1', server.port);
    await client.login('u', 'p');
    const out = collector();
    await client.download('f', out.writable);
    expect(handshakeBeforeReply).toBe(true);
    expect(out.bytes().toString()).toBe('secret payload');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../test-support/ftp-servers/index.js';
import { listerPool } from './lister-pool.js';

const tcpSockets = (): number => process.getActiveResourcesInfo().filter((name) => name === 'TCPSocketWrap').length;

async function until(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

describe('listerPool on vsftpd', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ kind: 'vsftpd', tls: 'plain' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const site = () => ({ host: server.host, port: server.port, user: server.user, password: server.password, timeout: 10_000 });

  it('hands out warmed connections that list', async () => {
    const pool = listerPool(site(), 2);
    pool.warm();
    const lister = await pool.more.open();
    expect(Array.isArray(await lister.list('/'))).toBe(true);
    await pool.close();
  });

  // A CLI publish to a new folder never used its warmed lister; closing during the login left the socket
  // open and the process running after its summary.
  it('closes a warmed connection whose login is still under way', async () => {
    // The previous test's connections finish closing first.
    await until(() => tcpSockets() === 0, 3_000);
    const before = tcpSockets();
    const pool = listerPool(site(), 1);
    pool.warm();
    await pool.close();
    expect(tcpSockets()).toBeGreaterThan(before);
    expect(await until(() => tcpSockets() === before, 5_000)).toBe(true);
  });
});

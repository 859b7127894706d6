import { afterEach, describe, expect, it } from 'vitest';
import type { FakeServer } from '../ftp/testing/fake-server.js';
import { SiteClient } from './site-client.js';
import { startFakeFtp } from './testing/fake-ftp.js';

describe('SiteClient keep-alive', () => {
  let fake: FakeServer | undefined;
  afterEach(async () => {
    await fake?.close();
  });

  const noops = (): number => fake?.received.filter((line) => line === 'NOOP').length ?? 0;
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('sends NOOP only while idle, stops while busy, and quits after the idle limit', async () => {
    fake = await startFakeFtp({ listings: {}, files: {} });
    const client = new SiteClient({ host: '127.0.0.1', port: fake.port, user: 'u', password: 'p', timeout: 2000 }, { intervalMs: 40, maxIdleMs: 400 });
    const ftp = await client.get();
    await wait(150);
    expect(noops()).toBe(0); // busy: never idled
    client.idle();
    await wait(150);
    const idleCount = noops();
    expect(idleCount).toBeGreaterThanOrEqual(2);
    await client.get();
    await wait(150);
    expect(noops()).toBe(idleCount);
    client.idle();
    await wait(700);
    expect(fake.received).toContain('QUIT');
    expect(ftp.connected).toBe(false);
    // Used again after quitting: it connects anew.
    expect((await client.get()).connected).toBe(true);
    await client.close();
  });
});

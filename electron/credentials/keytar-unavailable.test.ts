import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startPrivateKeyring } from '../test-support/keyring/start-keyring.js';

const run = promisify(execFile);
const probe = fileURLToPath(new URL('../test-support/keyring/probe-keychain.ts', import.meta.url));

// libsecret keeps one bus connection per process, so every broken setup is probed in a fresh child process.
async function probeWith(env: NodeJS.ProcessEnv): Promise<{ availability: { ok: boolean; reason?: string }; setError?: string }> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', probe], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    timeout: 20_000,
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
}

describe('keytar store when the keychain is unusable', () => {
  it.each([
    ['no session bus at all', async () => ({ env: {}, stop: async () => undefined }), /No desktop session bus/],
    ['a dead bus address', async () => ({ env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/ferry-bus' }, stop: async () => undefined }), /not reachable/],
    ['a bus without a keyring service', async () => {
      const keyring = await startPrivateKeyring({ keyring: 'none', setEnv: false });
      return { env: { DBUS_SESSION_BUS_ADDRESS: keyring.busAddress }, stop: keyring.stop };
    }, /No keyring service/],
    ['a keyring without a login collection', async () => {
      const keyring = await startPrivateKeyring({ keyring: 'no-login', setEnv: false });
      return { env: { DBUS_SESSION_BUS_ADDRESS: keyring.busAddress }, stop: keyring.stop };
    }, /No keyring service/],
  ])('gives a clear reason for %s', async (_case, setUp, reason) => {
    const { env, stop } = await setUp();
    try {
      const result = await probeWith(env);
      expect(result.availability.ok).toBe(false);
      expect(result.availability.reason).toMatch(reason);
      expect(result.availability.reason).toMatch(/will ask for them/);
      expect(result.setError).toMatch(reason);
    } finally {
      await stop();
    }
  });
});

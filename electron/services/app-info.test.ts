import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appInfo, readPackageInfo } from './app-info.js';
import { createHandlers } from './create-handlers.js';
import { createEventHub } from '../ipc/event-hub.js';
import { createHubSessionManager } from '../sessions/hub-session-manager.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

async function packageJson(content: object): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'ferry-app-info-'));
  const path = join(dir, 'package.json');
  await writeFile(path, JSON.stringify(content));
  return path;
}

describe('app info', () => {
  it.each([
    [{ name: 'ferry', productName: 'Ferry', version: '0.1.0' }, { name: 'Ferry', version: '0.1.0' }],
    [{ name: 'ferry', version: '2.0.0-beta.1' }, { name: 'ferry', version: '2.0.0-beta.1' }],
    [{}, { name: 'Ferry', version: '0.0.0' }],
  ])('reads %j as %j', async (content, expected) => {
    expect(await readPackageInfo(await packageJson(content))).toEqual(expected);
  });

  it('reports the platform and the shell', () => {
    expect(appInfo({ name: 'Ferry', version: '1' }, 'electron', 'win32')).toEqual({
      name: 'Ferry',
      version: '1',
      platform: 'win32',
      shell: 'electron',
    });
  });

  it('is what the app:info handler answers', async () => {
    const handlers = createHandlers({
      homeDir: '/',
      shell: 'web',
      pkg: { name: 'Ferry', version: '9' },
      platform: 'darwin',
      sessions: createHubSessionManager({ hub: createEventHub() }),
    });
    const context = { clientId: 't', signal: new AbortController().signal };
    expect(await handlers['app:info']({}, context)).toEqual({
      ok: true,
      value: { name: 'Ferry', version: '9', platform: 'darwin', shell: 'web' },
    });
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { invokeChannels, readyChannel } from '../shared/ipc-channels.js';
import type { FerryBridge } from '../shared/ipc-contract.js';

const root = fileURLToPath(new URL('..', import.meta.url));
let dir: string;
let code: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ferry-preload-'));
  execFileSync(process.execPath, [join(root, 'build', 'bundle-preload.mjs'), '--outfile', join(dir, 'preload.cjs')]);
  code = await readFile(join(dir, 'preload.cjs'), 'utf8');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the bundle as Electron's sandbox would: a CommonJS scope whose require knows only 'electron'. */
function load() {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string) => ({ ok: true, value: channel })),
    send: vi.fn(),
    on: vi.fn((channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, fn)),
    removeListener: vi.fn((channel: string) => listeners.delete(channel)),
  };
  const contextBridge = { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) };
  // Plays Electron's webUtils: a path for "disk" files, '' for script-made ones, a throw for non-Files.
  const webUtils = {
    getPathForFile: vi.fn((file: { name?: unknown; onDisk?: boolean }) => {
      if (typeof file?.name !== 'string') throw new TypeError('not a File');
      return file.onDisk === true ? `/home/me/${file.name}` : '';
    }),
  };
  const required: string[] = [];
  const require = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`sandboxed preload cannot require ${name}`);
    return { ipcRenderer, contextBridge, webUtils };
  };
  runInNewContext(code, { require, module: { exports: {} }, exports: {}, Promise, Set, Error, String });
  return { bridge: exposed.get('ferry') as FerryBridge, ipcRenderer, webUtils, listeners, required };
}

describe('preload bundle', () => {
  it('requires only electron and carries no zod', () => {
    expect(load().required).toEqual(['electron']);
    expect(code).not.toMatch(/zod/i);
    for (const channel of invokeChannels) expect(code).toContain(channel);
  });

  it('forwards contract channels to ipcRenderer.invoke and refuses others without touching IPC', async () => {
    const { bridge, ipcRenderer } = load();
    expect(await bridge.invoke('app:info', {})).toEqual({ ok: true, value: 'app:info' });
    const refused = await bridge.invoke('fs:rm' as 'app:info', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1);
  });

  it('turns a rejected invoke into a failed Result', async () => {
    const { bridge, ipcRenderer } = load();
    ipcRenderer.invoke.mockRejectedValueOnce(new Error('no handler'));
    expect(await bridge.invoke('app:info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('hands listeners the payload only, never the IPC event, and unsubscribes', () => {
    const { bridge, listeners, ipcRenderer } = load();
    const listener = vi.fn();
    const off = bridge.on('log:line', listener);
    listeners.get('log:line')?.({ sender: 'ipcRenderer itself' }, { text: 'hi' });
    expect(listener.mock.calls).toEqual([[{ text: 'hi' }]]);
    off();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('log:line', expect.any(Function));
    expect(() => bridge.on('ipc:anything' as 'log:line', listener)).toThrow();
  });

  it('says ready on the ready channel', () => {
    const { bridge, ipcRenderer } = load();
    bridge.ready();
    expect(ipcRenderer.send).toHaveBeenCalledWith(readyChannel);
  });

  it('tells a dropped file’s path through webUtils; "" for a script-made file or a non-File', () => {
    const { bridge, webUtils, ipcRenderer } = load();
    expect(bridge.pathForFile?.({ name: 'a.txt', onDisk: true } as { name: string })).toBe('/home/me/a.txt');
    expect(bridge.pathForFile?.({ name: 'made.txt' })).toBe('');
    expect(bridge.pathForFile?.(42 as unknown as { name: string })).toBe('');
    expect(webUtils.getPathForFile).toHaveBeenCalledTimes(3);
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});

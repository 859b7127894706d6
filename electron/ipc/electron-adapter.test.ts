import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { readyChannel } from '../../shared/ipc-channels.js';
import { createDispatcher } from './dispatch.js';
import { installElectronIpc, type ElectronIpc, type ElectronIpcDeps } from './electron-adapter.js';
import { createEventHub } from './event-hub.js';
import { fakeHandlerTable } from './test-table.js';

// Electron's types come through the adapter's signature: only the adapter itself may import 'electron'.
type IpcMain = ElectronIpcDeps['ipcMain'];
type WebContents = Parameters<ElectronIpc['attach']>[0];
type InvokeListener = (event: unknown, payload: unknown) => Promise<unknown>;
type Frame = { url: string };

/** Just enough of ipcMain and webContents to drive the adapter without the Electron runtime. */
function setUp() {
  const handlers = new Map<string, InvokeListener>();
  const ipcMain = Object.assign(new EventEmitter(), {
    handle: (channel: string, listener: InvokeListener) => handlers.set(channel, listener),
    removeHandler: (channel: string) => handlers.delete(channel),
  });
  const hub = createEventHub();
  const ipc = installElectronIpc({
    ipcMain: ipcMain as unknown as IpcMain,
    dispatch: createDispatcher(fakeHandlerTable()),
    hub,
    isTrustedUrl: (url) => url === 'file:///app/index.html',
  });
  const makeContents = (id: number) => {
    const mainFrame: Frame = { url: 'file:///app/index.html' };
    const contents = Object.assign(new EventEmitter(), { id, mainFrame, send: vi.fn(), isDestroyed: () => false });
    return contents;
  };
  const invoke = (channel: string, sender: ReturnType<typeof makeContents>, frame: Frame | null, payload: unknown = {}) =>
    handlers.get(channel)?.({ sender, senderFrame: frame }, payload);
  return { ipc, hub, ipcMain, handlers, makeContents, invoke };
}

describe('installElectronIpc', () => {
  it('answers our own window main frame', async () => {
    const { ipc, makeContents, invoke } = setUp();
    const contents = makeContents(1);
    ipc.attach(contents as unknown as WebContents);
    expect(await invoke('app:info', contents, contents.mainFrame)).toMatchObject({ ok: true });
  });

  it.each([
    ['an unattached webContents', false, 'main', 'file:///app/index.html'],
    ['a subframe', true, 'sub', 'file:///app/index.html'],
    ['a navigated-away frame', true, 'main', 'https://evil.example/'],
    ['a frame that is gone', true, 'null', 'file:///app/index.html'],
  ])('refuses %s with FORBIDDEN_SENDER', async (_label, attach, which, url) => {
    const { ipc, makeContents, invoke } = setUp();
    const contents = makeContents(2);
    if (attach) ipc.attach(contents as unknown as WebContents);
    contents.mainFrame.url = url;
    const frame = which === 'main' ? contents.mainFrame : which === 'sub' ? { url } : null;
    expect(await invoke('local:list', contents, frame)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('holds events until the window says ready, and forgets it when destroyed', () => {
    const { ipc, hub, ipcMain, makeContents } = setUp();
    const contents = makeContents(3);
    ipc.attach(contents as unknown as WebContents);
    hub.emit('log:line', { time: 1, level: 'status', text: 'hello' });
    expect(contents.send).not.toHaveBeenCalled();
    ipcMain.emit(readyChannel, { sender: contents, senderFrame: contents.mainFrame });
    expect(contents.send).toHaveBeenCalledWith('log:line', { time: 1, level: 'status', text: 'hello' });
    contents.emit('destroyed');
    hub.emit('log:line', { time: 2, level: 'status', text: 'late' });
    expect(contents.send).toHaveBeenCalledOnce();
  });

  it('removes its handlers on dispose', () => {
    const { ipc, handlers, ipcMain } = setUp();
    ipc.dispose();
    expect(handlers.size).toBe(0);
    expect(ipcMain.listenerCount(readyChannel)).toBe(0);
  });
});

import type { AppErrorCode } from '../../shared/errors.js';
import type { EventChannel } from '../../shared/ipc-channels.js';
import type { FerryBridge } from '../../shared/ipc-contract.js';
import type { Result } from '../../shared/result.js';
import type { ClientMessage, ServerMessage } from '../../shared/web-shell-protocol.js';

/** What the bridge hears from its socket. */
export interface SocketCallbacks {
  onOpen(): void;
  onMessage(data: string): void;
  onClose(): void;
}

/** The little the bridge needs of a WebSocket. */
export interface BridgeSocket {
  send(data: string): void;
  close(): void;
}

/** Opens a socket; injected so tests can drive the bridge without a browser. */
export type SocketFactory = (url: string, callbacks: SocketCallbacks) => BridgeSocket;

/** The browser's own WebSocket. */
export const browserSocket: SocketFactory = (url, callbacks) => {
  const ws = new WebSocket(url);
  ws.addEventListener('open', () => callbacks.onOpen());
  ws.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (typeof event.data === 'string') callbacks.onMessage(event.data);
  });
  ws.addEventListener('close', () => callbacks.onClose());
  return ws;
};

type Listener = (payload: unknown) => void;

function failure(code: AppErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/**
 * FerryBridge over the web shell's WebSocket. Connects on first use; calls made while connecting are queued.
 * When the socket closes, pending and later calls resolve as INTERNAL 'connection lost' (no reconnect: a
 * restarted shell has a new token, so the page must be reopened from its new URL anyway).
 */
export function createWebSocketBridge(url: string | null, openSocket: SocketFactory = browserSocket): FerryBridge {
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Map<string, Set<Listener>>();
  let outbox: string[] = [];
  let socket: BridgeSocket | undefined;
  let state: 'idle' | 'connecting' | 'open' | 'closed' = 'idle';
  let nextId = 1;

  const onMessage = (data: string): void => {
    let message: ServerMessage;
    try {
      message = JSON.parse(data) as ServerMessage;
    } catch {
      return;
    }
    if (message.type === 'result') {
      const resolve = pending.get(message.id);
      pending.delete(message.id);
      resolve?.(message.result);
    } else if (message.type === 'event') {
      for (const listener of listeners.get(message.event) ?? []) {
        try {
          listener(message.payload);
        } catch (error) {
          console.error(`ferry: a ${message.event} listener failed`, error);
        }
      }
    }
  };

  const onClose = (): void => {
    state = 'closed';
    outbox = [];
    for (const resolve of pending.values()) resolve(failure('INTERNAL', 'Connection to Ferry lost'));
    pending.clear();
  };

  const send = (message: ClientMessage): boolean => {
    if (state === 'idle' && url !== null) {
      state = 'connecting';
      socket = openSocket(url, {
        onOpen: () => {
          state = 'open';
          for (const text of outbox) socket?.send(text);
          outbox = [];
        },
        onMessage,
        onClose,
      });
    }
    if (state === 'open') socket?.send(JSON.stringify(message));
    else if (state === 'connecting') outbox.push(JSON.stringify(message));
    else return false;
    return true;
  };

  return {
    invoke(channel, payload) {
      if (url === null) {
        return Promise.resolve(failure('INTERNAL', 'No web shell token: open the address the web shell printed'));
      }
      const id = nextId++;
      // The server answers with the channel's Result; its shape is the contract's, checked on the main side.
      const answer = new Promise<Result<never>>((resolve) => pending.set(id, resolve as (r: Result<unknown>) => void));
      if (!send({ type: 'invoke', id, channel, payload })) {
        pending.delete(id);
        return Promise.resolve(failure('INTERNAL', 'Connection to Ferry lost'));
      }
      return answer;
    },
    on(event: EventChannel, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      const wrapped = listener as Listener;
      set.add(wrapped);
      return () => {
        set.delete(wrapped);
      };
    },
    ready() {
      send({ type: 'ready' });
    },
  };
}

import { eventChannels, type EventChannel } from '../../shared/ipc-channels.js';
import { eventContract, type EventOf } from '../../shared/ipc-contract.js';
import { describeIssues } from './validation-message.js';

/** How a transport delivers one event to one renderer. */
export type EventSink = (event: EventChannel, payload: unknown) => void;

/** Options for createEventHub. */
export interface EventHubOptions {
  /** Events kept per client before it is ready; the oldest are dropped beyond it (a stuck page must not grow main). */
  readonly maxQueued?: number;
  /** Told about events main itself got wrong; they are dropped rather than thrown into the emitting code. */
  readonly onInvalid?: (event: string, message: string) => void;
}

/** Fans main's events out to every connected renderer, holding them back until each says it is ready. */
export interface EventHub {
  /** Validates and delivers (or queues) an event; false when the payload broke the contract and was dropped. */
  emit<E extends EventChannel>(event: E, payload: EventOf<E>): boolean;
  /**
   * Like emit, but to one renderer only (the one a call came from: HandlerContext.clientId), for events that
   * answer that renderer's own request. False when the payload broke the contract or no such client is
   * connected (it went away meanwhile); either way nothing was delivered.
   */
  emitTo<E extends EventChannel>(clientId: string, event: E, payload: EventOf<E>): boolean;
  /** A new renderer: it gets events emitted from now on, queued until markReady. */
  addClient(clientId: string, sink: EventSink): void;
  /** The renderer's listeners are attached: flush its queue in order, then deliver directly. */
  markReady(clientId: string): void;
  /** The renderer is reloading: queue again until it says ready anew. */
  markNotReady(clientId: string): void;
  removeClient(clientId: string): void;
}

interface Client {
  readonly sink: EventSink;
  ready: boolean;
  queue: Array<{ event: EventChannel; payload: unknown }>;
}

/** Creates an EventHub; see its interface. */
export function createEventHub(options: EventHubOptions = {}): EventHub {
  const maxQueued = options.maxQueued ?? 1000;
  const onInvalid = options.onInvalid ?? ((event, message) => console.error(`ferry: dropped ${event}: ${message}`));
  const clients = new Map<string, Client>();

  const deliver = (client: Client, event: EventChannel, payload: unknown): void => {
    if (client.ready) {
      client.sink(event, payload);
      return;
    }
    client.queue.push({ event, payload });
    if (client.queue.length > maxQueued) client.queue.shift();
  };

  /** The payload as the contract parses it, or undefined (reported) when main got it wrong. */
  const validated = (event: EventChannel, payload: unknown): { data: unknown } | undefined => {
    if (!(eventChannels as readonly string[]).includes(event)) {
      onInvalid(String(event), 'unknown event');
      return undefined;
    }
    const parsed = eventContract[event].safeParse(payload);
    if (!parsed.success) {
      onInvalid(event, describeIssues(parsed.error.issues));
      return undefined;
    }
    return { data: parsed.data };
  };

  return {
    emit(event, payload) {
      const checked = validated(event, payload);
      if (checked === undefined) return false;
      for (const client of clients.values()) deliver(client, event, checked.data);
      return true;
    },
    emitTo(clientId, event, payload) {
      const checked = validated(event, payload);
      const client = clients.get(clientId);
      if (checked === undefined || client === undefined) return false;
      deliver(client, event, checked.data);
      return true;
    },
    addClient(clientId, sink) {
      clients.set(clientId, { sink, ready: false, queue: [] });
    },
    markReady(clientId) {
      const client = clients.get(clientId);
      if (client === undefined || client.ready) return;
      client.ready = true;
      const queued = client.queue;
      client.queue = [];
      for (const { event, payload } of queued) client.sink(event, payload);
    },
    markNotReady(clientId) {
      const client = clients.get(clientId);
      if (client !== undefined) client.ready = false;
    },
    removeClient(clientId) {
      clients.delete(clientId);
    },
  };
}

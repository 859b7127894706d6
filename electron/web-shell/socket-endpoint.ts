import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { appError } from '../../shared/errors.js';
import { fail } from '../../shared/result.js';
import { clientMessageSchema, webShellSocketPath, type ServerMessage } from '../../shared/web-shell-protocol.js';
import type { Dispatch } from '../ipc/dispatch.js';
import type { EventHub } from '../ipc/event-hub.js';
import { describeIssues } from '../ipc/validation-message.js';
import { tokenMatches } from './token.js';

/** What the WebSocket endpoint checks and calls. */
export interface SocketEndpointDeps {
  readonly token: string;
  /** The only Origin a browser may present: the shell's own `http://127.0.0.1:PORT`. */
  readonly origin: () => string;
  readonly dispatch: Dispatch;
  readonly hub: EventHub;
}

/** The `/ipc` endpoint: gatekeeper for upgrades plus the per-connection message loop. */
export interface SocketEndpoint {
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): void;
}

const maxFrameBytes = 1024 * 1024;

/**
 * Refuses any upgrade without the run's token (401) or from another Origin (403): a web page the user visits
 * can reach 127.0.0.1 too, and browsers send its Origin honestly, which is what makes the check meaningful.
 */
export function createSocketEndpoint(deps: SocketEndpointDeps): SocketEndpoint {
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes });
  let nextClient = 0;

  wss.on('connection', (ws: WebSocket) => {
    const clientId = `ws-${++nextClient}`;
    const controller = new AbortController();
    const send = (message: ServerMessage): void => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    };
    deps.hub.addClient(clientId, (event, payload) => send({ type: 'event', event, payload }));
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (isBinary) return;
      void handleFrame(rawToString(data), { clientId, signal: controller.signal }, send);
    });
    ws.on('close', () => {
      controller.abort();
      deps.hub.removeClient(clientId);
    });
    ws.on('error', () => ws.terminate());
  });

  const handleFrame = async (
    text: string,
    context: { clientId: string; signal: AbortSignal },
    send: (message: ServerMessage) => void,
  ): Promise<void> => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return; // Not JSON: nothing to answer to.
    }
    const parsed = clientMessageSchema.safeParse(json);
    if (!parsed.success) {
      const id = salvageId(json);
      if (id !== undefined) {
        const message = `Malformed message: ${describeIssues(parsed.error.issues)}`;
        send({ type: 'result', id, result: fail(appError('INVALID_ARGUMENT', message)) });
      }
      return;
    }
    const frame = parsed.data;
    if (frame.type === 'ready') {
      deps.hub.markReady(context.clientId);
      return;
    }
    const result = await deps.dispatch(frame.channel, frame.payload, context);
    send({ type: 'result', id: frame.id, result });
  };

  return {
    handleUpgrade(request, socket, head) {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (url.pathname !== webShellSocketPath) return refuse(socket, 404, 'Not Found');
      if (!tokenMatches(deps.token, url.searchParams.get('token'))) return refuse(socket, 401, 'Unauthorized');
      if (request.headers.origin !== deps.origin()) return refuse(socket, 403, 'Forbidden');
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
    },
    close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}

/** A well-formed numeric id lets a broken frame still get an answer instead of a silent timeout. */
function salvageId(json: unknown): number | undefined {
  if (typeof json !== 'object' || json === null || !('id' in json)) return undefined;
  const id = json.id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : undefined;
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../shared/errors.js';
import type { RemoteConnectRequest, RemoteConnectResponse, RemoteStateEvent, RemoteWarning } from '../../shared/remote-session.js';
import type { Result } from '../../shared/result.js';
import type { SiteProtocol } from '../../shared/site.js';
import { useBridge } from './bridge-context.js';

/** Where the user asked to go, without the password: what the pane header and recent list show. */
export interface SessionTarget {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly protocol: SiteProtocol;
  /** Where the request came from: only quick-connect targets go into the recent list. */
  readonly source: 'quick' | 'site';
  /** The folder to open after login (from a pasted URL or a site's remote folder). */
  readonly startPath?: string;
}

/** The certificate question `remote:connect` may answer with. */
export type TrustQuestion = Extract<RemoteConnectResponse, { status: 'needs-trust' }>;

/** The remote side's connection, as one state machine. */
export type RemoteConnection =
  | { readonly phase: 'idle'; readonly target?: SessionTarget; readonly error?: AppError; readonly notice?: string }
  | { readonly phase: 'connecting'; readonly target: SessionTarget }
  | { readonly phase: 'needs-trust'; readonly target: SessionTarget; readonly question: TrustQuestion }
  | {
      readonly phase: 'connected';
      readonly target: SessionTarget;
      readonly sessionId: string;
      readonly secure: boolean;
      readonly path: string;
      readonly warning?: RemoteWarning;
      readonly reconnecting: boolean;
    };

/** The connection and what can be done with it. */
export interface RemoteSession {
  readonly connection: RemoteConnection;
  connect(request: RemoteConnectRequest, target: SessionTarget): Promise<void>;
  trust(remember: 'once' | 'always'): Promise<void>;
  cancelTrust(): void;
  disconnect(): Promise<void>;
  dismissError(): void;
  dismissWarning(): void;
}

/**
 * A `remote:state` event applied to the connection: events of other (older) sessions are ignored; a dropped
 * session becomes idle with the reason; reconnecting and warnings update the header. Unchanged → same object.
 */
export function applyStateEvent(current: RemoteConnection, event: RemoteStateEvent): RemoteConnection {
  if (current.phase !== 'connected' || current.sessionId !== event.sessionId) return current;
  if (event.state === 'disconnected') {
    return {
      phase: 'idle',
      target: current.target,
      ...(event.error === undefined ? { notice: 'The server closed the connection.' } : { error: event.error }),
    };
  }
  const reconnecting = event.state === 'reconnecting' || event.state === 'connecting';
  if (reconnecting === current.reconnecting && event.warning === undefined) return current;
  return { ...current, reconnecting, ...(event.warning === undefined ? {} : { warning: event.warning }) };
}

function bridgeFailure<T>(cause: unknown): Result<T> {
  // An AppError literal: shared/errors.js would pull zod into the bundle.
  return { ok: false, error: { code: 'INTERNAL', message: 'The bridge did not answer', detail: String(cause) } };
}

const portFor = (request: RemoteConnectRequest) => request.port ?? (request.protocol === 'ftps-implicit' ? 990 : 21);

/**
 * Drives `remote:connect` → (certificate question → `remote:trust`) → connected, follows `remote:state`
 * events (reconnecting, dropped), and disconnects. One session at a time: connecting again closes the old one.
 */
export function useRemoteSession(options: { onConnected?: (target: SessionTarget) => void } = {}): RemoteSession {
  const bridge = useBridge();
  const [connection, setConnection] = useState<RemoteConnection>({ phase: 'idle' });
  const live = useRef(connection);
  live.current = connection;
  const onConnected = useRef(options.onConnected);
  onConnected.current = options.onConnected;
  const attempt = useRef(0);

  const settle = useCallback((result: Result<RemoteConnectResponse>, target: SessionTarget, request: number) => {
    if (request !== attempt.current) return;
    if (!result.ok) {
      setConnection({ phase: 'idle', target, error: result.error });
      return;
    }
    const value = result.value;
    if (value.status === 'needs-trust') {
      setConnection({ phase: 'needs-trust', target, question: value });
      return;
    }
    setConnection({
      phase: 'connected',
      target,
      sessionId: value.sessionId,
      secure: value.secure,
      path: value.path,
      reconnecting: false,
      ...(value.warning === undefined ? {} : { warning: value.warning }),
    });
    onConnected.current?.(target);
  }, []);

  const closeCurrent = useCallback(async () => {
    const current = live.current;
    if (current.phase === 'connected') {
      await bridge.invoke('remote:disconnect', { sessionId: current.sessionId }).catch(() => undefined);
    }
  }, [bridge]);

  const connect = useCallback(
    async (request: RemoteConnectRequest, target: SessionTarget) => {
      const id = ++attempt.current;
      await closeCurrent();
      const full = { ...target, port: portFor(request) };
      setConnection({ phase: 'connecting', target: full });
      const result = await bridge.invoke('remote:connect', request).catch(bridgeFailure<RemoteConnectResponse>);
      settle(result, full, id);
    },
    [bridge, closeCurrent, settle],
  );

  const trust = useCallback(
    async (remember: 'once' | 'always') => {
      const current = live.current;
      if (current.phase !== 'needs-trust') return;
      const id = ++attempt.current;
      setConnection({ phase: 'connecting', target: current.target });
      const result = await bridge
        .invoke('remote:trust', {
          attemptId: current.question.attemptId,
          fingerprint256: current.question.certificate.fingerprint256,
          remember,
        })
        .catch(bridgeFailure<RemoteConnectResponse>);
      settle(result, current.target, id);
    },
    [bridge, settle],
  );

  const cancelTrust = useCallback(() => {
    const current = live.current;
    if (current.phase !== 'needs-trust') return;
    attempt.current += 1;
    setConnection({ phase: 'idle', target: current.target, notice: 'Not connected: the certificate was not trusted.' });
  }, []);

  const disconnect = useCallback(async () => {
    attempt.current += 1;
    const current = live.current;
    await closeCurrent();
    setConnection({ phase: 'idle', ...(current.phase === 'idle' || current.target === undefined ? {} : { target: current.target }) });
  }, [closeCurrent]);

  useEffect(() => bridge.on('remote:state', (event) => setConnection((current) => applyStateEvent(current, event))), [bridge]);

  const dismissError = useCallback(() => {
    setConnection((current) => (current.phase === 'idle' ? { phase: 'idle', ...(current.target === undefined ? {} : { target: current.target }) } : current));
  }, []);

  const dismissWarning = useCallback(() => {
    setConnection((current) => {
      if (current.phase !== 'connected' || current.warning === undefined) return current;
      const { warning: _dropped, ...rest } = current;
      return rest;
    });
  }, []);

  return { connection, connect, trust, cancelTrust, disconnect, dismissError, dismissWarning };
}

import { describe, expect, it } from 'vitest';
import type { RemoteConnection } from './use-remote-session.js';
import { applyStateEvent } from './use-remote-session.js';

const target = { host: 'example.com', port: 21, user: 'ann', protocol: 'ftp' as const, source: 'quick' as const };
const connected: RemoteConnection = { phase: 'connected', target, sessionId: 's1', secure: true, path: '/', reconnecting: false };

describe('applyStateEvent', () => {
  it('ignores events of other sessions and when not connected', () => {
    expect(applyStateEvent(connected, { sessionId: 'old', state: 'disconnected' })).toBe(connected);
    const idle: RemoteConnection = { phase: 'idle' };
    expect(applyStateEvent(idle, { sessionId: 's1', state: 'disconnected' })).toBe(idle);
  });

  it('shows reconnecting and back', () => {
    const away = applyStateEvent(connected, { sessionId: 's1', state: 'reconnecting' });
    expect(away).toMatchObject({ phase: 'connected', reconnecting: true });
    expect(applyStateEvent(away, { sessionId: 's1', state: 'connected' })).toMatchObject({ reconnecting: false });
    expect(applyStateEvent(connected, { sessionId: 's1', state: 'connected' })).toBe(connected);
  });

  it('a dropped session becomes idle with the reason, keeping the target for the next connect', () => {
    const error = { code: 'FTP_CLOSED' as const, message: 'The connection to the server was lost.' };
    expect(applyStateEvent(connected, { sessionId: 's1', state: 'disconnected', error })).toEqual({ phase: 'idle', target, error });
    expect(applyStateEvent(connected, { sessionId: 's1', state: 'disconnected' })).toMatchObject({ phase: 'idle', notice: expect.stringContaining('closed') });
  });

  it('takes a warning that arrives later', () => {
    const warning = { code: 'TLS_FALLBACK' as const, message: 'plain' };
    expect(applyStateEvent(connected, { sessionId: 's1', state: 'connected', warning })).toMatchObject({ warning });
  });
});

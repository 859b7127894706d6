import { describe, expect, it } from 'vitest';
import { remoteConnectRequestSchema } from '../../shared/remote-session.js';
import type { Site } from '../../shared/site.js';
import type { SessionAccess } from '../sessions/session-manager.js';
import { createSiteResolver, sessionSiteId } from './resolve-site.js';

const site: Site = {
  id: 'site1',
  name: 'Shop',
  folderId: null,
  host: 'ftp.example.test',
  port: 2121,
  protocol: 'ftpes-required',
  logonType: 'normal',
  user: 'web',
  localDir: '',
  remoteDir: '',
  transferMode: 'active',
  maxConnections: 2,
  encoding: 'utf-8',
  websiteUrl: '',
  publishFolder: '',
  notes: '',
  colour: 'none',
};

function access(fields: Record<string, unknown>, extra: Partial<SessionAccess> = {}): SessionAccess {
  return { params: remoteConnectRequestSchema.parse({ host: 'h.test', ...fields }), password: 'pw', trustedFingerprint256: undefined, secure: true, ...extra };
}

describe('createSiteResolver: live sessions', () => {
  it.each<[string, SessionAccess, object]>([
    ['plain FTP', access({ protocol: 'ftp', user: 'u' }), { host: 'h.test', port: 21, user: 'u', password: 'pw', passive: true, tls: undefined }],
    ['implicit FTPS on its default port', access({ protocol: 'ftps-implicit', user: 'u' }), { port: 990, tls: { mode: 'implicit' } }],
    [
      'explicit FTPS with the certificate the user trusted',
      access({ protocol: 'ftpes-required', user: 'u', port: 2121 }, { trustedFingerprint256: 'AA:BB' }),
      { port: 2121, tls: { mode: 'explicit', trustedFingerprint256: 'AA:BB' } },
    ],
    ['"TLS if available" that fell back to plain', access({ protocol: 'ftpes-if-available', user: 'u' }, { secure: false }), { tls: undefined }],
    ['anonymous', access({ protocol: 'ftp', logonType: 'anonymous' }, { password: undefined }), { user: 'anonymous', password: 'anonymous@' }],
    ['active mode', access({ protocol: 'ftp', user: 'u', transferMode: 'active' }), { passive: false }],
  ])('%s', async (_name, session, expected) => {
    const resolve = createSiteResolver({ sessions: { accessOf: (id) => (id === 'abc' ? session : undefined) } });
    const connection = await resolve(sessionSiteId('abc'));
    expect({ tls: undefined, ...connection }).toMatchObject(expected);
  });

  it('refuses a closed session with a sentence the user can act on', async () => {
    const resolve = createSiteResolver({ sessions: { accessOf: () => undefined } });
    await expect(resolve(sessionSiteId('gone'))).rejects.toMatchObject({ code: 'SITE_UNAVAILABLE', message: expect.stringMatching(/connect again/) });
  });
});

describe('createSiteResolver: saved sites', () => {
  const sources = (password: string | undefined, pin?: string) => ({
    sessions: { accessOf: () => undefined },
    sites: {
      store: { getSite: (id: string) => (id === site.id ? site : undefined), findPin: () => (pin === undefined ? undefined : { fingerprint256: pin }) },
      credentials: { getPassword: async () => password },
    },
  });

  it('uses the keychain password and the pinned certificate', async () => {
    const connection = await createSiteResolver(sources('secret', 'CC:DD'))('site1');
    expect(connection).toMatchObject({ host: 'ftp.example.test', port: 2121, user: 'web', password: 'secret', passive: false, tls: { mode: 'explicit', trustedFingerprint256: 'CC:DD' } });
  });

  it.each<[string, string, ReturnType<typeof sources>]>([
    ['an unknown site', 'nope', sources('secret')],
    ['a site without a saved password', 'site1', sources(undefined)],
  ])('refuses %s', async (_name, id, given) => {
    await expect(createSiteResolver(given)(id)).rejects.toMatchObject({ code: 'SITE_UNAVAILABLE' });
  });
});

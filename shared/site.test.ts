import { describe, expect, it } from 'vitest';
import {
  applySitePatch,
  defaultPortFor,
  pinnedCertificateSchema,
  type Site,
  siteDraftSchema,
  siteFromDraft,
  sitePatchSchema,
  siteSchema,
} from './site.js';

const base: Site = siteFromDraft('s1', siteDraftSchema.parse({ name: 'Blog', host: 'ftp.example.com' }));

describe('site model', () => {
  it('fills a draft with secure, sensible defaults', () => {
    expect(base).toEqual({
      id: 's1', name: 'Blog', folderId: null, host: 'ftp.example.com', port: 21, protocol: 'ftpes-required',
      logonType: 'normal', user: '', localDir: '', remoteDir: '', transferMode: 'passive', maxConnections: 2,
      encoding: 'utf-8', websiteUrl: '', publishFolder: '', notes: '', colour: 'none',
    });
    expect(siteSchema.parse(base)).toEqual(base);
  });

  it.each([
    ['ftp', 21],
    ['ftpes-required', 21],
    ['ftpes-if-available', 21],
    ['ftps-implicit', 990],
  ] as const)('gives %s the default port %i unless one is set', (protocol, port) => {
    expect(defaultPortFor(protocol)).toBe(port);
    expect(siteFromDraft('x', siteDraftSchema.parse({ name: 'n', host: 'h', protocol })).port).toBe(port);
    expect(siteFromDraft('x', siteDraftSchema.parse({ name: 'n', host: 'h', protocol, port: 2121 })).port).toBe(2121);
  });

  it.each([
    [{ password: 'secret' }],
    [{ pass: 'secret' }],
    [{ maxConnections: 0 }],
    [{ maxConnections: 11 }],
    [{ port: 70000 }],
    [{ host: 'ftp.example.com\r\nUSER x' }],
    [{ remoteDir: '/a\nb' }],
    [{ protocol: 'sftp' }],
    [{ logonType: 'interactive' }],
    [{ name: '   ' }],
  ])('refuses %j in a draft, a patch and a site', (extra) => {
    expect(siteDraftSchema.safeParse({ name: 'n', host: 'h', ...extra }).success).toBe(false);
    expect(sitePatchSchema.safeParse(extra).success).toBe(false);
    expect(siteSchema.safeParse({ ...base, ...extra }).success).toBe(false);
  });

  it('moves a default port along with the protocol, but not a chosen one', () => {
    expect(applySitePatch(base, { protocol: 'ftps-implicit' }).port).toBe(990);
    expect(applySitePatch({ ...base, port: 2121 }, { protocol: 'ftps-implicit' }).port).toBe(2121);
    expect(applySitePatch(base, { protocol: 'ftps-implicit', port: 4990 }).port).toBe(4990);
    expect(applySitePatch(base, { notes: undefined, name: 'New' })).toEqual({ ...base, name: 'New' });
  });

  it('normalizes a pinned certificate: lower-case host, upper-case fingerprint', () => {
    const fingerprint = Array(32).fill('ab').join(':');
    const pin = pinnedCertificateSchema.parse({ host: 'FTP.Example.COM', port: 21, fingerprint256: fingerprint, subject: 'CN=x', pinnedAt: '2026-01-01T00:00:00.000Z' });
    expect(pin.host).toBe('ftp.example.com');
    expect(pin.fingerprint256).toBe(fingerprint.toUpperCase());
    expect(pinnedCertificateSchema.safeParse({ ...pin, fingerprint256: 'AB:CD' }).success).toBe(false);
  });
});

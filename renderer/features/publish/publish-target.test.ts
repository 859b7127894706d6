import { describe, expect, it } from 'vitest';
import type { Site } from '../../../shared/site.js';
import { targetForSession, targetForSite, type LiveSession } from './publish-target.js';

const site: Site = {
  id: 'blog',
  name: 'My blog',
  folderId: null,
  host: 'ftp.example.com',
  port: 21,
  protocol: 'ftpes-required',
  logonType: 'normal',
  user: 'me',
  localDir: '',
  remoteDir: '/public_html',
  transferMode: 'passive',
  maxConnections: 2,
  encoding: 'UTF-8',
  websiteUrl: 'https://example.com',
  publishFolder: '/home/me/blog',
  notes: '',
  colour: 'none',
};

const quick: LiveSession = { sessionId: 's1', label: 'me@127.0.0.1:2121', folder: '/www' };

describe('targetForSession', () => {
  it('uses the panes for a quick-connect session', () => {
    expect(targetForSession(quick, '/home/me/site')).toEqual({ siteId: 'session:s1', label: 'me@127.0.0.1:2121', localFolder: '/home/me/site', remoteFolder: '/www' });
  });

  it("prefers the site's publish folder and remote folder when the session came from a saved site", () => {
    expect(targetForSession({ ...quick, site }, '/tmp')).toEqual({ siteId: 'session:s1', label: 'My blog', localFolder: '/home/me/blog', remoteFolder: '/public_html' });
  });

  it('falls back to / and an empty local folder', () => {
    expect(targetForSession({ ...quick, folder: '' }, null)).toMatchObject({ localFolder: '', remoteFolder: '/' });
  });
});

describe('targetForSite', () => {
  it('reuses the live session of the same site', () => {
    expect(targetForSite(site, { ...quick, site }, null).siteId).toBe('session:s1');
  });

  it.each([
    ['not connected', null],
    ['connected elsewhere', quick],
  ])('uses the saved site when %s', (_label, session) => {
    expect(targetForSite({ ...site, remoteDir: '', publishFolder: '' }, session, '/home/me')).toEqual({ siteId: 'blog', label: 'My blog', localFolder: '/home/me', remoteFolder: '/' });
  });
});

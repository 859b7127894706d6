import { describe, expect, it } from 'vitest';
import { transferRequestSchema } from '../../../shared/transfer.js';
import { downloadRequests, uploadRequests } from './enqueue.js';
import { compareSides, suggestedChoice } from './exists-choices.js';
import { parsePaneDrag } from './pane-drag.js';

const remote = { siteId: 'session:abc', folder: '/www' };

describe('request builders', () => {
  it('uploads each picked item into the remote folder under its own name', () => {
    const requests = uploadRequests([{ name: 'site', folder: true }, { name: 'a b.txt', folder: false }], '/home/me', remote);
    expect(requests).toEqual([
      { siteId: 'session:abc', kind: 'upload', folder: true, localPath: '/home/me/site', remotePath: '/www/site' },
      { siteId: 'session:abc', kind: 'upload', folder: false, localPath: '/home/me/a b.txt', remotePath: '/www/a b.txt' },
    ]);
    for (const request of requests) expect(transferRequestSchema.safeParse(request).success).toBe(true);
  });

  it('downloads into the local folder with its own separator', () => {
    expect(downloadRequests([{ name: 'logo.png', folder: false }], { siteId: 's', folder: '/' }, 'C:\\Users\\me')).toEqual([
      { siteId: 's', kind: 'download', folder: false, remotePath: '/logo.png', localPath: 'C:\\Users\\me\\logo.png' },
    ]);
  });
});

describe('file-exists hints', () => {
  it.each<[{ size?: number; modified?: number }, { size?: number; modified?: number }, object, string]>([
    [{ size: 10, modified: 2 }, { size: 4, modified: 1 }, { newer: 'source', bigger: 'source' }, 'resume'],
    [{ size: 10, modified: 1 }, { size: 10, modified: 2 }, { newer: 'existing', bigger: null }, 'overwrite-if-newer'],
    [{}, { size: 0 }, { newer: null, bigger: null }, 'overwrite-if-newer'],
  ])('%j vs %j', (source, existing, comparison, suggestion) => {
    const question = { jobId: 'j', kind: 'upload' as const, target: '/x', source, existing };
    expect(compareSides(question)).toEqual(comparison);
    expect(suggestedChoice(question)).toBe(suggestion);
  });
});

describe('parsePaneDrag', () => {
  const payload = (side: string, items: unknown) => JSON.stringify({ side, items });
  it.each<[string, string, 'local' | 'remote', unknown]>([
    ['local files dropped on the remote pane', payload('local', [{ name: 'a', folder: false }]), 'remote', [{ name: 'a', folder: false }]],
    ['a drop on the pane it came from', payload('local', [{ name: 'a', folder: false }]), 'local', null],
    ['junk items filtered out', payload('remote', [{ name: '', folder: false }, { name: 'b', folder: true }, 7]), 'local', [{ name: 'b', folder: true }]],
    ['nothing usable', payload('remote', [{ name: 3 }]), 'local', null],
    ['not JSON', 'a.txt', 'remote', null],
  ])('%s', (_name, text, into, expected) => {
    expect(parsePaneDrag(text, into)).toEqual(expected);
  });
});

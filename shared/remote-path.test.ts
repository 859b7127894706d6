import { describe, expect, it } from 'vitest';
import { remoteJoin, remoteParent } from './remote-path.js';

describe('remoteParent', () => {
  it.each([
    ['/', null],
    ['/a', '/'],
    ['/a/', '/'],
    ['/a/b', '/a'],
    ['/a/b/', '/a'],
    ['//a', '/'],
    ['/home/user/public_html', '/home/user'],
    ['DISK$USER:[HOME.SUB]', null],
    ['relative/path', null],
  ])('%s → %s', (path, parent) => {
    expect(remoteParent(path)).toBe(parent);
  });
});

describe('remoteJoin', () => {
  it.each([
    ['/', 'a', '/a'],
    ['/x', 'a b', '/x/a b'],
    ['/x/', '.htaccess', '/x/.htaccess'],
  ])('%s + %s → %s', (folder, name, joined) => {
    expect(remoteJoin(folder, name)).toBe(joined);
  });
});

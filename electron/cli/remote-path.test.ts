import { describe, expect, it } from 'vitest';
import { remoteBaseName, resolveMoveTarget, withoutTrailingSlash } from './remote-path.js';

describe('remote paths', () => {
  it.each([
    ['/a/b.txt', 'b.txt'],
    ['/b.txt', 'b.txt'],
    ['/a/', ''],
    ['/', ''],
    ['/a/..', ''],
    ['/.', ''],
  ])('base name of %s is "%s"', (path, name) => {
    expect(remoteBaseName(path)).toBe(name);
  });

  it.each([
    ['/pub/a.txt', 'b.txt', '/pub/b.txt'],
    ['/pub/a.txt', '/c.txt', '/c.txt'],
    ['/pub/a.txt', '../up.txt', '/up.txt'],
    ['/pub/a.txt', 'sub/', '/pub/sub/a.txt'],
    ['/pub/a.txt', '/', '/a.txt'],
    ['/a.txt', 'x/./y.txt', '/x/y.txt'],
  ])('mv %s %s goes to %s', (from, newPath, target) => {
    expect(resolveMoveTarget(from, newPath)).toBe(target);
  });

  it.each([
    ['/pub/', '/pub'],
    ['/pub//', '/pub'],
    ['/', '/'],
    ['/pub', '/pub'],
  ])('%s without trailing slash is %s', (path, expected) => {
    expect(withoutTrailingSlash(path)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { baseName, joinPath, pathCrumbs } from './path-crumbs.js';

describe('pathCrumbs', () => {
  it.each([
    ['/', [['/', '/']]],
    [
      '/home/ann/docs',
      [
        ['/', '/'],
        ['home', '/home'],
        ['ann', '/home/ann'],
        ['docs', '/home/ann/docs'],
      ],
    ],
    ['/tmp/', [['/', '/'], ['tmp', '/tmp']]],
    ['C:\\', [['C:\\', 'C:\\']]],
    [
      'C:\\Users\\ann',
      [
        ['C:\\', 'C:\\'],
        ['Users', 'C:\\Users'],
        ['ann', 'C:\\Users\\ann'],
      ],
    ],
    [
      '\\\\nas\\share\\web',
      [
        ['\\\\nas\\share', '\\\\nas\\share\\'],
        ['web', '\\\\nas\\share\\web'],
      ],
    ],
  ])('%s', (path, expected) => {
    expect(pathCrumbs(path).map((crumb) => [crumb.label, crumb.path])).toEqual(expected);
  });
});

describe('baseName', () => {
  it.each([
    ['/home/ann/docs', 'docs'],
    ['/home/ann/', 'ann'],
    ['/', ''],
    ['C:\\Users\\ann', 'ann'],
    ['C:\\', ''],
  ])('%s is "%s"', (path, name) => {
    expect(baseName(path)).toBe(name);
  });
});

describe('joinPath', () => {
  it.each([
    ['/', 'etc', '/etc'],
    ['/home/ann', 'docs', '/home/ann/docs'],
    ['C:\\', 'Users', 'C:\\Users'],
    ['C:\\Users', 'ann', 'C:\\Users\\ann'],
    ['\\\\nas\\share\\', 'web', '\\\\nas\\share\\web'],
  ])('%s + %s is %s', (folder, name, joined) => {
    expect(joinPath(folder, name)).toBe(joined);
  });
});

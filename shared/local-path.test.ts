import { describe, expect, it } from 'vitest';
import { isAbsoluteLocalPath, isWindowsLocalPath, localNameProblem } from './local-path.js';

describe('localNameProblem', () => {
  it.each(['index.html', '.htaccess', 'with space', 'ünïcödé', '日本語', 'a'.repeat(255)])('accepts %j', (name) => {
    expect(localNameProblem(name)).toBe(null);
  });

  it.each([
    ['', 'Enter a name.'],
    ['.', 'reserved'],
    ['..', 'reserved'],
    ['a/b', '“/”'],
    ['../x', '“/”'],
    ['a\\b', '“\\”'],
    ['a\rb', 'line breaks'],
    ['a\nb', 'line breaks'],
    ['a\0b', 'line breaks'],
    ['a'.repeat(256), 'too long'],
    ['é'.repeat(128), 'too long'],
  ])('refuses %j', (name, why) => {
    expect(localNameProblem(name)).toContain(why);
  });
});

describe('local path kinds', () => {
  it.each([
    ['/home/ann', true, false],
    ['C:\\Users\\ann', true, true],
    ['c:/Users', true, true],
    ['\\\\server\\share', true, true],
    ['relative/path', false, false],
    ['C:relative', false, false],
    ['', false, false],
  ])('%j: absolute %s, Windows %s', (path, absolute, windows) => {
    expect(isAbsoluteLocalPath(path)).toBe(absolute);
    expect(isWindowsLocalPath(path)).toBe(windows);
  });
});

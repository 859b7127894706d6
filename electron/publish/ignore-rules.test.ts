import { describe, expect, it } from 'vitest';
import { IgnoreRules } from './ignore-rules.js';

type Case = readonly [patterns: string, path: string, isDirectory: boolean, ignored: boolean];

// Each row: .ferryignore content, a path, whether it is a folder, whether it is ignored (defaults included).
const cases: readonly Case[] = [
  ['', 'index.html', false, false],
  ['', '.htaccess', false, false],
  ['', '.git', true, true],
  ['', 'sub/.git/config', false, true],
  ['', 'node_modules/x/y.js', false, true],
  ['', 'img/.DS_Store', false, true],
  ['', 'Thumbs.db', false, true],
  ['', '.ferryignore', false, true],
  ['', 'sub/.ferryignore', false, false],
  ['', '.github', true, false],
  ['*.log', 'error.log', false, true],
  ['*.log', 'deep/dir/error.log', false, true],
  ['*.log', 'error.log.txt', false, false],
  ['# *.log', 'error.log', false, false],
  ['\\#hash', '#hash', false, true],
  ['/build', 'build', true, true],
  ['/build', 'src/build', true, false],
  ['build/', 'build', false, false],
  ['build/', 'build', true, true],
  ['build/', 'a/build/x.js', false, true],
  ['docs/*.md', 'docs/a.md', false, true],
  ['docs/*.md', 'docs/sub/a.md', false, false],
  ['docs/*.md', 'x/docs/a.md', false, false],
  ['**/cache', 'a/b/cache', true, true],
  ['**/cache', 'cache', true, true],
  ['a/**/b', 'a/b', false, true],
  ['a/**/b', 'a/x/y/b', false, true],
  ['a/**/b', 'a/x/y/c', false, false],
  ['logs/**', 'logs/a/b.txt', false, true],
  ['logs/**', 'logs', true, false],
  ['file?.txt', 'file1.txt', false, true],
  ['file?.txt', 'file10.txt', false, false],
  ['file?.txt', 'file/.txt', false, false],
  ['[abc].css', 'b.css', false, true],
  ['[abc].css', 'd.css', false, false],
  ['[!abc].css', 'd.css', false, true],
  ['[!abc].css', 'a.css', false, false],
  ['[a-c]x', 'bx', false, true],
  ['[a-c]x', 'dx', false, false],
  ['[unclosed', '[unclosed', false, true],
  ['*.png\n!keep.png', 'a.png', false, true],
  ['*.png\n!keep.png', 'keep.png', false, false],
  ['!keep.png\n*.png', 'keep.png', false, true],
  ['secret/\n!secret/ok.txt', 'secret/ok.txt', false, true],
  ['\\!important', '!important', false, true],
  ['trailing\\ ', 'trailing ', false, true],
  ['spaces   ', 'spaces', false, true],
  ['!.DS_Store', '.DS_Store', false, false],
  ['a**b', 'axxb', false, true],
  ['a**b', 'ax/xb', false, false],
  ['*', 'anything/at/all', false, true],
  ['.env*', '.env.local', false, true],
  ['*.[Jj][Pp][Gg]', 'photo.JPG', false, true],
];

describe('IgnoreRules', () => {
  it.each(cases)('%j: %s (folder %s) → ignored %s', (patterns, path, isDirectory, ignored) => {
    expect(IgnoreRules.withDefaults(patterns).ignores(path, isDirectory)).toBe(ignored);
  });

  it('ignores comments and blank lines without ignoring everything', () => {
    const rules = new IgnoreRules(['', '   ', '# note']);
    expect(rules.ignores('a.txt', false)).toBe(false);
  });
});

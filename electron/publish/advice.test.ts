import { describe, expect, it } from 'vitest';
import { publishAdvice, type AdviceInput } from './advice.js';

const input = (files: string[], over: Partial<AdviceInput> = {}): AdviceInput => ({
  local: { files: new Map(files.map((path) => [path, { path, size: 1, modified: 0 }])), folders: new Set(files.filter((p) => p.includes('/')).map((p) => p.slice(0, p.lastIndexOf('/')))) },
  remoteTopFolders: new Set(),
  remoteOnly: [],
  remoteRoot: '/',
  loginFolder: '/',
  ...over,
});
const codes = (advice: ReturnType<typeof publishAdvice>): string[] => advice.warnings.map((w) => w.code);

describe('publishAdvice', () => {
  it.each([
    [['index.html'], []],
    [['index.php'], []],
    [['index.htm', 'a.css'], []],
    [['home.html'], ['no-index']],
    [['site/index.html'], ['no-index']],
    [['Index.html'], ['no-index']],
  ])('home page: %j → %j', (files, expected) => {
    expect(codes(publishAdvice(input(files)))).toEqual(expected);
  });

  it('names the near miss in letter case', () => {
    expect(publishAdvice(input(['INDEX.HTML'])).warnings[0]?.message).toContain('INDEX.HTML differs in letter case');
  });

  it('finds names that differ only in case, locally and against the server', () => {
    const advice = publishAdvice(input(['index.html', 'img/a.png', 'img/A.png', 'Img/b.png', 'Photo.jpg'], { remoteOnly: [{ path: 'photo.jpg', folder: false }] }));
    expect(advice.warnings.filter((w) => w.code === 'case-collision').map((w) => w.paths)).toEqual([['Img', 'img'], ['Photo.jpg', 'photo.jpg'], ['img/A.png', 'img/a.png']]);
  });

  it.each([
    ['login root with public_html', '/', '/', ['public_html', 'logs'], '/public_html'],
    ['login root /home/u with httpdocs', '/home/u', '/home/u/', ['httpdocs'], '/home/u/httpdocs'],
    ['already inside the web root', '/public_html', '/', ['x'], undefined],
    ['no web root folder', '/', '/', ['backups'], undefined],
    ['prefers public_html over www', '/', '/', ['www', 'public_html'], '/public_html'],
  ])('web root: %s', (_name, loginFolder, remoteRoot, top, suggestion) => {
    const advice = publishAdvice(input(['index.html'], { loginFolder, remoteRoot, remoteTopFolders: new Set(top) }));
    expect(advice.webRootSuggestion).toBe(suggestion);
    expect(codes(advice).includes('web-root')).toBe(suggestion !== undefined);
  });

  it('makes no suggestion when the local folder is a whole account with its own public_html', () => {
    const advice = publishAdvice(input(['public_html/index.html', 'index.html'], { remoteTopFolders: new Set(['public_html']) }));
    expect(advice.webRootSuggestion).toBeUndefined();
  });
});

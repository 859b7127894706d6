import { describe, expect, it } from 'vitest';
import { changedFolders } from './use-publish.js';

describe('changedFolders', () => {
  it.each([
    ['/', ['/']],
    ['/www', ['/www', '/']],
    ['/www/', ['/www', '/']],
    ['/home/me/public_html', ['/home/me/public_html', '/home/me']],
  ])('%s', (root, folders) => expect(changedFolders(root)).toEqual(folders));
});

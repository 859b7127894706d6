import { describe, expect, it } from 'vitest';
import { normalizeRemoteFolder } from './build-plan.js';

describe('normalizeRemoteFolder', () => {
  it.each([
    ['/', '/'],
    ['//', '/'],
    ['/www/', '/www'],
    ['/www//site///', '/www/site'],
    ['/public_html', '/public_html'],
  ])('%s → %s', (path, folder) => {
    expect(normalizeRemoteFolder(path)).toBe(folder);
  });
});

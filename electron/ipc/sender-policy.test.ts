import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isTrustedRendererUrl } from './sender-policy.js';

const rendererDir = '/opt/ferry/dist/renderer';
const index = pathToFileURL(`${rendererDir}/index.html`).href;

describe('isTrustedRendererUrl', () => {
  it.each([
    ['our index.html', index, true],
    ['our index.html with a hash', `${index}#/sites`, true],
    ['a sibling folder with the same prefix', 'file:///opt/ferry/dist/renderer-evil/index.html', false],
    ['a dot-dot escape', 'file:///opt/ferry/dist/renderer/../secret.html', false],
    ['an encoded dot-dot escape', 'file:///opt/ferry/dist/renderer/%2e%2e/secret.html', false],
    ['another file on disk', 'file:///tmp/index.html', false],
    ['a web page', 'https://example.com/', false],
    ['the dev server when none is configured', 'http://localhost:5173/', false],
    ['garbage', 'not a url', false],
    ['about:blank', 'about:blank', false],
  ])('%s → %s', (_label, url, expected) => {
    expect(isTrustedRendererUrl(url, { rendererDir })).toBe(expected);
  });

  it('admits only the configured dev origin', () => {
    const trusted = { rendererDir, devOrigin: 'http://localhost:5173' };
    expect(isTrustedRendererUrl('http://localhost:5173/index.html', trusted)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', trusted)).toBe(false);
    expect(isTrustedRendererUrl('http://127.0.0.1:5173/', trusted)).toBe(false);
  });
});

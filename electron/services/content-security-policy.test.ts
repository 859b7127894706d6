import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy.js';

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d] as const));

describe('contentSecurityPolicy', () => {
  it('is strict by default', () => {
    const d = directives(contentSecurityPolicy());
    expect(d.get('script-src')).toBe("script-src 'self'");
    expect(d.get('connect-src')).toBe("connect-src 'self'");
    expect(d.get('object-src')).toBe("object-src 'none'");
    expect(d.get('frame-ancestors')).toBe("frame-ancestors 'none'");
  });

  it('adds socket origins and, for the dev server only, inline scripts', () => {
    const d = directives(contentSecurityPolicy({ connectSrc: ['ws://127.0.0.1:4000'], devInlineScripts: true }));
    expect(d.get('connect-src')).toBe("connect-src 'self' ws://127.0.0.1:4000");
    expect(d.get('script-src')).toBe("script-src 'self' 'unsafe-inline'");
  });
});

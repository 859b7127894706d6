import { describe, expect, it } from 'vitest';
import { progressLine } from './progress.js';

describe('progressLine', () => {
  it('draws percent, bytes and speed at most once per interval, then erases itself', () => {
    let text = '';
    let clock = 1000;
    const line = progressLine({ write: (chunk: string) => (text += chunk) }, () => clock, 100);
    clock = 2000;
    line?.update({ bytes: 1024 * 1024, total: 4 * 1024 * 1024 });
    line?.update({ bytes: 2 * 1024 * 1024, total: 4 * 1024 * 1024 });
    expect(text).toBe('\r\u001b[K   25%  1 MiB of 4 MiB  1 MiB/s');
    clock = 2100;
    line?.update({ bytes: 3 * 1024 * 1024, total: undefined });
    expect(text.endsWith('\r\u001b[K  3 MiB  2.73 MiB/s')).toBe(true);
    line?.done();
    expect(text.endsWith('\r\u001b[K')).toBe(true);
  });

  it('is absent without a terminal', () => {
    expect(progressLine(undefined)).toBeUndefined();
  });
});

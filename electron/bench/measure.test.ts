import { describe, expect, it } from 'vitest';
import { parseTimeOutput } from './measure.js';

describe('parseTimeOutput', () => {
  it.each([
    { text: '0.44 11020 0.01 0.30\n', elapsed: 0.44, maxRssKiB: 11020, cpuSeconds: 0.31 },
    { text: 'Command exited with non-zero status 1\n1.50 88000 1.00 0.25\n', elapsed: 1.5, maxRssKiB: 88000, cpuSeconds: 1.25 },
    { text: 'Command terminated by signal 9\n12.00 4 0.00 0.00', elapsed: 12, maxRssKiB: 4, cpuSeconds: 0 },
  ])('reads the last line of $text', ({ text, elapsed, maxRssKiB, cpuSeconds }) => {
    const parsed = parseTimeOutput(text);
    expect(parsed.elapsed).toBe(elapsed);
    expect(parsed.maxRssKiB).toBe(maxRssKiB);
    expect(parsed.cpuSeconds).toBeCloseTo(cpuSeconds, 9);
  });

  it.each(['', 'garbage', '0.44 11020'])('rejects %j', (text) => {
    expect(() => parseTimeOutput(text)).toThrow(/unexpected GNU time output/);
  });
});

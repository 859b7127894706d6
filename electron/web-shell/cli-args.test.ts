import { describe, expect, it } from 'vitest';
import { parseWebShellArgs } from './cli-args.js';

describe('parseWebShellArgs', () => {
  it.each([
    [[], 0],
    [['--port', '0'], 0],
    [['--port', '8080'], 8080],
    [['--port=65535'], 65535],
  ])('%j → port %i', (argv, port) => {
    expect(parseWebShellArgs(argv)).toEqual({ port });
  });

  it.each([[['--port']], [['--port', 'abc']], [['--port', '65536']], [['--port=-1']], [['--host', '0.0.0.0']]])(
    'refuses %j',
    (argv) => {
      expect(() => parseWebShellArgs(argv)).toThrow();
    },
  );
});

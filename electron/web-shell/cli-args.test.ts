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

  it.each([
    [['--user-data', '/tmp/ferry'], { port: 0, userDataDir: '/tmp/ferry' }],
    [['--user-data=/tmp/a b', '--port', '7'], { port: 7, userDataDir: '/tmp/a b' }],
  ])('%j → %j', (argv, expected) => {
    expect(parseWebShellArgs(argv)).toEqual(expected);
  });

  it.each([[['--port']], [['--user-data']], [['--user-data=']], [['--port', 'abc']], [['--port', '65536']], [['--port=-1']], [['--host', '0.0.0.0']]])(
    'refuses %j',
    (argv) => {
      expect(() => parseWebShellArgs(argv)).toThrow();
    },
  );
});

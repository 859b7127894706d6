import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError, type ParsedArgs } from './parse-args.js';

const noFlags = { insecure: false, fingerprint: undefined, active: false, timeoutMs: undefined, verbose: false };
const fingerprint = 'AB:'.repeat(31) + 'AB';

describe('parseCliArgs', () => {
  it.each<[string, string[], ParsedArgs]>([
    ['help flag', ['--help'], { kind: 'help' }],
    ['short help wins over a command', ['ls', '-h'], { kind: 'help' }],
    ['help word', ['help'], { kind: 'help' }],
    ['version', ['-V'], { kind: 'version' }],
    [
      'ls with --json after the URL',
      ['ls', 'ftp://h/pub', '--json'],
      { kind: 'run', command: { name: 'ls', url: { protocol: 'ftp', host: 'h', port: 21, path: '/pub' }, json: true }, flags: noFlags },
    ],
    [
      'get without LOCAL',
      ['get', 'ftps://u:p@h/a.bin'],
      {
        kind: 'run',
        command: { name: 'get', url: { protocol: 'ftps', host: 'h', port: 990, user: 'u', password: 'p', path: '/a.bin' }, local: undefined },
        flags: noFlags,
      },
    ],
    [
      'put with every connection flag',
      ['put', 'x.txt', 'ftpes://h:2121/in/', '--insecure', '--active', '--verbose', '--timeout', '2.5'],
      {
        kind: 'run',
        command: { name: 'put', local: 'x.txt', url: { protocol: 'ftpes', host: 'h', port: 2121, path: '/in/' } },
        flags: { insecure: true, fingerprint: undefined, active: true, timeoutMs: 2500, verbose: true },
      },
    ],
    [
      'mv with a pinned fingerprint',
      ['mv', 'ftp://h/a', 'b', '--fingerprint', fingerprint],
      { kind: 'run', command: { name: 'mv', url: { protocol: 'ftp', host: 'h', port: 21, path: '/a' }, newPath: 'b' }, flags: { ...noFlags, fingerprint } },
    ],
    [
      'a name after -- that starts with a dash',
      ['rm', '--', 'ftp://h/-x'],
      { kind: 'run', command: { name: 'rm', url: { protocol: 'ftp', host: 'h', port: 21, path: '/-x' } }, flags: noFlags },
    ],
  ])('%s', (_label, argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });

  it.each<[string, string[], RegExp]>([
    ['nothing', [], /no command/],
    ['unknown command', ['copy', 'ftp://h/'], /unknown command "copy"/],
    ['unknown option', ['ls', '--frob', 'ftp://h/'], /--frob/],
    ['missing URL', ['ls'], /missing arguments; usage: ferry ls URL/],
    ['too many', ['rm', 'ftp://h/a', 'ftp://h/b'], /too many arguments/],
    ['put without URL', ['put', 'x.txt'], /usage: ferry put LOCAL URL/],
    ['--json elsewhere', ['get', 'ftp://h/a', '--json'], /--json only applies to ls/],
    ['bad scheme', ['ls', 'http://h/'], /invalid URL: "http:\/\/" is not supported/],
    ['bad port', ['ls', 'ftp://h:99999/'], /invalid URL: Port "99999"/],
    ['zero timeout', ['ls', 'ftp://h/', '--timeout', '0'], /--timeout/],
    ['word timeout', ['ls', 'ftp://h/', '--timeout', 'soon'], /--timeout/],
    ['short fingerprint', ['ls', 'ftp://h/', '--fingerprint', 'AB:CD'], /--fingerprint wants/],
    ['insecure and pinned', ['ls', 'ftp://h/', '--insecure', '--fingerprint', fingerprint], /either --insecure or --fingerprint/],
    ['empty new name', ['mv', 'ftp://h/a', ''], /new name/],
  ])('refuses %s', (_label, argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });

  it('never repeats a password from a broken URL', () => {
    const attempt = (): unknown => parseCliArgs(['ls', 'ftp://me:hunter22@bad host/']);
    expect(attempt).toThrow(UsageError);
    expect(attempt).not.toThrow(/hunter22/);
  });
});

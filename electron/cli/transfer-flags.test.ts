import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from './parse-args.js';
import { parseTransferFlags } from './transfer-flags.js';

describe('parseTransferFlags', () => {
  it.each<[string, Parameters<typeof parseTransferFlags>[0], ReturnType<typeof parseTransferFlags>]>([
    ['none', {}, undefined],
    ['-r alone', { recursive: true }, { recursive: true, parallel: 2, onExists: 'overwrite', retries: 4 }],
    ['--parallel alone', { parallel: '10' }, { recursive: false, parallel: 10, onExists: 'overwrite', retries: 4 }],
    ['newer', { onExists: 'newer' }, { recursive: false, parallel: 2, onExists: 'overwrite-if-newer', retries: 4 }],
    ['size', { onExists: 'SIZE' }, { recursive: false, parallel: 2, onExists: 'overwrite-if-size-differs', retries: 4 }],
    ['the queue’s own name', { onExists: 'overwrite-if-size-differs' }, { recursive: false, parallel: 2, onExists: 'overwrite-if-size-differs', retries: 4 }],
    ['skip with -r and 4 connections', { recursive: true, parallel: '4', onExists: 'skip' }, { recursive: true, parallel: 4, onExists: 'skip', retries: 4 }],
    ['--retries 0 alone', { retries: '0' }, { recursive: false, parallel: 2, onExists: 'overwrite', retries: 0 }],
  ])('%s', (_name, values, expected) => {
    expect(parseTransferFlags(values)).toEqual(expected);
  });
});

describe('ferry get/put transfer options', () => {
  it('parses -r get with a local folder', () => {
    expect(parseCliArgs(['get', '-r', 'ftp://h/pub', 'out', '--parallel', '4'])).toMatchObject({
      kind: 'run',
      command: { name: 'get', local: 'out', url: { path: '/pub' }, transfer: { recursive: true, parallel: 4, onExists: 'overwrite', retries: 4 } },
    });
  });

  it.each<[string, string[], RegExp]>([
    ['ask (nobody can answer)', ['put', '-r', 'dir', 'ftp://h/x', '--on-exists', 'ask'], /ask needs someone to answer/],
    ['an unknown policy', ['get', 'ftp://h/x', '--on-exists', 'maybe'], /overwrite, newer, size, resume, rename or skip/],
    ['0 connections', ['get', 'ftp://h/x', '--parallel', '0'], /from 1 to 10/],
    ['11 connections', ['get', 'ftp://h/x', '--parallel', '11'], /from 1 to 10/],
    ['not a number', ['get', 'ftp://h/x', '--parallel', 'lots'], /from 1 to 10/],
    ['-r on another command', ['rm', '-r', 'ftp://h/x'], /only apply to get and put/],
    ['20 retries', ['get', 'ftp://h/x', '--retries', '20'], /from 0 to 19/],
    ['negative retries', ['get', 'ftp://h/x', '--retries', '-1'], /from 0 to 19|argument/],
  ])('refuses %s', (_name, argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

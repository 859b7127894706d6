import { describe, expect, it } from 'vitest';
import type { ExistsPolicy, FileStat } from '../../shared/transfer.js';
import { decideExists, renamedCandidate } from './exists-decision.js';

const old: FileStat = { size: 10, modified: Date.UTC(2020, 0, 1) };
const newer: FileStat = { size: 20, modified: Date.UTC(2024, 0, 1) };

describe('decideExists', () => {
  it.each<[ExistsPolicy, FileStat, FileStat, string]>([
    ['ask', newer, old, 'ask'],
    ['overwrite', old, newer, 'overwrite'],
    ['skip', newer, old, 'skip'],
    ['rename', newer, old, 'rename'],
    ['overwrite-if-newer', newer, old, 'overwrite'],
    ['overwrite-if-newer', old, newer, 'skip'],
    ['overwrite-if-newer', { size: 1, modified: 1000 }, { size: 1, modified: 0 }, 'skip'], // within the slack
    ['overwrite-if-newer', { size: 1 }, old, 'overwrite'],
    ['overwrite-if-size-differs', newer, old, 'overwrite'],
    ['overwrite-if-size-differs', { size: 10 }, old, 'skip'],
    ['resume', newer, old, 'resume'],
    ['resume', old, { size: 10 }, 'skip'],
    ['resume', old, newer, 'overwrite'],
  ])('%s with source %j and existing %j → %s', (policy, source, existing, expected) => {
    expect(decideExists(policy, source, existing)).toBe(expected);
  });
});

describe('renamedCandidate', () => {
  it.each([
    ['report.pdf', 1, 'report (1).pdf'],
    ['archive.tar.gz', 2, 'archive.tar (2).gz'],
    ['.htaccess', 1, '.htaccess (1)'],
    ['README', 3, 'README (3)'],
  ])('%s #%i → %s', (name, n, expected) => {
    expect(renamedCandidate(name, n)).toBe(expected);
  });
});

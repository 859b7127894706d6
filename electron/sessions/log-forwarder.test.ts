import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LogLine } from '../../shared/ipc-contract.js';
import type { FtpLogEntry } from '../ftp/protocol-log.js';
import { createLogForwarder } from './log-forwarder.js';

const entry = (direction: FtpLogEntry['direction'], text: string): FtpLogEntry => ({ time: new Date(1000), direction, text });

describe('log forwarder', () => {
  let lines: LogLine[];
  beforeEach(() => {
    vi.useFakeTimers();
    lines = [];
  });
  afterEach(() => vi.useRealTimers());

  it('maps directions to levels, keeps order, and waits for the interval', () => {
    const log = createLogForwarder((line) => lines.push(line), { intervalMs: 100 });
    log.engine('s1', entry('info', 'Connected'), []);
    log.engine('s1', entry('send', 'USER bob'), []);
    log.engine('s1', entry('receive', '331 Password required'), []);
    expect(lines).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(lines.map((l) => [l.level, l.text, l.sessionId])).toEqual([
      ['status', 'Connected', 's1'],
      ['command', 'USER bob', 's1'],
      ['reply', '331 Password required', 's1'],
    ]);
  });

  it.each([
    ['PASS hunter22', 'PASS ****'],
    ['pass hunter22', 'pass ****'],
    ['ACCT billing-77', 'ACCT ****'],
  ])('masks %s even if the engine did not', (sent, shown) => {
    const log = createLogForwarder((line) => lines.push(line));
    log.engine('s1', entry('send', sent), []);
    log.flush();
    expect(lines[0]?.text).toBe(shown);
  });

  it('scrubs the session password from any line, e.g. a server echoing it', () => {
    const log = createLogForwarder((line) => lines.push(line));
    log.engine('s1', entry('receive', '530 bad password hunter22'), ['hunter22']);
    log.note('s1', 'error', 'failed with hunter22', ['hunter22']);
    log.flush();
    expect(lines.map((l) => l.text).join()).not.toContain('hunter22');
  });

  it('merges a multi-line reply into one entry but keeps sessions and levels apart', () => {
    const log = createLogForwarder((line) => lines.push(line));
    for (const text of ['211-Features:', ' MDTM', ' MLST type*;', '211 End']) log.engine('s1', entry('receive', text), []);
    log.engine('s2', entry('receive', '200 other session'), []);
    log.engine('s1', entry('send', 'PWD'), []);
    log.flush();
    expect(lines.map((l) => [l.sessionId, l.level, l.text])).toEqual([
      ['s1', 'reply', '211-Features:\n MDTM\n MLST type*;\n211 End'],
      ['s2', 'reply', '200 other session'],
      ['s1', 'command', 'PWD'],
    ]);
  });

  it('caps a flood: a bounded number of events and one line saying how many were left out', () => {
    const log = createLogForwarder((line) => lines.push(line), { maxEventsPerFlush: 10 });
    for (let i = 0; i < 50; i++) log.engine(`s${i}`, entry('send', 'NOOP'), []);
    log.flush();
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)?.text).toMatch(/40 more log entries/);
  });
});

import { describe, expect, it } from 'vitest';
import { assertSafeCommand, command, maskCommand } from './commands.js';
import { FtpInvalidArgumentError } from './errors.js';

describe('command injection', () => {
  it.each(['a\rb', 'a\nb', 'file\r\nDELE other', 'nul\0byte'])('refuses %j', (argument) => {
    expect(() => command('RETR', argument)).toThrow(FtpInvalidArgumentError);
  });

  it('keeps spaces and unicode', () => expect(command('RETR', 'my file ✓.txt')).toBe('RETR my file ✓.txt'));
  it('omits an empty argument', () => expect(command('LIST', '')).toBe('LIST'));
  it('never echoes a password in the error', () => {
    expect(() => assertSafeCommand('PASS secret\r\nDELE x')).toThrow(/PASS \*\*\*\*/);
  });
});

describe('maskCommand', () => {
  it.each([
    ['PASS hunter2', 'PASS ****'],
    ['pass hunter2', 'pass ****'],
    ['ACCT billing', 'ACCT ****'],
    ['PASS with spaces too', 'PASS ****'],
    ['USER bob', 'USER bob'],
    ['PASSIVE', 'PASSIVE'],
    ['RETR PASS secret', 'RETR PASS secret'],
  ])('%s -> %s', (line, masked) => expect(maskCommand(line)).toBe(masked));
});

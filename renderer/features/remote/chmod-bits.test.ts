import { describe, expect, it } from 'vitest';
import { bitsToMode, modeToBits, modeToOctal, modeToSymbolic, octalToMode, permissionsToMode } from './chmod-bits.js';

describe('chmod bits', () => {
  it.each([
    [0o644, '644', 'rw-r--r--'],
    [0o755, '755', 'rwxr-xr-x'],
    [0o600, '600', 'rw-------'],
    [0o007, '007', '------rwx'],
    [0o000, '000', '---------'],
  ])('%o round-trips through the checkboxes', (mode, octal, symbolic) => {
    expect(bitsToMode(modeToBits(mode))).toBe(mode);
    expect(modeToOctal(mode)).toBe(octal);
    expect(octalToMode(octal)).toBe(mode);
    expect(modeToSymbolic(mode)).toBe(symbolic);
  });

  it('reads the right boxes for 754', () => {
    expect(modeToBits(0o754)).toEqual({
      owner: { read: true, write: true, execute: true },
      group: { read: true, write: false, execute: true },
      others: { read: true, write: false, execute: false },
    });
  });

  it('keeps only the permission bits', () => {
    expect(modeToOctal(0o100644)).toBe('644');
    expect(bitsToMode(modeToBits(0o4755))).toBe(0o755);
  });

  it.each([
    ['0755', 0o755],
    [' 644 ', 0o644],
    ['64', null],
    ['888', null],
    ['7777', null],
    ['', null],
  ])('octalToMode(%j) is %s', (text, mode) => {
    expect(octalToMode(text)).toBe(mode);
  });

  it.each([
    ['-rw-r--r--', 0o644],
    ['drwxr-xr-x', 0o755],
    ['rwxr-x---', 0o750],
    ['-rwsr-xr-T', 0o754],
    ['adfrw', null],
    [null, null],
  ])('permissionsToMode(%j) is %s', (text, mode) => {
    expect(permissionsToMode(text)).toBe(mode);
  });
});

/** `rwxr-xr-x`-style triplets: which letter means which bit, position by position. */
const bitLetters: ReadonlyArray<readonly [bit: number, letter: string]> = [
  [0o400, 'r'], [0o200, 'w'], [0o100, 'x'],
  [0o040, 'r'], [0o020, 'w'], [0o010, 'x'],
  [0o004, 'r'], [0o002, 'w'], [0o001, 'x'],
];

/** The special bit shown in each execute position, and its letter with and without the execute bit. */
const specials: ReadonlyArray<readonly [position: number, bit: number, withX: string, withoutX: string]> = [
  [2, 0o4000, 's', 'S'],
  [5, 0o2000, 's', 'S'],
  [8, 0o1000, 't', 'T'],
];

/** Numeric mode from the nine permission characters of `ls -l` (`rwsr-xr-x` → 0o4755); undefined if malformed. */
export function modeFromString(text: string): number | undefined {
  if (text.length !== 9) return undefined;
  let mode = 0;
  for (const [index, [bit, letter]] of bitLetters.entries()) {
    const char = text[index];
    if (char === letter) mode |= bit;
    else if (char !== '-') {
      const special = specials.find(([position]) => position === index);
      if (special === undefined) return undefined;
      const [, specialBit, withX, withoutX] = special;
      if (char === withX) mode |= bit | specialBit;
      else if (char === withoutX) mode |= specialBit;
      else return undefined;
    }
  }
  return mode;
}

/** The nine-character `ls -l` rendering of a numeric mode (0o1777 → `rwxrwxrwt`). */
export function modeToString(mode: number): string {
  const chars = bitLetters.map(([bit, letter]) => ((mode & bit) !== 0 ? letter : '-'));
  for (const [position, bit, withX, withoutX] of specials) {
    if ((mode & bit) !== 0) chars[position] = chars[position] === 'x' ? withX : withoutX;
  }
  return chars.join('');
}

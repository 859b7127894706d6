/**
 * Month abbreviations seen in LIST output, lower-cased, mapped to a 0-based month. English is what `ls` prints
 * under the C locale (vsftpd, proftpd, pure-ftpd, pyftpdlib all hard-code it); a few servers run `ls` under the
 * host's locale, so common German, French and Spanish forms are accepted too when they do not clash.
 */
const monthTable: ReadonlyArray<readonly [number, readonly string[]]> = [
  [0, ['jan', 'january', 'janv', 'ene']],
  [1, ['feb', 'february', 'févr', 'fevr', 'fév']],
  [2, ['mar', 'march', 'mär', 'mrz', 'mars']],
  [3, ['apr', 'april', 'avr', 'abr']],
  [4, ['may', 'mai']],
  [5, ['jun', 'june', 'juin']],
  [6, ['jul', 'july', 'juil']],
  [7, ['aug', 'august', 'août', 'aou', 'ago']],
  [8, ['sep', 'sept', 'september']],
  [9, ['oct', 'october', 'okt']],
  [10, ['nov', 'november']],
  [11, ['dec', 'december', 'dez', 'déc', 'dic']],
];

const monthByName: ReadonlyMap<string, number> = new Map(
  monthTable.flatMap(([index, names]) => names.map((name) => [name, index] as const)),
);

/** The 0-based month for an abbreviation such as `Nov` or `Dez.`, or undefined when it is not a month. */
export function monthIndex(name: string): number | undefined {
  return monthByName.get(name.toLowerCase().replace(/\.$/, ''));
}

import { readFileSync } from 'node:fs';

/** Lines of a captured listing in `fixtures/`: the first line is the header comment naming source and date. */
export function readFixture(name: string): string[] {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  const lines = text.split('\n');
  if (!(lines[0] ?? '').startsWith('# ')) throw new Error(`${name}: missing header line`);
  return lines.slice(1);
}

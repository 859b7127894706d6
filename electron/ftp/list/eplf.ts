import type { FileInfo, FileType } from './file-info.js';
import { modeToString } from './permissions.js';

/**
 * EPLF (D. J. Bernstein's Easily Parsed LIST Format, used by publicfile and anonftpd):
 * `+fact,fact,...,\tname`. Facts: `/` directory, `r` retrievable file, `s<size>`, `m<unix seconds UTC>`,
 * `i<unique id>`, `up<octal mode>`. Unknown facts are ignored, as the format requires.
 */
const eplfLine = /^\+([^\t]*)\t(.+)$/s;

/**
 * One EPLF line → FileInfo, or undefined when the line is not EPLF. Times are exact UTC seconds.
 */
export function parseEplfLine(line: string): FileInfo | undefined {
  // Tried first on every LIST line of every server: the `+` check spares the others a regex.
  if (line.charCodeAt(0) !== 0x2b) return undefined;
  const m = eplfLine.exec(line);
  if (m === null) return undefined;
  const name = m[2] ?? '';
  let type: FileType = 'unknown';
  let size: number | undefined;
  let modified: Date | undefined;
  let mode: number | undefined;
  for (const fact of (m[1] ?? '').split(',')) {
    const value = fact.slice(1);
    if (fact === '/') type = 'directory';
    else if (fact === 'r' && type === 'unknown') type = 'file';
    else if (fact.startsWith('s') && /^\d+$/.test(value)) size = Number(value);
    else if (fact.startsWith('m') && /^\d+$/.test(value)) modified = new Date(Number(value) * 1000);
    else if (fact.startsWith('up') && /^[0-7]{1,5}$/.test(fact.slice(2))) mode = Number.parseInt(fact.slice(2), 8);
  }
  return {
    name,
    type,
    ...(size !== undefined && { size }),
    ...(modified !== undefined && { modified }),
    ...(mode !== undefined && { permissions: modeToString(mode), mode }),
  };
}

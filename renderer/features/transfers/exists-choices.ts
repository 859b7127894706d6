import type { ExistsDecision, ExistsQuestion } from '../../../shared/transfer.js';

/** The answers the file-exists dialog offers, in FileZilla's order, with a line of help each. */
export const existsChoices: ReadonlyArray<{ readonly value: ExistsDecision; readonly label: string; readonly help: string }> = [
  { value: 'overwrite', label: 'Overwrite', help: 'Replace the existing file.' },
  { value: 'overwrite-if-newer', label: 'Overwrite if newer', help: 'Replace it only if the file being sent is newer.' },
  { value: 'overwrite-if-size-differs', label: 'Overwrite if size differs', help: 'Replace it only if the sizes are not the same.' },
  { value: 'resume', label: 'Resume', help: 'Continue a partial file from where it stopped.' },
  { value: 'rename', label: 'Rename', help: 'Keep both: the new file gets a free name such as “name (1).txt”.' },
  { value: 'skip', label: 'Skip', help: 'Leave the existing file as it is.' },
];

/** Which side is newer or bigger, for the hints beside the two columns; null when unknown or equal. */
export function compareSides(question: ExistsQuestion): { newer: 'source' | 'existing' | null; bigger: 'source' | 'existing' | null } {
  const { source, existing } = question;
  const order = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || a === b ? null : a > b ? 'source' : 'existing');
  return { newer: order(source.modified, existing.modified), bigger: order(source.size, existing.size) };
}

/** A sensible preselection: resume when the existing file is a shorter copy (an interrupted transfer), else overwrite if newer. */
export function suggestedChoice(question: ExistsQuestion): ExistsDecision {
  const { source, existing } = question;
  if (source.size !== undefined && existing.size !== undefined && existing.size > 0 && existing.size < source.size) return 'resume';
  return 'overwrite-if-newer';
}

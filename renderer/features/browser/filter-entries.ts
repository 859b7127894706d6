/**
 * The filter box: entries whose name contains the text, ignoring case (and accents, so "cafe" finds "café").
 * An empty filter keeps everything. Kept as plain "contains" because that is what people expect from a box
 * above a list; wildcards would surprise more than help.
 */
export function filterEntries<E extends { readonly name: string }>(entries: readonly E[], text: string): readonly E[] {
  const wanted = fold(text.trim());
  if (wanted === '') return entries;
  return entries.filter((entry) => fold(entry.name).includes(wanted));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
}

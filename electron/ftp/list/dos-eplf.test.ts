import { describe, expect, it } from 'vitest';
import { parseListLines } from './index.js';

const options = { now: () => new Date('2026-11-21T09:44:00Z') };

describe('DOS/IIS and EPLF edge lines', () => {
  it.each([
    ['12 PM is noon', '11-20-26  12:05PM  10 a', new Date('2026-11-20T12:05:00Z')],
    ['12 AM is midnight', '11-20-26  12:05AM  10 a', new Date('2026-11-20T00:05:00Z')],
    ['two-digit year 70 is 1970', '01-01-70  01:00AM  10 a', new Date('1970-01-01T01:00:00Z')],
    ['two-digit year 69 is 2069', '01-01-69  01:00AM  10 a', new Date('2069-01-01T01:00:00Z')],
  ])('%s', (_title, line, modified) => {
    expect(parseListLines([line], options)).toEqual([
      { name: 'a', type: 'file', size: 10, modified, modifiedApproximate: true },
    ]);
  });

  it('applies the server UTC offset to DOS times', () => {
    const parsed = parseListLines(['11-20-26  12:00PM  <DIR>  d'], { ...options, serverUtcOffsetMinutes: -480 });
    expect(parsed[0]?.modified).toEqual(new Date('2026-11-20T20:00:00Z'));
  });

  it.each([
    ['13 PM', '11-20-26  13:00PM  10 a'],
    ['month 13', '13-20-26  10:00AM  10 a'],
    ['EPLF without a tab', '+i1,r,s5, name'],
  ])('skips %s', (_title, line) => {
    expect(parseListLines([line], options)).toEqual([]);
  });

  it('EPLF keeps the name exactly and ignores unknown facts', () => {
    expect(parseListLines(['+r,xyz,s5,\t  two  spaces  '], options)).toEqual([
      { name: '  two  spaces  ', type: 'file', size: 5 },
    ]);
  });
});

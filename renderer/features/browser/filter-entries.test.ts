import { describe, expect, it } from 'vitest';
import { filterEntries } from './filter-entries.js';

const entries = [{ name: 'index.html' }, { name: '.htaccess' }, { name: 'Café.txt' }, { name: 'style.CSS' }];

describe('filterEntries', () => {
  it.each([
    ['', ['index.html', '.htaccess', 'Café.txt', 'style.CSS']],
    ['  ', ['index.html', '.htaccess', 'Café.txt', 'style.CSS']],
    ['.ht', ['index.html', '.htaccess']],
    ['css', ['style.CSS']],
    ['cafe', ['Café.txt']],
    ['zzz', []],
  ])('%j keeps %j', (text, names) => {
    expect(filterEntries(entries, text).map((entry) => entry.name)).toEqual(names);
  });
});

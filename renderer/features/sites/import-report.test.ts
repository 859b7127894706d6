import { describe, expect, it } from 'vitest';
import { asSentence, importSummary } from './import-report-dialog.js';

const site = (siteId: string) => ({ siteId, path: siteId, passwordSaved: false, warnings: [] });

describe('importSummary', () => {
  it.each([
    [{ imported: [site('a')], skipped: [], foldersCreated: 0 }, 'Imported 1 site.'],
    [
      { imported: [site('a'), site('b')], skipped: [{ path: 'x', reason: 'r' }], foldersCreated: 1 },
      'Imported 2 sites into 1 new folder; skipped 1.',
    ],
    [{ imported: [], skipped: [], foldersCreated: 3 }, 'Imported 0 sites into 3 new folders.'],
  ])('%#', (report, text) => {
    expect(importSummary(report)).toBe(text);
  });
});

describe('asSentence', () => {
  it.each([
    ['it has no host', 'It has no host.'],
    ['Already a sentence.', 'Already a sentence.'],
    ['', ''],
  ])('%j → %j', (reason, sentence) => {
    expect(asSentence(reason)).toBe(sentence);
  });
});

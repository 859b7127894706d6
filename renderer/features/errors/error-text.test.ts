import { describe, expect, it } from 'vitest';
import { appErrorCodes } from '../../../shared/errors.js';
import { errorText, errorTexts } from './error-text.js';

describe('errorTexts', () => {
  it.each(appErrorCodes)('%s has a title and a next step', (code) => {
    const text = errorText({ code });
    expect(text.title.length).toBeGreaterThan(5);
    expect(text.nextStep.length).toBeGreaterThan(5);
  });

  it('has no text for codes that do not exist', () => {
    expect(Object.keys(errorTexts).sort()).toEqual([...appErrorCodes].sort());
  });

  it('never shows a code to people', () => {
    for (const code of appErrorCodes) {
      expect(errorText({ code }).title).not.toContain(code);
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { Site } from '../../../shared/site.js';
import { emptySiteForm, formFromSite, type SiteForm, withProtocol } from './site-form.js';
import { checkSiteForm } from './site-form-check.js';

const valid: SiteForm = { ...emptySiteForm(null), name: ' Shop ', host: ' ftp.shop.example ', user: 'ann' };

describe('port follows protocol', () => {
  it('moves a default port along and leaves a typed one alone', () => {
    const implicit = withProtocol(valid, 'ftps-implicit');
    expect(implicit.port).toBe('990');
    expect(withProtocol(implicit, 'ftp').port).toBe('21');
    const typed = { ...valid, port: '2121', portTouched: true };
    expect(withProtocol(typed, 'ftps-implicit').port).toBe('2121');
  });

  it('treats a saved non-default port as chosen, and never loads a password', () => {
    const site: Site = {
      ...checkedFields(),
      id: 's1',
      port: 2121,
    };
    const form = formFromSite(site);
    expect(form).toMatchObject({ port: '2121', portTouched: true, password: '' });
    expect(formFromSite({ ...site, port: 21 }).portTouched).toBe(false);
  });
});

function checkedFields() {
  const checked = checkSiteForm(valid);
  if (!checked.ok) throw new Error('fixture form should be valid');
  return checked.fields;
}

describe('checkSiteForm', () => {
  it('trims and converts a valid form, keeping the password for normal logons only', () => {
    const checked = checkSiteForm({ ...valid, password: 'pw', maxConnections: '4' });
    expect(checked).toEqual({
      ok: true,
      password: 'pw',
      fields: expect.objectContaining({ name: 'Shop', host: 'ftp.shop.example', port: 21, maxConnections: 4 }),
    });
    expect(checkSiteForm({ ...valid, password: 'pw', logonType: 'ask' })).not.toHaveProperty('password');
    expect(checkSiteForm({ ...valid, logonType: 'anonymous', user: '' })).toMatchObject({
      ok: true,
      fields: { user: 'anonymous' },
    });
  });

  it.each<[Partial<SiteForm>, keyof SiteForm, RegExp]>([
    [{ name: '  ' }, 'name', /name/],
    [{ host: '' }, 'host', /server address/],
    [{ host: 'ftp://ftp.example.com' }, 'host', /without “ftp:\/\/”/],
    [{ host: 'ftp example.com' }, 'host', /cannot contain spaces/],
    [{ host: 'user@ftp.example.com' }, 'host', /cannot contain/],
    [{ port: '0' }, 'port', /1 to 65535/],
    [{ port: '70000' }, 'port', /1 to 65535/],
    [{ port: '21a' }, 'port', /whole number/],
    [{ user: ' ' }, 'user', /user name/],
    [{ logonType: 'ask', user: '' }, 'user', /user name/],
    [{ maxConnections: '11' }, 'maxConnections', /1 to 10/],
    [{ websiteUrl: 'example.com' }, 'websiteUrl', /http:\/\//],
    [{ password: 'a\nb' }, 'password', /line breaks/],
  ])('explains %j at %s', (change, field, message) => {
    const checked = checkSiteForm({ ...valid, ...change });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems[field]).toMatch(message);
  });

  it('reports every problem at once', () => {
    const checked = checkSiteForm({ ...emptySiteForm(null), port: 'x' });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(Object.keys(checked.problems).sort()).toEqual(['host', 'name', 'port', 'user']);
  });
});

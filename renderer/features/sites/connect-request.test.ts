import { describe, expect, it } from 'vitest';
import { emptySiteForm } from './site-form.js';
import { checkSiteForm, type SiteFields } from './site-form-check.js';
import { siteConnectRequest } from './connect-request.js';

function fields(change: Partial<ReturnType<typeof emptySiteForm>> = {}): SiteFields {
  const checked = checkSiteForm({ ...emptySiteForm(null), name: 'S', host: 'h.example', user: 'ann', ...change });
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.fields;
}

describe('siteConnectRequest', () => {
  it('sends a typed password, else the site id for the saved one', () => {
    expect(siteConnectRequest(fields(), { siteId: 's1', password: 'pw' })).toMatchObject({ password: 'pw' });
    expect(siteConnectRequest(fields(), { siteId: 's1', password: 'pw' })).not.toHaveProperty('siteId');
    expect(siteConnectRequest(fields(), { siteId: 's1' })).toMatchObject({ siteId: 's1' });
    expect(siteConnectRequest(fields(), { siteId: 's1' })).not.toHaveProperty('password');
  });

  it('maps the logon type and carries the connection fields', () => {
    expect(siteConnectRequest(fields({ logonType: 'ask' }))).toMatchObject({ logonType: 'normal' });
    expect(siteConnectRequest(fields({ logonType: 'anonymous' }))).toMatchObject({ logonType: 'anonymous' });
    expect(siteConnectRequest(fields({ protocol: 'ftps-implicit', port: '990', transferMode: 'active' }))).toEqual({
      host: 'h.example',
      port: 990,
      protocol: 'ftps-implicit',
      logonType: 'normal',
      user: 'ann',
      transferMode: 'active',
      encoding: 'utf-8',
    });
  });
});

import { appError } from '../../shared/errors.js';
import { fail, ok, type Result } from '../../shared/result.js';
import type { Site } from '../../shared/site.js';
import type { SiteSaveResponse } from '../../shared/site-ipc.js';
import type { Handler } from '../ipc/handler-table.js';
import { guardSites, problemText } from './sites-errors.js';
import type { SitesDeps } from './sites-deps.js';

/**
 * Keeps a site's password in the keychain. When the keychain refuses, the site is saved anyway and becomes
 * "ask for password", and the answer says why — the password is never written anywhere else.
 */
export async function keepPassword(deps: SitesDeps, site: Site, password: string | undefined): Promise<SiteSaveResponse> {
  if (password === undefined || site.logonType !== 'normal') return { site, passwordSaved: false };
  try {
    await deps.credentials.setPassword(site.id, password);
    return { site, passwordSaved: true };
  } catch (error) {
    const asked = await deps.store.updateSite(site.id, { logonType: 'ask' });
    return { site: asked, passwordSaved: false, keychainProblem: problemText(error) };
  }
}

/**
 * Forgets the saved password of a site that no longer uses one ("ask" or anonymous). Best effort: when the
 * keychain is unreachable nothing could have been saved in it this session, so its error is not news.
 */
export async function dropUnusedPassword(deps: SitesDeps, site: Site): Promise<void> {
  if (site.logonType === 'normal') return;
  await deps.credentials.deletePassword(site.id).catch(() => false);
}

type PasswordChannel = 'sites:set-password' | 'sites:forget-password' | 'sites:password-state' | 'sites:keychain';

/** The password and keychain channels: passwords come in, only yes/no and reasons go out. */
export function createPasswordHandlers(deps: SitesDeps): { readonly [C in PasswordChannel]: Handler<C> } {
  return {
    'sites:set-password': ({ siteId, password }) =>
      guardSites(async (): Promise<Result<SiteSaveResponse>> => {
        const site = deps.store.getSite(siteId);
        if (site === undefined) return fail(appError('NOT_FOUND', 'That site no longer exists.'));
        if (site.logonType === 'anonymous') {
          return fail(appError('INVALID_ARGUMENT', 'An anonymous site has no password to save.'));
        }
        // Saving a password is asking for it to be used: an "ask" site becomes a normal one.
        const normal = site.logonType === 'normal' ? site : await deps.store.updateSite(siteId, { logonType: 'normal' });
        return ok(await keepPassword(deps, normal, password));
      }),
    'sites:forget-password': ({ siteId }) =>
      guardSites(async () => {
        if (deps.store.getSite(siteId) === undefined) return fail(appError('NOT_FOUND', 'That site no longer exists.'));
        try {
          return ok({ forgotten: await deps.credentials.deletePassword(siteId) });
        } catch (error) {
          return ok({ forgotten: false, keychainProblem: problemText(error) });
        }
      }),
    'sites:password-state': ({ siteId }) =>
      guardSites(async () => {
        if (deps.store.getSite(siteId) === undefined) return fail(appError('NOT_FOUND', 'That site no longer exists.'));
        try {
          // Read in main only to learn whether one exists; the value goes no further than this line.
          return ok({ saved: (await deps.credentials.getPassword(siteId)) !== undefined });
        } catch (error) {
          return ok({ saved: false, keychainProblem: problemText(error) });
        }
      }),
    'sites:keychain': async () => {
      const state = await deps.credentials.available();
      return ok(state.ok ? { available: true, reason: null } : { available: false, reason: state.reason });
    },
  };
}

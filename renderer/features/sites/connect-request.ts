import type { RemoteConnectRequest } from '../../../shared/remote-session.js';
import type { SiteFields } from './site-form-check.js';

/**
 * The `remote:connect` request for a site. A typed password goes along (it only travels renderer → main);
 * without one, a saved site's id lets main read its password from the keychain. "Ask" logons log in as
 * normal ones with the password the user just typed.
 */
export function siteConnectRequest(
  fields: SiteFields,
  options: { readonly siteId?: string; readonly password?: string } = {},
): RemoteConnectRequest {
  const request: RemoteConnectRequest = {
    host: fields.host,
    port: fields.port,
    protocol: fields.protocol,
    logonType: fields.logonType === 'anonymous' ? 'anonymous' : 'normal',
    user: fields.user,
    transferMode: fields.transferMode,
    encoding: fields.encoding,
  };
  if (options.password !== undefined && options.password !== '') return { ...request, password: options.password };
  return options.siteId === undefined ? request : { ...request, siteId: options.siteId };
}

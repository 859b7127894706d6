import type { Site } from '../../../shared/site.js';
import type { SiteForm } from './site-form.js';

/** Everything of a Site but its id: what `sites:create` and `sites:update` get. */
export type SiteFields = Omit<Site, 'id'>;

/** Problems by field, in plain words. */
export type FormProblems = Partial<Record<keyof SiteForm, string>>;

/** A checked form: the fields to save and the password to keep, or what to fix. */
export type FormCheck =
  | { readonly ok: true; readonly fields: SiteFields; readonly password?: string }
  | { readonly ok: false; readonly problems: FormProblems };

const wholeNumber = /^\d+$/;

function hostProblem(host: string): string | undefined {
  if (host === '') return 'Enter the server address, for example ftp.example.com.';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) return 'Enter only the server address, without “ftp://” or a path.';
  if (/[\s/\\@?#]/u.test(host) || /\p{Cc}/u.test(host)) {
    return 'A server address cannot contain spaces or the characters / \\ @ ? #.';
  }
  if (host.length > 255) return 'That server address is too long.';
  return undefined;
}

function numberProblem(text: string, min: number, max: number, what: string): string | undefined {
  if (!wholeNumber.test(text) || Number(text) < min || Number(text) > max) {
    return `${what} is a whole number from ${min} to ${max}.`;
  }
  return undefined;
}

/**
 * Checks the site dialog's form the way the store will, but in words for people, field by field, so every
 * problem shows next to its field at once.
 */
export function checkSiteForm(form: SiteForm): FormCheck {
  const name = form.name.trim();
  const host = form.host.trim();
  const websiteUrl = form.websiteUrl.trim();
  const encoding = form.encoding.trim();
  const problems: FormProblems = {};
  if (name === '') problems.name = 'Give the site a name.';
  else if (name.length > 200) problems.name = 'Keep the name under 200 characters.';
  const badHost = hostProblem(host);
  if (badHost !== undefined) problems.host = badHost;
  const badPort = numberProblem(form.port.trim(), 1, 65535, 'The port');
  if (badPort !== undefined) problems.port = badPort;
  if (form.logonType !== 'anonymous' && form.user.trim() === '') {
    problems.user = 'Enter the user name, or choose Anonymous as the logon type.';
  }
  const badMax = numberProblem(form.maxConnections.trim(), 1, 10, 'Connections');
  if (badMax !== undefined) problems.maxConnections = badMax;
  if (encoding === '') problems.encoding = 'Choose an encoding.';
  if (websiteUrl !== '' && !/^https?:\/\/[^\s]+$/i.test(websiteUrl)) {
    problems.websiteUrl = 'A website address starts with http:// or https://.';
  }
  if (/[\r\n\0]/.test(form.password)) problems.password = 'A password cannot contain line breaks.';
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const fields: SiteFields = {
    name,
    folderId: form.folderId,
    host,
    port: Number(form.port.trim()),
    protocol: form.protocol,
    logonType: form.logonType,
    user: form.logonType === 'anonymous' && form.user.trim() === '' ? 'anonymous' : form.user.trim(),
    localDir: form.localDir.trim(),
    remoteDir: form.remoteDir.trim(),
    transferMode: form.transferMode,
    maxConnections: Number(form.maxConnections.trim()),
    encoding,
    websiteUrl,
    publishFolder: form.publishFolder.trim(),
    notes: form.notes,
    colour: form.colour,
  };
  // A password is kept only for "normal" logons; "ask" means never stored.
  const keep = form.logonType === 'normal' && form.password !== '';
  return keep ? { ok: true, fields, password: form.password } : { ok: true, fields };
}

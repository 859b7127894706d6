import { defaultPortFor, type LogonType, type SiteDraft } from '../../shared/site.js';
import {
  decodePassword,
  decodeRemoteDir,
  mapColour,
  mapEncoding,
  mapLogonType,
  mapProtocol,
} from './filezilla-fields.js';
import { childElements, childText, ownText, readXml, type XmlElement, XmlReadError } from './xml-reader.js';

/** A folder to create; `parentKey` null is the top level. Keys are only for linking within the plan. */
export interface PlannedFolder {
  readonly key: string;
  readonly name: string;
  readonly parentKey: string | null;
}

/** A site to create, with the password (if any) that must go to the keychain — never to the store. */
export interface PlannedSite {
  /** "Folder/Sub/Site name", for the report. */
  readonly path: string;
  readonly folderKey: string | null;
  readonly draft: Omit<SiteDraft, 'folderId'>;
  readonly password?: string;
  readonly warnings: readonly string[];
}

/** An entry that cannot be imported, and why. */
export interface SkippedEntry {
  readonly path: string;
  readonly reason: string;
}

/** What a sitemanager.xml holds, translated to Ferry's model. */
export interface FileZillaPlan {
  readonly folders: readonly PlannedFolder[];
  readonly sites: readonly PlannedSite[];
  readonly skipped: readonly SkippedEntry[];
}

/** The file is not a FileZilla site list at all. */
export class FileZillaImportError extends Error {
  override readonly name = 'FileZillaImportError';
}

function planServer(server: XmlElement, folderKey: string | null, parentPath: string): PlannedSite | SkippedEntry {
  const text = (name: string): string | undefined => childText(server, name)?.trim();
  const name = text('Name') || ownText(server).trim() || text('Host') || 'Unnamed site';
  const path = parentPath === '' ? name : `${parentPath}/${name}`;
  const host = text('Host');
  if (host === undefined || host === '') return { path, reason: 'it has no host' };
  const protocol = mapProtocol(text('Protocol'));
  if (!protocol.ok) return { path, reason: protocol.reason };
  const logon = mapLogonType(text('Logontype'));
  if (!logon.ok) return { path, reason: logon.reason };
  const warnings: string[] = logon.warning === undefined ? [] : [logon.warning];
  let logonType: LogonType = logon.value;

  const passElement = childElements(server, 'Pass')[0];
  const password = decodePassword(passElement && ownText(passElement), passElement?.attributes.encoding);
  let secret: string | undefined;
  if (logonType === 'normal') {
    if (!password.ok) {
      logonType = 'ask';
      warnings.push(`The password was not imported: ${password.reason}. Ferry will ask for it.`);
    } else if (password.value === undefined) {
      logonType = 'ask';
      warnings.push('FileZilla had no password saved for this site. Ferry will ask for it.');
    } else {
      secret = password.value;
    }
  }

  const port = Number(text('Port'));
  const remote = decodeRemoteDir(childText(server, 'RemoteDir'));
  if (!remote.ok) warnings.push(`The default remote folder was left out: ${remote.reason}.`);
  const connections = Number(text('MaximumMultipleConnections') ?? 0);
  const maxConnections = connections > 0 ? Math.min(connections, 10) : 2;
  if (connections > 10) warnings.push(`At most 10 connections are allowed; it had ${connections}.`);
  const bookmarks = childElements(server, 'Bookmark').length;
  if (bookmarks > 0) warnings.push(`${bookmarks} bookmark(s) were not imported.`);

  const draft: Omit<SiteDraft, 'folderId'> = {
    name,
    host,
    port: Number.isInteger(port) && port >= 1 && port <= 65535 ? port : defaultPortFor(protocol.value),
    protocol: protocol.value,
    logonType,
    user: logonType === 'anonymous' ? '' : (text('User') ?? ''),
    localDir: childText(server, 'LocalDir') ?? '',
    remoteDir: remote.ok ? remote.value : '',
    transferMode: text('PasvMode') === 'MODE_ACTIVE' ? 'active' : 'passive',
    maxConnections,
    encoding: mapEncoding(text('EncodingType'), text('CustomEncoding')),
    notes: childText(server, 'Comments') ?? '',
    colour: mapColour(text('Colour')),
  };
  return secret === undefined ? { path, folderKey, draft, warnings } : { path, folderKey, draft, password: secret, warnings };
}

/**
 * Reads FileZilla 3's sitemanager.xml (`<FileZilla3><Servers>` with nested `<Folder>`s and `<Server>`s) into
 * a plan. Folder names are the folder's own text; site names are `<Name>` or, in older files, the server's text.
 */
export function planFileZillaImport(xml: string): FileZillaPlan {
  let root: XmlElement;
  try {
    root = readXml(xml);
  } catch (error) {
    if (error instanceof XmlReadError) throw new FileZillaImportError(`The file is not valid XML: ${error.message}`);
    throw error;
  }
  const servers = childElements(root, 'Servers')[0];
  if (root.name !== 'FileZilla3' || servers === undefined) {
    throw new FileZillaImportError(`This is not a FileZilla site list (sitemanager.xml): its root is <${root.name}>.`);
  }
  const folders: PlannedFolder[] = [];
  const sites: PlannedSite[] = [];
  const skipped: SkippedEntry[] = [];
  const walk = (element: XmlElement, folderKey: string | null, path: string): void => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      if (child.name === 'Server') {
        const planned = planServer(child, folderKey, path);
        if ('draft' in planned) sites.push(planned);
        else skipped.push(planned);
      } else if (child.name === 'Folder') {
        const name = ownText(child).trim() || 'Unnamed folder';
        const key = `folder-${folders.length + 1}`;
        folders.push({ key, name, parentKey: folderKey });
        walk(child, key, path === '' ? name : `${path}/${name}`);
      }
    }
  };
  walk(servers, null, '');
  return { folders, sites, skipped };
}

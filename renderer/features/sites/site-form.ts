import type { ColourLabel, LogonType, Site, SiteProtocol, TransferMode } from '../../../shared/site.js';

// Local copies of shared/site.ts's value lists, type-checked against it: importing the values would pull the
// zod schemas into the renderer's bundle.
/** The protocols in plain words, safest first after plain FTP's warning. */
export const protocolLabels = {
  'ftpes-required': 'FTP over TLS (explicit, required)',
  'ftpes-if-available': 'FTP over TLS if available',
  'ftps-implicit': 'FTPS (implicit)',
  ftp: 'FTP – insecure',
} as const satisfies Record<SiteProtocol, string>;

/** The logon types in plain words. */
export const logonLabels = {
  normal: 'Normal (user and password)',
  ask: 'Ask for password',
  anonymous: 'Anonymous',
} as const satisfies Record<LogonType, string>;

/** Passive first: it works behind NAT and firewalls, active rarely does. */
export const transferModeLabels = {
  passive: 'Passive (recommended)',
  active: 'Active',
} as const satisfies Record<TransferMode, string>;

/** The colour labels, with their names for screen readers. */
export const colourLabels = {
  none: 'No colour',
  red: 'Red',
  green: 'Green',
  blue: 'Blue',
  yellow: 'Yellow',
  cyan: 'Cyan',
  magenta: 'Magenta',
  orange: 'Orange',
} as const satisfies Record<ColourLabel, string>;

/** Encodings the engine understands; a site may carry another (e.g. from FileZilla) and keeps it. */
export const encodingLabels: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8 (recommended)',
  'iso-8859-1': 'Latin-1 (ISO-8859-1)',
  'windows-1252': 'Western (Windows-1252)',
};

/** shared/site.ts's defaultPortFor, without importing zod (see above). */
export function portFor(protocol: SiteProtocol): number {
  return protocol === 'ftps-implicit' ? 990 : 21;
}

/** What the site dialog edits: text as typed, so half-typed numbers can be shown and explained. */
export interface SiteForm {
  readonly name: string;
  readonly folderId: string | null;
  readonly protocol: SiteProtocol;
  readonly host: string;
  readonly port: string;
  /** True once the user typed a port: from then on it no longer follows the protocol. */
  readonly portTouched: boolean;
  readonly logonType: LogonType;
  readonly user: string;
  /** Only what the user typed now; a saved password is never loaded into the form. */
  readonly password: string;
  readonly localDir: string;
  readonly remoteDir: string;
  readonly transferMode: TransferMode;
  readonly maxConnections: string;
  readonly encoding: string;
  readonly websiteUrl: string;
  readonly publishFolder: string;
  readonly notes: string;
  readonly colour: ColourLabel;
}

/** A new site's form: secure by default (explicit TLS, required), passive, UTF-8. */
export function emptySiteForm(folderId: string | null): SiteForm {
  return {
    name: '',
    folderId,
    protocol: 'ftpes-required',
    host: '',
    port: String(portFor('ftpes-required')),
    portTouched: false,
    logonType: 'normal',
    user: '',
    password: '',
    localDir: '',
    remoteDir: '',
    transferMode: 'passive',
    maxConnections: '2',
    encoding: 'utf-8',
    websiteUrl: '',
    publishFolder: '',
    notes: '',
    colour: 'none',
  };
}

/** A saved site's form; a port other than its protocol's default counts as chosen by the user. */
export function formFromSite(site: Site): SiteForm {
  const { id: _id, port, maxConnections, ...rest } = site;
  return {
    ...rest,
    port: String(port),
    portTouched: port !== portFor(site.protocol),
    maxConnections: String(maxConnections),
    password: '',
  };
}

/** Changes the protocol; the port follows it (21 ↔ 990) unless the user typed one. */
export function withProtocol(form: SiteForm, protocol: SiteProtocol): SiteForm {
  return { ...form, protocol, port: form.portTouched ? form.port : String(portFor(protocol)) };
}

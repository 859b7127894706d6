import { z } from 'zod';

/**
 * How a site secures its connection. `ftpes-if-available` tries AUTH TLS and falls back to plain FTP when the
 * server refuses it (the app must show that fallback); `ftps-implicit` speaks TLS from the first byte.
 */
export const siteProtocols = ['ftp', 'ftpes-required', 'ftpes-if-available', 'ftps-implicit'] as const;
export type SiteProtocol = (typeof siteProtocols)[number];

/** `ask` prompts for the password on each connection and never stores it. */
export const logonTypes = ['anonymous', 'normal', 'ask'] as const;
export type LogonType = (typeof logonTypes)[number];

/** Who opens the data connection: the client (passive, PASV/EPSV) or the server (active, PORT/EPRT). */
export const transferModes = ['passive', 'active'] as const;
export type TransferMode = (typeof transferModes)[number];

/** The colour labels a site can wear (the same palette as FileZilla's, so imports keep theirs). */
export const colourLabels = ['none', 'red', 'green', 'blue', 'yellow', 'cyan', 'magenta', 'orange'] as const;
export type ColourLabel = (typeof colourLabels)[number];

/** The port a protocol uses unless told otherwise: implicit FTPS has its own (990, RFC 4217 §2 / IANA). */
export function defaultPortFor(protocol: SiteProtocol): number {
  return protocol === 'ftps-implicit' ? 990 : 21;
}

/** Ids are keychain account names too, so they stay short and plain. */
export const entityIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'An id is 1–64 letters, digits, _ or -.');

const nameSchema = z.string().trim().min(1, 'A name is required.').max(200);
// No whitespace, control characters or URL delimiters: the host ends up in commands and in TLS checks.
const hostSchema = z
  .string()
  .trim()
  .min(1, 'A server address is required.')
  .max(255)
  .regex(/^[^\s\u0000-\u001f\u007f/\\@?#]+$/u, 'The server address contains characters a host name cannot have.');
const pathText = z.string().max(4096).regex(/^[^\r\n\0]*$/, 'A folder path cannot contain line breaks or NUL.');

/** Every editable site field, without defaults (the patch schema must not fill in values nobody sent). */
const siteFields = {
  name: nameSchema,
  folderId: entityIdSchema.nullable(),
  host: hostSchema,
  port: z.number().int().min(1).max(65535),
  protocol: z.enum(siteProtocols),
  logonType: z.enum(logonTypes),
  user: z.string().max(512).regex(/^[^\r\n\0]*$/, 'A user name cannot contain line breaks or NUL.'),
  localDir: pathText,
  remoteDir: pathText,
  transferMode: z.enum(transferModes),
  maxConnections: z.number().int().min(1).max(10),
  encoding: z.string().trim().min(1).max(64),
  websiteUrl: z.string().max(2048),
  publishFolder: pathText,
  notes: z.string().max(20_000),
  colour: z.enum(colourLabels),
};

/**
 * A saved site. Strict on purpose: there is no password field, and an object that carries one is rejected
 * rather than quietly stored — passwords live in the OS keychain only.
 */
export const siteSchema = z.strictObject({ id: entityIdSchema, ...siteFields });
export type Site = z.infer<typeof siteSchema>;

/** Input for creating a site: only name and host are required; `port` defaults to the protocol's port. */
export const siteDraftSchema = z.strictObject({
  name: nameSchema,
  folderId: entityIdSchema.nullable().default(null),
  host: hostSchema,
  port: siteFields.port.optional(),
  // Secure unless the user chooses otherwise: plain FTP (or the silent fallback) is an explicit choice.
  protocol: siteFields.protocol.default('ftpes-required'),
  logonType: siteFields.logonType.default('normal'),
  user: siteFields.user.default(''),
  localDir: pathText.default(''),
  remoteDir: pathText.default(''),
  transferMode: siteFields.transferMode.default('passive'),
  maxConnections: siteFields.maxConnections.default(2),
  encoding: siteFields.encoding.default('utf-8'),
  websiteUrl: siteFields.websiteUrl.default(''),
  publishFolder: pathText.default(''),
  notes: siteFields.notes.default(''),
  colour: siteFields.colour.default('none'),
});
/** What callers send (most fields optional). */
export type SiteDraft = z.input<typeof siteDraftSchema>;

/** A partial update of a site; absent fields stay as they are. */
export const sitePatchSchema = z.strictObject(siteFields).partial();
export type SitePatch = z.infer<typeof sitePatchSchema>;

/** Builds a Site from a validated draft; the port follows the protocol when none was given. */
export function siteFromDraft(id: string, draft: z.output<typeof siteDraftSchema>): Site {
  const { port, ...rest } = draft;
  return { id, ...rest, port: port ?? defaultPortFor(draft.protocol) };
}

/**
 * Applies a patch. A protocol change without a port moves a default port along (21 ↔ 990), but leaves a port
 * the user chose alone.
 */
export function applySitePatch(site: Site, patch: SitePatch): Site {
  const defined = Object.entries(patch).filter(([, value]) => value !== undefined);
  const next: Site = { ...site, ...(Object.fromEntries(defined) as SitePatch) };
  if (patch.protocol !== undefined && patch.port === undefined && site.port === defaultPortFor(site.protocol)) {
    next.port = defaultPortFor(patch.protocol);
  }
  return next;
}

/** A folder in the site tree; `parentId` null is the top level. */
export const siteFolderSchema = z.strictObject({
  id: entityIdSchema,
  name: nameSchema,
  parentId: entityIdSchema.nullable(),
});
export type SiteFolder = z.infer<typeof siteFolderSchema>;

/** A SHA-256 fingerprint as Node's `cert.fingerprint256` writes it: 32 upper-case hex bytes joined by colons. */
export const fingerprint256Schema = z
  .string()
  .transform((text) => text.trim().toUpperCase())
  .pipe(z.string().regex(/^[0-9A-F]{2}(:[0-9A-F]{2}){31}$/, 'Not a SHA-256 fingerprint (AA:BB:… 32 bytes).'));

/** A certificate the user chose to trust always for one host and port. */
export const pinnedCertificateSchema = z.strictObject({
  host: z.string().trim().toLowerCase().pipe(hostSchema),
  port: siteFields.port,
  fingerprint256: fingerprint256Schema,
  subject: z.string().max(2048),
  pinnedAt: z.iso.datetime(),
});
export type PinnedCertificate = z.infer<typeof pinnedCertificateSchema>;

/** Everything the site store holds, as the renderer sees it. */
export const sitesSnapshotSchema = z.object({
  folders: z.array(siteFolderSchema),
  sites: z.array(siteSchema),
});
export type SitesSnapshot = z.infer<typeof sitesSnapshotSchema>;

import { z } from 'zod';
import {
  entityIdSchema,
  pinnedCertificateSchema,
  siteDraftSchema,
  siteFolderSchema,
  sitePatchSchema,
  siteSchema,
} from './site.js';

// The request and response schemas of the `sites:*` and `pins:*` channels (see ipc-contract.ts). Passwords
// appear only in requests: no response schema has a field that could carry one.

/** A password on its way to the keychain. Line breaks and NUL would end up in a PASS command. */
export const sitePasswordSchema = z
  .string()
  .min(1, 'An empty password cannot be saved; use Forget instead.')
  .max(1024)
  .regex(/^[^\r\n\0]*$/, 'A password cannot contain line breaks or NUL.');

const siteIdRequest = z.strictObject({ siteId: entityIdSchema });
const folderName = siteFolderSchema.shape.name;
const folderRef = entityIdSchema.nullable();
/** Set when the keychain could not do its part; the site change itself went through. */
const keychainProblem = z.string().optional();

/** What went wrong with `sites.json` at start, told once. */
export const recoveryNoticeSchema = z.object({ message: z.string(), backupPath: z.string().optional() });

/** `sites:list`: the whole tree, pinned certificates, and (on the first call only) the recovery notice. */
export const sitesListResponseSchema = z.object({
  folders: z.array(siteFolderSchema),
  sites: z.array(siteSchema),
  pins: z.array(pinnedCertificateSchema),
  recoveryNotice: recoveryNoticeSchema.nullable(),
});
export type SitesList = z.infer<typeof sitesListResponseSchema>;

/** A saved site, and whether its password reached the keychain (false also when none was given). */
export const siteSaveResponseSchema = z.object({
  site: siteSchema,
  passwordSaved: z.boolean(),
  keychainProblem,
});
export type SiteSaveResponse = z.infer<typeof siteSaveResponseSchema>;

/** `sites:create`: a draft, and the password to keep in the keychain (logon "normal" only). */
export const siteCreateRequestSchema = z.strictObject({ site: siteDraftSchema, password: sitePasswordSchema.optional() });

/** `sites:update`: changed fields; a password replaces the saved one. */
export const siteUpdateRequestSchema = z.strictObject({
  siteId: entityIdSchema,
  patch: sitePatchSchema,
  password: sitePasswordSchema.optional(),
});

/** Requests that name one site: delete, duplicate, forget password, password state. */
export const siteIdRequestSchema = siteIdRequest;

/** `sites:move`: a site into a folder (null: the top level). */
export const siteMoveRequestSchema = z.strictObject({ siteId: entityIdSchema, folderId: folderRef });
/** An answer that is just the changed site. */
export const siteOnlyResponseSchema = z.object({ site: siteSchema });
/** `sites:delete`: done; `keychainProblem` when the saved password may have stayed in the keychain. */
export const keychainOutcomeSchema = z.object({ keychainProblem });
/** `sites:duplicate`: the copy (its password is copied keychain to keychain, inside main). */
export const siteDuplicateResponseSchema = z.object({ site: siteSchema, keychainProblem });

/** `sites:create-folder`: a name and a parent (default: the top level). */
export const folderCreateRequestSchema = z.strictObject({ name: folderName, parentId: folderRef.default(null) });
/** `sites:rename-folder`. */
export const folderRenameRequestSchema = z.strictObject({ folderId: entityIdSchema, name: folderName });
/** `sites:move-folder`: under another folder (null: the top level); never into itself. */
export const folderMoveRequestSchema = z.strictObject({ folderId: entityIdSchema, parentId: folderRef });
/** `sites:delete-folder`: the folder, its subfolders and their sites. */
export const folderIdRequestSchema = z.strictObject({ folderId: entityIdSchema });
/** The created or changed folder. */
export const folderResponseSchema = z.object({ folder: siteFolderSchema });
/** The ids of the sites that went with a deleted folder. */
export const folderDeleteResponseSchema = z.object({ removedSiteIds: z.array(entityIdSchema), keychainProblem });

/** `sites:set-password`: keep this password for the site (an "ask" site becomes "normal"). */
export const setPasswordRequestSchema = z.strictObject({ siteId: entityIdSchema, password: sitePasswordSchema });
/** `sites:forget-password`: whether one was saved. */
export const forgetPasswordResponseSchema = z.object({ forgotten: z.boolean(), keychainProblem });
/** Whether a password is saved for a site; never the password. */
export const passwordStateResponseSchema = z.object({ saved: z.boolean(), keychainProblem });

/** A FileZilla sitemanager.xml the renderer read from a file the user picked. */
export const importFileZillaRequestSchema = z.strictObject({ xml: z.string().min(1).max(5_000_000) });

/** What an import did; mirrors electron/sites/filezilla-import.ts's ImportReport. */
export const importReportSchema = z.object({
  imported: z.array(
    z.object({ siteId: entityIdSchema, path: z.string(), passwordSaved: z.boolean(), warnings: z.array(z.string()) }),
  ),
  skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
  foldersCreated: z.number().int().min(0),
  keychainProblem,
});
export type ImportReportView = z.infer<typeof importReportSchema>;

/** `sites:export`: the JSON document (no passwords) and a suggested file name. */
export const exportResponseSchema = z.object({ fileName: z.string(), json: z.string() });

/** `sites:keychain`: can passwords be kept, and if not, why (a sentence for the user). */
export const keychainStateSchema = z.object({ available: z.boolean(), reason: z.string().nullable() });
export type KeychainState = z.infer<typeof keychainStateSchema>;

/** `pins:list`: the certificates trusted "always". */
export const pinsListResponseSchema = z.object({ pins: z.array(pinnedCertificateSchema) });
/** `pins:forget`: the host and port whose pin goes. */
export const pinForgetRequestSchema = z.strictObject({
  host: pinnedCertificateSchema.shape.host,
  port: pinnedCertificateSchema.shape.port,
});
/** Whether there was a pin to forget. */
export const pinForgetResponseSchema = z.object({ forgotten: z.boolean() });

/** An empty request. */
export const emptyRequestSchema = z.strictObject({});

/** The site manager's channels, spread into ipc-contract.ts's invokeContract. */
export const sitesContract = {
  'sites:list': { request: emptyRequestSchema, response: sitesListResponseSchema },
  'sites:create': { request: siteCreateRequestSchema, response: siteSaveResponseSchema },
  'sites:update': { request: siteUpdateRequestSchema, response: siteSaveResponseSchema },
  'sites:delete': { request: siteIdRequestSchema, response: keychainOutcomeSchema },
  'sites:duplicate': { request: siteIdRequestSchema, response: siteDuplicateResponseSchema },
  'sites:move': { request: siteMoveRequestSchema, response: siteOnlyResponseSchema },
  'sites:create-folder': { request: folderCreateRequestSchema, response: folderResponseSchema },
  'sites:rename-folder': { request: folderRenameRequestSchema, response: folderResponseSchema },
  'sites:move-folder': { request: folderMoveRequestSchema, response: folderResponseSchema },
  'sites:delete-folder': { request: folderIdRequestSchema, response: folderDeleteResponseSchema },
  'sites:set-password': { request: setPasswordRequestSchema, response: siteSaveResponseSchema },
  'sites:forget-password': { request: siteIdRequestSchema, response: forgetPasswordResponseSchema },
  'sites:password-state': { request: siteIdRequestSchema, response: passwordStateResponseSchema },
  'sites:import-filezilla': { request: importFileZillaRequestSchema, response: importReportSchema },
  'sites:export': { request: emptyRequestSchema, response: exportResponseSchema },
  'sites:keychain': { request: emptyRequestSchema, response: keychainStateSchema },
  'pins:list': { request: emptyRequestSchema, response: pinsListResponseSchema },
  'pins:forget': { request: pinForgetRequestSchema, response: pinForgetResponseSchema },
} as const;

import { z } from 'zod';
import { appErrorSchema } from './errors.js';
import { entityIdSchema, siteProtocols, transferModes } from './site.js';

// CR, LF or NUL inside anything that reaches an FTP command line is command injection (INTEROP "Injection");
// the engine refuses them too, but a bad payload should fail here, as INVALID_ARGUMENT, before any I/O.
const noLineBreaks = /^[^\r\n\0]*$/;

/** A path on the server: absolute or relative to the session's folder; no line breaks or NUL. */
export const remotePathSchema = z
  .string()
  .min(1)
  .max(4096)
  .regex(noLineBreaks, 'A remote path cannot contain line breaks or NUL.');

/** The id `remote:connect` hands out; every later call names its session with it. */
export const remoteSessionIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'Not a session id.');

const hostSchema = z
  .string()
  .trim()
  .min(1, 'A server address is required.')
  .max(255)
  .regex(/^[^\s\u0000-\u001f\u007f/\\@?#]+$/u, 'The server address contains characters a host name cannot have.');

/**
 * What `remote:connect` needs: a site's connection fields, or a quick-connect's. The password travels only
 * in this direction and is never sent back. Without `password`, a `siteId` lets main read the saved one.
 */
export const remoteConnectRequestSchema = z.strictObject({
  host: hostSchema,
  /** Defaults to the protocol's port (990 for implicit FTPS, else 21). */
  port: z.number().int().min(1).max(65535).optional(),
  protocol: z.enum(siteProtocols),
  logonType: z.enum(['anonymous', 'normal']).default('normal'),
  user: z.string().max(512).regex(noLineBreaks, 'A user name cannot contain line breaks or NUL.').default(''),
  password: z.string().max(1024).regex(noLineBreaks, 'A password cannot contain line breaks or NUL.').optional(),
  transferMode: z.enum(transferModes).default('passive'),
  /** `utf-8` (default; legacy bytes still decode as latin1) or `latin1` / `iso-8859-1` / `windows-1252`. */
  encoding: z.string().trim().min(1).max(64).default('utf-8'),
  siteId: entityIdSchema.optional(),
});
export type RemoteConnectRequest = z.input<typeof remoteConnectRequestSchema>;
export type RemoteConnectParams = z.output<typeof remoteConnectRequestSchema>;

/** What the server's certificate says: what the certificate dialog shows. */
export const certificateDetailsSchema = z.object({
  /** SHA-256, colon-separated upper-case hex. */
  fingerprint256: z.string(),
  subject: z.string(),
  issuer: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  subjectAltNames: z.array(z.string()),
  tlsVersion: z.string().nullable(),
  cipher: z.string().nullable(),
  pem: z.string().nullable(),
});
export type CertificateDetails = z.infer<typeof certificateDetailsSchema>;

/** A warning the user must see although the call succeeded. */
export const remoteWarningSchema = z.object({
  /** TLS_FALLBACK: "explicit TLS if available" found none and the session is plain FTP. PIN_NOT_SAVED: "trust always" could not be stored. */
  code: z.enum(['TLS_FALLBACK', 'PIN_NOT_SAVED']),
  message: z.string(),
});
export type RemoteWarning = z.infer<typeof remoteWarningSchema>;

/**
 * What the server supports, from its FEAT answer (RFC 2389) after login and from the control connection:
 * what "Test connection" reports. `tlsVersion` is Node's name (`TLSv1.3`), null on plain FTP.
 */
export const serverCapabilitiesSchema = z.object({
  tls: z.boolean(),
  tlsVersion: z.string().nullable(),
  /** MLST in FEAT: machine-readable listings (MLSD) with exact times. */
  mlsd: z.boolean(),
  /** UTF8 in FEAT (RFC 2640): file names are UTF-8. */
  utf8: z.boolean(),
  /** REST STREAM in FEAT (RFC 3659): interrupted transfers can resume. */
  resume: z.boolean(),
  /** MFMT in FEAT: uploads can keep their modification time. */
  mfmt: z.boolean(),
  /** EPSV in FEAT (RFC 2428): extended passive mode. */
  epsv: z.boolean(),
});
export type ServerCapabilities = z.infer<typeof serverCapabilitiesSchema>;

/** Connected: the session id, the server's starting folder, and whether the control connection is encrypted. */
const connectedSchema = z.object({
  status: z.literal('connected'),
  sessionId: remoteSessionIdSchema,
  path: z.string(),
  secure: z.boolean(),
  welcome: z.string(),
  warning: remoteWarningSchema.optional(),
  capabilities: serverCapabilitiesSchema.optional(),
});

/**
 * The certificate is not trusted: ask the user, then call `remote:trust` with `attemptId`. When a different
 * certificate is pinned for this host and port, `pinnedFingerprint256` names it and `changed` is true: the
 * loud "certificate changed" case.
 */
const needsTrustSchema = z.object({
  status: z.literal('needs-trust'),
  attemptId: remoteSessionIdSchema,
  /** Node's reason, e.g. DEPTH_ZERO_SELF_SIGNED_CERT, ERR_TLS_CERT_ALTNAME_INVALID, FINGERPRINT_MISMATCH. */
  reason: z.string(),
  certificate: certificateDetailsSchema,
  changed: z.boolean(),
  pinnedFingerprint256: z.string().nullable(),
});

/** The answer of `remote:connect` and `remote:trust`. Failures come back as Result errors. */
export const remoteConnectResponseSchema = z.discriminatedUnion('status', [connectedSchema, needsTrustSchema]);
export type RemoteConnectResponse = z.infer<typeof remoteConnectResponseSchema>;

const fingerprintInput = z
  .string()
  .trim()
  .regex(/^([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$/, 'Not a SHA-256 fingerprint (AA:BB:… 32 bytes).');

/**
 * The user's trust decision: by the `attemptId` of a needs-trust answer (main kept the parameters, password
 * included), or with the connection parameters again when that attempt expired.
 */
export const remoteTrustRequestSchema = z
  .strictObject({
    attemptId: remoteSessionIdSchema.optional(),
    connection: remoteConnectRequestSchema.optional(),
    fingerprint256: fingerprintInput,
    remember: z.enum(['once', 'always']),
  })
  .refine((value) => (value.attemptId === undefined) !== (value.connection === undefined), {
    message: 'Give exactly one of attemptId and connection.',
  });

/** Names one session. */
export const remoteSessionRequestSchema = z.strictObject({ sessionId: remoteSessionIdSchema });

/**
 * Names one `remote:list` call so its `remote:list-progress` events can be told from another call's: the
 * renderer makes it up (a counter will do), main only echoes it.
 */
export const listRequestIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'Not a request id.');

/**
 * `remote:list`: no path lists the session's current folder. With a `requestId`, a big folder's first entries
 * and running count come as `remote:list-progress` events (to the asking renderer only) before the answer.
 */
export const remoteListRequestSchema = z.strictObject({
  sessionId: remoteSessionIdSchema,
  path: remotePathSchema.optional(),
  requestId: listRequestIdSchema.optional(),
});

/** One path in a session (`remote:mkdir`, `remote:delete`, `remote:rmdir`). */
export const remotePathRequestSchema = z.strictObject({ sessionId: remoteSessionIdSchema, path: remotePathSchema });

export const remoteRenameRequestSchema = z.strictObject({
  sessionId: remoteSessionIdSchema,
  from: remotePathSchema,
  to: remotePathSchema,
});

/** `mode` is octal text: `644`, `755`, `0750`. */
export const remoteChmodRequestSchema = z.strictObject({
  sessionId: remoteSessionIdSchema,
  path: remotePathSchema,
  mode: z.string().regex(/^[0-7]{3,4}$/, 'A mode is 3 or 4 octal digits, e.g. 644.'),
});

/** Nothing to say beyond success. */
export const remoteDoneSchema = z.object({});

/** `remote:mkdir` answers with the folder's path as the server names it. */
export const remoteMkdirResponseSchema = z.object({ path: z.string() });

/** States a browse session goes through; `reconnecting` is the transparent reconnect after a lost connection. */
export const remoteSessionStates = ['connecting', 'connected', 'reconnecting', 'disconnected'] as const;

/** The `remote:state` event. `error` says why a session ended or a reconnect failed. */
export const remoteStateEventSchema = z.object({
  sessionId: remoteSessionIdSchema,
  state: z.enum(remoteSessionStates),
  warning: remoteWarningSchema.optional(),
  error: appErrorSchema.optional(),
});
export type RemoteStateEvent = z.infer<typeof remoteStateEventSchema>;
export type RemoteSessionState = (typeof remoteSessionStates)[number];

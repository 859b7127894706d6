/**
 * Ferry's FTP/FTPS engine: Python ftplib's features as async TypeScript (see README.md for the mapping).
 * Imports only node:* and itself.
 */
export { FtpClient, type DataTransfer } from './client.js';
export { FtpTlsClient, type FtpTlsClientOptions } from './tls-client.js';
export type { ConnectOptions, FtpClientOptions } from './client-options.js';
export type { ListOptions } from './listing.js';
export type { DownloadOptions, TransferProgress, UploadOptions } from './streams.js';
export type { FtpTlsOptions } from './tls.js';
export { FileSink, type FileSinkOptions } from './file-sink.js';
export { FileSource, type FileSourceOptions } from './file-source.js';
export { describeCertificate, normalizeFingerprint } from './tls.js';
export {
  allErrors,
  errorForReply,
  FtpAbortedError,
  FtpConnectionClosedError,
  FtpConnectionError,
  FtpError,
  FtpInvalidArgumentError,
  FtpPermanentError,
  FtpProtocolError,
  FtpReplyError,
  FtpTemporaryError,
  FtpTimeoutError,
  FtpTlsCertificateError,
  isFtpOrSystemError,
  leavesConnectionUsable,
  type FtpErrorCode,
  type PeerCertificateDetails,
} from './errors.js';
export { makeReply, replyMessage, type FtpReply } from './reply.js';
export type { FtpLogEntry, FtpLogLevel, FtpLogListener } from './protocol-log.js';
export { maskCommand } from './commands.js';
export type { TextEncodingName } from './text-codec.js';
export { ReplyParser, defaultMaxReplyBytes } from './reply-parser.js';
export { formatTimeVal, parse257, parseEpsvReply, parseFeatures, parsePasvReply, parseTimeVal } from './reply-codes.js';
export { parseListLines, parseMlsdLine, type FileInfo, type FileType, type ListParseOptions } from './list/index.js';

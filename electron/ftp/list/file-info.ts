/** What a listing line says a name is. */
export type FileType = 'file' | 'directory' | 'symlink' | 'unknown';

/** One parsed entry of a remote directory listing (MLSD, Unix LIST, DOS/IIS LIST or EPLF). */
export interface FileInfo {
  readonly name: string;
  readonly type: FileType;
  /** Bytes, when the listing says. */
  readonly size?: number;
  /** Modification time as an absolute instant, when the listing says. */
  readonly modified?: Date;
  /** True when the time came from a year-less or seconds-less LIST line, so it is approximate. */
  readonly modifiedApproximate?: boolean;
  /** Unix permission string such as `rwxr-xr-x`, or an MLSD `unix.mode`/`perm` rendering. */
  readonly permissions?: string;
  /** Numeric permission bits (e.g. 0o755, with setuid/setgid/sticky), from a Unix LIST mode string or MLSD `unix.mode`. */
  readonly mode?: number;
  readonly owner?: string;
  readonly group?: string;
  /** For symlinks from LIST: what the link points to. */
  readonly target?: string;
  /** Raw MLSD facts, lower-cased keys. */
  readonly facts?: Readonly<Record<string, string>>;
}

/** How LIST times are turned into instants: the clock for year-less dates and the server's UTC offset. */
export interface ListParseOptions {
  /** Now, injected so tests are deterministic; year-less dates resolve to the most recent past such date. */
  readonly now: () => Date;
  /** Minutes to add to UTC to get the server's local time (LIST shows server-local time). Default 0. */
  readonly serverUtcOffsetMinutes?: number;
}

/** The text of `ferry --help`. Kept in one place so the README can quote it verbatim. */
export const usageText = `Usage: ferry <command> [options] <arguments>

Commands:
  ls URL [--json]         list a folder (--json: one JSON array of {name, type, size, modified})
  get URL [LOCAL]         download a file (LOCAL: a file name or folder; default: the remote name here)
  put LOCAL URL           upload a file (URL ending in / means into that folder, keeping the name)
  get -r URL [LOCALDIR]   download a folder: its contents go into LOCALDIR (default: its name here;
                          LOCALDIR ending in / means into that folder, keeping the name)
  put -r LOCALDIR URL     upload a folder: its contents go into the URL's folder (ending in /: into
                          that folder, keeping LOCALDIR's name)
    --parallel N          connections for get/put, 1-10 (default 2); also without -r
    --on-exists POLICY    when a target exists: overwrite (default), newer, size (if the size
                          differs), resume, rename or skip; ask is for the app only
    --retries N           tries again, up to N times (0-19, default 4), a file that failed in a
                          way that may pass (connection lost or refused, server busy)
                          get/put with these options print failures and a summary line, and exit 1
                          if any file failed
  rm URL                  delete a file
  mkdir URL               create a folder
  rmdir URL               remove an empty folder
  mv URL NEWPATH          rename or move (NEWPATH absolute, or relative to the URL's folder;
                          ending in / means into that folder, keeping the name)
  sync LOCALDIR URL       publish a folder: upload new and changed files (atomically: temporary
                          name, then rename), create folders; prints the plan, then a summary
    --dry-run             print the plan only; nothing is sent
    --delete              also delete what is on the server but not in LOCALDIR (after uploads)
    --parallel N          connections for the uploads, 1-10 (default 2)
    --checksum            compare same-size files by content (server's HASH/XMD5/XCRC)
    --website URL         print the site's address, cache-busted, to check the result
    --json                print the plan (and summary) as JSON
                          Skips .git, node_modules, .DS_Store, Thumbs.db and what LOCALDIR/.ferryignore
                          lists (gitignore syntax). What was sent is remembered (in ~/.config/ferry/
                          publish-manifests, or $FERRY_USER_DATA/publish-manifests) for exact re-syncs.

URLs:
  ftp://[user[:password]@]host[:port]/path     plain FTP (port 21)
  ftpes://...                                  explicit FTPS: AUTH TLS, required (port 21)
  ftps://...                                   implicit FTPS (port 990)
  Paths are absolute on the server; escape spaces and other special characters as %XX.
  Without a user, ferry logs in as anonymous. With a user but no password in the URL,
  the password comes from the FERRY_PASSWORD environment variable.

Options:
  --insecure              accept any TLS certificate (no verification)
  --fingerprint SHA256    trust exactly the certificate with this SHA-256 fingerprint
  --active                use active mode (the server connects back) instead of passive
  --timeout SECONDS       give up on a silent connection after this long (default 30)
  --verbose               print the protocol conversation to stderr (passwords masked)
  -h, --help              show this help
  -V, --version           show the version

Exit status: 0 success, 1 failure (network, server, TLS or local file), 2 bad usage, 130 interrupted.
`;

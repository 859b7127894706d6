/** The text of `ferry --help`. Kept in one place so the README can quote it verbatim. */
export const usageText = `Usage: ferry <command> [options] <arguments>

Commands:
  ls URL [--json]         list a folder (--json: one JSON array of {name, type, size, modified})
  get URL [LOCAL]         download a file (LOCAL: a file name or folder; default: the remote name here)
  put LOCAL URL           upload a file (URL ending in / means into that folder, keeping the name)
  rm URL                  delete a file
  mkdir URL               create a folder
  rmdir URL               remove an empty folder
  mv URL NEWPATH          rename or move (NEWPATH absolute, or relative to the URL's folder;
                          ending in / means into that folder, keeping the name)

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

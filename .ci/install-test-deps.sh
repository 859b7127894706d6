#!/usr/bin/env bash
# Installs what the integration tests need on Debian 12: real FTP servers, a Secret Service
# for keytar, and Chromium for Playwright. Run as root; idempotent, and quick when all is present.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

if [ "$(id -u)" -ne 0 ]; then
  echo "install-test-deps.sh must run as root (try: sudo bash $0)" >&2
  exit 1
fi

apt_packages=(
  vsftpd python3-pyftpdlib python3-openssl lftp curl openssl
  # shared libraries the unpacked proftpd / pure-ftpd binaries link against
  libhiredis0.14 libmemcached11 libmemcachedutil2 libpcre2-posix3 libsodium23
  chromium libsecret-1-dev gnome-keyring dbus-x11
)

missing=()
for p in "${apt_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

servers_dir="${FERRY_TEST_SERVERS_DIR:-/opt/ferry-test-servers}"
need_unpack=0
[ -x "$servers_dir/proftpd/usr/sbin/proftpd" ] || need_unpack=1
[ -f "$servers_dir/proftpd/usr/lib/proftpd/mod_tls.so" ] || need_unpack=1
[ -x "$servers_dir/pureftpd/usr/sbin/pure-ftpd" ] || need_unpack=1
[ -x "$servers_dir/pureftpd/usr/bin/pure-pw" ] || need_unpack=1

apt_updated=0
apt_update_once() {
  if [ "$apt_updated" -eq 0 ]; then
    apt-get update -q
    apt_updated=1
  fi
}

if [ "${#missing[@]}" -gt 0 ]; then
  apt_update_once
  # policy-rc.d on these machines keeps apt from starting vsftpd as a daemon.
  apt-get install -y -q "${missing[@]}"
fi

# vsftpd, proftpd and pure-ftpd each Conflict with ftp-server, so only vsftpd is installed;
# the other two are unpacked and run from their own folder.
if [ "$need_unpack" -eq 1 ]; then
  apt_update_once
  work="$(mktemp -d)"
  # apt-get download fetches as the unprivileged _apt user, who must be able to write here.
  chown _apt "$work" 2>/dev/null || chmod 777 "$work"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && apt-get download proftpd-core proftpd-mod-crypto pure-ftpd pure-ftpd-common)
  rm -rf "$servers_dir/proftpd" "$servers_dir/pureftpd"
  mkdir -p "$servers_dir/proftpd" "$servers_dir/pureftpd"
  for d in proftpd-core proftpd-mod-crypto; do dpkg-deb -x "$work"/${d}_*.deb "$servers_dir/proftpd"; done
  for d in pure-ftpd pure-ftpd-common; do dpkg-deb -x "$work"/${d}_*.deb "$servers_dir/pureftpd"; done
fi

# vsftpd authenticates local users through PAM, so the test user must be a real system user.
if ! id ftptest >/dev/null 2>&1; then
  useradd -m -s /bin/bash ftptest
fi
echo 'ftptest:ftppass' | chpasswd
mkdir -p /var/run/vsftpd/empty

echo "test dependencies ready (servers in $servers_dir)"

#!/usr/bin/env bash
# Runs its arguments inside a private D-Bus session with an unlocked gnome-keyring, so keytar
# finds a Secret Service without touching the user's real keyring. HOME and XDG dirs point to
# a temp folder that is removed afterwards.
# Usage: bash .ci/with-keyring.sh npx vitest run electron/services
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 command [args...]" >&2
  exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool not installed: run \`sudo bash .ci/install-test-deps.sh\`" >&2
    exit 1
  fi
done

home="$(mktemp -d "${TMPDIR:-/tmp}/ferry-keyring-XXXXXX")"
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$home/runtime"
chmod 700 "$home/runtime"
export HOME="$home"
export XDG_CONFIG_HOME="$home/.config"
export XDG_DATA_HOME="$home/.local/share"
export XDG_CACHE_HOME="$home/.cache"
export XDG_RUNTIME_DIR="$home/runtime"
# Without a bus address of its own, keytar would try to autolaunch D-Bus through X11.
unset DBUS_SESSION_BUS_ADDRESS

# gnome-keyring-daemon daemonizes and outlives the bus unless kept in the foreground as our
# own child, so it is started with --foreground and stopped by its PID when the command ends.
dbus-run-session -- bash -c '
  set -u
  printf %s ferry-test | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
  keyring=$!
  for _ in $(seq 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
      break
    fi
    if ! kill -0 "$keyring" 2>/dev/null; then echo "gnome-keyring-daemon exited early" >&2; exit 1; fi
    sleep 0.05
  done
  status=0
  "$@" || status=$?
  kill "$keyring" 2>/dev/null || true
  wait "$keyring" 2>/dev/null || true
  exit "$status"' bash "$@"

#!/usr/bin/env bash
# The test suite runs against a real PostgreSQL server and a real Chromium. On a fresh
# Debian machine neither is installed: install them from Debian's packages when we can
# (as root), otherwise say exactly what is missing.
set -euo pipefail

have_chromium() { command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ]; }
have_postgres() { command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }

missing=()
have_chromium || missing+=(chromium)
have_postgres || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing test tools from Debian: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The tests need: ${missing[*]} (Debian: sudo apt-get install ${missing[*]}); or set CHROMIUM_PATH." >&2
  exit 1
fi

#!/usr/bin/env bash
# The test suite runs against a real PostgreSQL server, a real Chromium and R. On a fresh
# Debian machine they are missing: install them from Debian's packages when we can
# (as root), otherwise say exactly what is missing.
set -euo pipefail

have_chromium() { command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ]; }
have_postgres() { command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }
# R runs the R script that the evaluator's export generates.
have_r() { command -v Rscript >/dev/null 2>&1; }

missing=()
have_chromium || missing+=(chromium)
have_postgres || missing+=(postgresql)
have_r || missing+=(r-base-core)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing test tools from Debian: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The tests need: ${missing[*]} (Debian: sudo apt-get install ${missing[*]}); or set CHROMIUM_PATH." >&2
  exit 1
fi

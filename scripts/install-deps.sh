#!/usr/bin/env bash
# Installs the Debian packages Dateline needs, only those missing; safe to re-run.
# Usage: scripts/install-deps.sh [build|test]   (test adds the browser and sanitizer tools)
set -euo pipefail
want=(cmake g++ make nlohmann-json3-dev catch2 emscripten python3 fonttools
      fonts-dejavu-core fonts-unfonts-core curl ca-certificates xz-utils)
if [[ "${1:-build}" == "test" ]]; then
  want+=(chromium clang libclang-rt-14-dev)
fi
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js may come from Debian (nodejs + npm) or a vendor package that bundles npm.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
  echo "dateline: installing Debian packages: ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "dateline: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    SUDO=sudo
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq || { echo "dateline: apt-get update failed (no access to Debian's repositories?)" >&2; exit 1; }
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    { echo "dateline: could not install ${missing[*]}" >&2; exit 1; }
fi

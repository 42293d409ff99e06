#!/usr/bin/env bash
# Fetches an upstream tarball from Debian's source archive into third_party/NAME, checking its
# pinned SHA-256. Falls back to apt's own source download with a private sources list and state
# folders, so the machine's apt configuration is never changed. No-op when already present.
# Usage: fetch-debian-source.sh DEST_NAME MARKER_FILE POOL_PATH TARBALL SHA256 APT_SOURCE=VERSION
#   DEST_NAME    folder under third_party/ (e.g. imgui-1.90.1)
#   MARKER_FILE  a file inside it that proves a complete extraction (e.g. imgui.h)
#   POOL_PATH    folder under debian/pool/ (e.g. main/i/imgui)
#   TARBALL      the .orig tarball's file name
#   APT_SOURCE   source package and version for the fallback (e.g. imgui=1.90.1+ds-1)
set -euo pipefail
[[ $# -eq 6 ]] || { echo "usage: $0 DEST_NAME MARKER_FILE POOL_PATH TARBALL SHA256 APT_SOURCE=VERSION" >&2; exit 2; }
name="$1" marker="$2" pool="$3" tarball="$4" sha256="$5" aptsource="$6"
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/third_party"
[[ -f "$dest/$name/$marker" ]] && exit 0
mkdir -p "$dest"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "dateline: fetching $name"
if ! curl -fsSL --retry 3 -o "$tmp/$tarball" "http://deb.debian.org/debian/pool/$pool/${tarball//+/%2b}"; then
  echo "deb-src http://deb.debian.org/debian trixie main" > "$tmp/sources.list"
  mkdir -p "$tmp/lists/partial" "$tmp/cache/archives/partial"
  aptopts=(-o Dir::Etc::SourceList="$tmp/sources.list" -o Dir::Etc::SourceParts=/nonexistent
           -o Dir::State::Lists="$tmp/lists" -o Dir::Cache="$tmp/cache" -o APT::Sandbox::User=root)
  apt-get "${aptopts[@]}" update -qq
  (cd "$tmp" && apt-get "${aptopts[@]}" source --download-only "$aptsource")
fi
echo "$sha256  $tmp/$tarball" | sha256sum -c --quiet - ||
  { echo "dateline: checksum mismatch for $tarball" >&2; exit 1; }
mkdir -p "$tmp/x"
tar -xJf "$tmp/$tarball" -C "$tmp/x"
# The tarball holds one top-level folder; give it the name CMake looks for.
src="$(find "$tmp/x" -mindepth 1 -maxdepth 1 -type d | head -n 1)"
[[ -f "$src/$marker" ]] || { echo "dateline: unexpected layout in $tarball" >&2; exit 1; }
rm -rf "${dest:?}/$name"
mv "$src" "$dest/$name"

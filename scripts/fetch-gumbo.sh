#!/usr/bin/env bash
# Fetches the gumbo HTML5 parser 0.13.0 (Debian's upstream tarball) into third_party/, checksum-
# verified. Never changes the machine's apt configuration; safe to re-run (no-op when present).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/third_party"
version=0.13.0
tarball="gumbo-parser_${version}+dfsg.orig.tar.xz"
url="http://deb.debian.org/debian/pool/main/g/gumbo-parser/gumbo-parser_${version}%2bdfsg.orig.tar.xz"
sha256=1d01316617df9cefcd3f43235b519f606a5465a526a768734714fcc51ccb79e4
[[ -f "$dest/gumbo-$version/src/parser.c" ]] && exit 0
mkdir -p "$dest"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "dateline: fetching gumbo-parser $version"
if ! curl -fsSL --retry 3 -o "$tmp/$tarball" "$url"; then
  # Fallback: apt's own source download, with a private sources list and state folders.
  echo "deb-src http://deb.debian.org/debian trixie main" > "$tmp/sources.list"
  mkdir -p "$tmp/lists/partial" "$tmp/cache/archives/partial"
  aptopts=(-o Dir::Etc::SourceList="$tmp/sources.list" -o Dir::Etc::SourceParts=/nonexistent
           -o Dir::State::Lists="$tmp/lists" -o Dir::Cache="$tmp/cache" -o APT::Sandbox::User=root)
  apt-get "${aptopts[@]}" update -qq
  (cd "$tmp" && apt-get "${aptopts[@]}" source --download-only "gumbo-parser=$version+dfsg-2")
fi
echo "$sha256  $tmp/$tarball" | sha256sum -c --quiet - ||
  { echo "dateline: checksum mismatch for $tarball" >&2; exit 1; }
mkdir -p "$tmp/x"
tar -xJf "$tmp/$tarball" -C "$tmp/x"
# The tarball holds one top-level folder; give it a versioned name CMake looks for.
src="$(find "$tmp/x" -mindepth 1 -maxdepth 1 -type d | head -n 1)"
[[ -f "$src/src/parser.c" ]] || { echo "dateline: unexpected layout in $tarball" >&2; exit 1; }
rm -rf "$dest/gumbo-$version"
mv "$src" "$dest/gumbo-$version"

#!/usr/bin/env bash
# Fetches Dear ImGui 1.90.1 (Debian's source tarball) into third_party/, checksum-verified.
# Never changes the machine's apt configuration; safe to re-run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/third_party"
version=1.90.1
tarball="imgui_${version}+ds.orig.tar.xz"
sha256=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
[[ -f "$dest/imgui-$version/imgui.h" ]] && exit 0
mkdir -p "$dest"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "dateline: fetching Dear ImGui $version"
if ! curl -fsSL --retry 3 -o "$tmp/$tarball" "http://deb.debian.org/debian/pool/main/i/imgui/$tarball"; then
  # Fallback: apt's own source download, with a private sources list and state folders.
  echo "deb-src http://deb.debian.org/debian trixie main" > "$tmp/sources.list"
  mkdir -p "$tmp/lists/partial" "$tmp/cache/archives/partial"
  aptopts=(-o Dir::Etc::SourceList="$tmp/sources.list" -o Dir::Etc::SourceParts=/nonexistent
           -o Dir::State::Lists="$tmp/lists" -o Dir::Cache="$tmp/cache" -o APT::Sandbox::User=root)
  apt-get "${aptopts[@]}" update -qq
  (cd "$tmp" && apt-get "${aptopts[@]}" source --download-only "imgui=$version+ds-1")
fi
echo "$sha256  $tmp/$tarball" | sha256sum -c --quiet - ||
  { echo "dateline: checksum mismatch for $tarball" >&2; exit 1; }
tar -xJf "$tmp/$tarball" -C "$dest"
[[ -f "$dest/imgui-$version/imgui.h" ]] || { echo "dateline: unexpected layout in $tarball" >&2; exit 1; }

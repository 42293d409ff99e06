#!/usr/bin/env bash
# Fetches Dear ImGui 1.90.1 (Debian's source tarball) into third_party/, checksum-verified.
set -euo pipefail
exec "$(dirname "$0")/fetch-debian-source.sh" imgui-1.90.1 imgui.h main/i/imgui \
  "imgui_1.90.1+ds.orig.tar.xz" ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c \
  "imgui=1.90.1+ds-1"

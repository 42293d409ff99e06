#!/usr/bin/env bash
# Fetches the gumbo HTML5 parser 0.13.0 (Debian's source tarball) into third_party/, checksum-verified.
set -euo pipefail
exec "$(dirname "$0")/fetch-debian-source.sh" gumbo-0.13.0 src/parser.c main/g/gumbo-parser \
  "gumbo-parser_0.13.0+dfsg.orig.tar.xz" 1d01316617df9cefcd3f43235b519f606a5465a526a768734714fcc51ccb79e4 \
  "gumbo-parser=0.13.0+dfsg-2"

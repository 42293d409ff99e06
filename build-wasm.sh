#!/usr/bin/env bash
# Builds the Dateline page into dist/: index.html + index.js + index.wasm (hosted) and
# dateline.html (one self-contained file that runs from file://).
#   ./build-wasm.sh            build
#   ./build-wasm.sh --serve    build, then serve dist/ on http://127.0.0.1:8000/ (Ctrl-C stops)
# Installs what is missing (Debian packages, Dear ImGui, fonts); safe to re-run.
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
cd "$root"
serve=0
port="${DATELINE_PORT:-8000}"
for arg in "$@"; do
  case "$arg" in
    --serve) serve=1 ;;
    *) echo "usage: $0 [--serve]" >&2; exit 2 ;;
  esac
done

scripts/install-deps.sh build
scripts/fetch-imgui.sh
[[ -x scripts/fetch-gumbo.sh ]] && scripts/fetch-gumbo.sh

build="${DATELINE_WASM_BUILD:-$root/build-wasm}"
mkdir -p "$build" third_party/include
scripts/make-fonts.sh "$build/fonts"
# em++ must not see /usr/include; give it a folder with only nlohmann's headers.
[[ -e third_party/include/nlohmann ]] || cp -r /usr/include/nlohmann third_party/include/

export NODE_PATH=/usr/share/nodejs
command -v emcmake >/dev/null || { echo "dateline: emcmake not found (apt-get install emscripten)" >&2; exit 1; }
emcmake cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DDATELINE_FONT_DIR="$build/fonts" >/dev/null
cmake --build "$build" -j"$(nproc)"

rm -rf dist && mkdir -p dist
cp "$build"/index.html "$build"/index.js "$build"/index.wasm "$build"/boot.js dist/
cp "$build"/dateline.html dist/
[[ -d web/static ]] && cp -r web/static/. dist/
echo "dateline: built dist/index.html (hosted) and dist/dateline.html (single file, works from file://)"

if ((serve)); then
  echo "dateline: serving the explorer at http://127.0.0.1:$port/"
  exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
fi

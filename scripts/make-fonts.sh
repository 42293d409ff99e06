#!/usr/bin/env bash
# Subsets Debian's DejaVu Sans (Latin, Greek, Cyrillic, punctuation) and UnDotum (Hangul)
# into OUT_DIR for the page. Both are free licences (see README). Safe to re-run.
set -euo pipefail
out="${1:?usage: make-fonts.sh OUT_DIR}"
dejavu=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
undotum=/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf
for f in "$dejavu" "$undotum"; do
  [[ -f "$f" ]] || { echo "dateline: missing font $f (install fonts-dejavu-core fonts-unfonts-core)" >&2; exit 1; }
done
command -v pyftsubset >/dev/null || { echo "dateline: pyftsubset missing (install fonttools)" >&2; exit 1; }
mkdir -p "$out"
if [[ ! -f "$out/DejaVuSans.ttf" || "$0" -nt "$out/DejaVuSans.ttf" ]]; then
  # Basic Latin, Latin-1, Latin Extended-A/B, IPA-free Greek, Cyrillic, punctuation, currency, arrows, symbols.
  pyftsubset "$dejavu" --output-file="$out/DejaVuSans.ttf" --no-hinting --layout-features='' \
    --unicodes="U+0020-024F,U+0370-03FF,U+0400-04FF,U+2000-206F,U+20A0-20BF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+25A0-25FF,U+2600-26FF,U+FFFD"
fi
if [[ ! -f "$out/UnDotum.ttf" || "$0" -nt "$out/UnDotum.ttf" ]]; then
  # The 2,350 Hangul syllables of KS X 1001 (everyday Korean) plus Hangul jamo.
  python3 - "$out/hangul.txt" <<'PY'
import sys
chars = []
for lead in range(0xB0, 0xC9):
    for trail in range(0xA1, 0xFF):
        try:
            chars.append(bytes([lead, trail]).decode("euc-kr"))
        except UnicodeDecodeError:
            pass
chars += [chr(c) for c in range(0x3131, 0x318F)]
open(sys.argv[1], "w", encoding="utf-8").write("".join(chars))
PY
  pyftsubset "$undotum" --output-file="$out/UnDotum.ttf" --no-hinting --layout-features='' \
    --text-file="$out/hangul.txt"
  rm -f "$out/hangul.txt"
fi

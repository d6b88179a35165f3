#!/usr/bin/env bash
# Renders the application icon's committed bitmaps from its SVG sources:
#   resources/icons/hicolor/SIZExSIZE/apps/strongtrust.png   (Linux icon theme)
#   packaging/windows/strongtrust.ico                         (Windows executable)
#   packaging/macos/strongtrust.icns                          (macOS bundle)
# 16 and 24 px come from strongtrust-16.svg (simplified, on the pixel grid), the
# rest from strongtrust.svg. Run after editing either SVG, look at the PNGs, and
# commit them. Needs rsvg-convert (apt-get install librsvg2-bin) and python3.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
icons="$root/resources/icons"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found: apt-get install librsvg2-bin" >&2; exit 1; }

render() { # SVG SIZE OUT
    mkdir -p "$(dirname "$3")"
    rsvg-convert --width "$2" --height "$2" --keep-aspect-ratio --output "$3" "$1"
}

for size in 16 24 32 48 64 128 256; do
    src="$icons/strongtrust.svg"
    [ "$size" -le 24 ] && src="$icons/strongtrust-16.svg"
    render "$src" "$size" "$icons/hicolor/${size}x${size}/apps/strongtrust.png"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
render "$icons/strongtrust.svg" 512 "$tmp/512.png"
render "$icons/strongtrust.svg" 1024 "$tmp/1024.png"

# .ico and .icns both hold PNG images; a few lines of Python write them
# without another image tool.
python3 - "$icons/hicolor" "$tmp" "$root/packaging" <<'PY'
import struct, sys
hicolor, tmp, packaging = sys.argv[1:]
def png(size):
    path = f"{tmp}/{size}.png" if size > 256 else f"{hicolor}/{size}x{size}/apps/strongtrust.png"
    return open(path, "rb").read()

ico_sizes = [16, 24, 32, 48, 64, 128, 256]
images = [png(s) for s in ico_sizes]
offset = 6 + 16 * len(images)
ico = struct.pack("<HHH", 0, 1, len(images))
for size, data in zip(ico_sizes, images):
    ico += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open(f"{packaging}/windows/strongtrust.ico", "wb").write(ico + b"".join(images))

icns_types = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128),
              (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)]
body = b"".join(t + struct.pack(">I", 8 + len(png(s))) + png(s) for t, s in icns_types)
open(f"{packaging}/macos/strongtrust.icns", "wb").write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
echo "Rendered icons; look at resources/icons/hicolor/*/apps/strongtrust.png before committing."

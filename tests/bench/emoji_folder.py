# SPDX-License-Identifier: MIT
"""A small 64x64 colour image folder made from what Debian ships: every
fully-qualified emoji of Unicode's emoji-test.txt (package unicode-data),
drawn with Noto Color Emoji (fonts-noto-color-emoji) by Pillow
(python3-pil; ZWJ sequences and skin tones need libraqm0), centred on white.

    python3 tests/bench/emoji_folder.py OUT_DIR [--size 64]

Prints how many images it wrote. Emoji the font cannot draw as one glyph
(they come out as several pictures side by side, or as the empty box) are
skipped.
"""

import argparse
import os
import sys

from PIL import Image, ImageChops, ImageDraw, ImageFont, features

EMOJI_TEST = "/usr/share/unicode/emoji/emoji-test.txt"
FONT = "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"
BITMAP_SIZE = 109  # the one size of the font's colour bitmaps


def sequences():
    with open(EMOJI_TEST, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)
            if len(line) < 2 or ";" not in line[0]:
                continue
            codes, status = (part.strip() for part in line[0].split(";"))
            if status == "fully-qualified":
                yield "".join(chr(int(c, 16)) for c in codes.split())


def draw(font, text, layout):
    canvas = Image.new("RGBA", (BITMAP_SIZE * 4, BITMAP_SIZE * 2), (0, 0, 0, 0))
    ImageDraw.Draw(canvas).text((8, 8), text, font=font, embedded_color=True, layout_engine=layout)
    box = canvas.getbbox()
    return canvas.crop(box) if box else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--size", type=int, default=64)
    args = parser.parse_args()
    layout = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC
    if layout != ImageFont.Layout.RAQM:
        print("libraqm is missing: sequences of several code points are skipped", file=sys.stderr)
    font = ImageFont.truetype(FONT, BITMAP_SIZE, layout_engine=layout)
    missing = draw(font, "\U0010FFFD", layout)  # what the font draws for a code point it lacks
    os.makedirs(args.out, exist_ok=True)
    written = 0
    for index, text in enumerate(sequences()):
        glyph = draw(font, text, layout)
        if glyph is None or glyph.width > 1.5 * BITMAP_SIZE:  # nothing, or several glyphs
            continue
        if missing is not None and glyph.size == missing.size and \
                ImageChops.difference(glyph, missing).getbbox() is None:
            continue
        side = max(glyph.size)
        square = Image.new("RGBA", (side, side), (255, 255, 255, 255))
        square.alpha_composite(glyph, ((side - glyph.width) // 2, (side - glyph.height) // 2))
        # A margin of an eighth on each side, then the studio's size.
        framed = Image.new("RGBA", (side * 5 // 4, side * 5 // 4), (255, 255, 255, 255))
        framed.alpha_composite(square, (side // 8, side // 8))
        framed.convert("RGB").resize((args.size, args.size), Image.LANCZOS).save(
            os.path.join(args.out, f"emoji-{index:04d}.png"))
        written += 1
    print(written)


if __name__ == "__main__":
    main()

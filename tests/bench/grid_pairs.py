# SPDX-License-Identifier: MIT
"""Draws the same seeds with two trained projects per data set and sets the
grids side by side, one row per data set: the picture of docs/TRAINING.md.

    /usr/bin/python3 tests/bench/grid_pairs.py --cli build/bin/latent-cli \\
        --out docs/images/plain-vs-default.png \\
        --pair "digits=/work/quality/digits/plain-seed1,/work/quality/digits/default-seed1" ...

Each grid is `latent-cli sample --seed 0 --count 24` of the project's newest
checkpoint (the weight average where the project keeps one, as the studio
draws), so the two grids of a row start from the same latent vectors.
Needs Pillow (Debian's python3-pil).
"""

import argparse
import os
import subprocess
import tempfile

from PIL import Image, ImageDraw, ImageFont


def sample_grid(cli, project, path, count, columns):
    subprocess.run([cli, "sample", "--project", project, "--seed", "0", "--count", str(count),
                    "--columns", str(columns), "--grid", path, "--force"],
                   check=True, stdout=subprocess.DEVNULL)
    return Image.open(path).convert("RGB")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--pair", action="append", required=True, metavar="LABEL=LEFT,RIGHT",
                        help="a data set's name and its two projects")
    parser.add_argument("--titles", default="plain DCGAN,new default")
    parser.add_argument("--count", type=int, default=24)
    parser.add_argument("--columns", type=int, default=8)
    parser.add_argument("--width", type=int, default=480, help="each grid is scaled to this width")
    args = parser.parse_args()

    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 15)
    except OSError:
        font = ImageFont.load_default()
    margin, label_width, title_height = 12, 90, 24
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for index, pair in enumerate(args.pair):
            label, _, projects = pair.partition("=")
            grids = []
            for side, project in enumerate(projects.split(",")):
                grid = sample_grid(args.cli, project, os.path.join(tmp, f"{index}-{side}.png"),
                                   args.count, args.columns)
                height = round(grid.height * args.width / grid.width)
                grids.append(grid.resize((args.width, height), Image.NEAREST))
            rows.append((label, grids))

    width = label_width + 2 * args.width + 3 * margin
    height = title_height + sum(max(g.height for g in grids) + margin for _, grids in rows) + margin
    picture = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(picture)
    for side, title in enumerate(args.titles.split(",")):
        draw.text((label_width + margin + side * (args.width + margin), 6), title, fill="black", font=font)
    y = title_height
    for label, grids in rows:
        draw.text((margin, y + 4), label, fill="black", font=font)
        for side, grid in enumerate(grids):
            picture.paste(grid, (label_width + margin + side * (args.width + margin), y))
        y += max(g.height for g in grids) + margin
    picture.save(args.out, optimize=True)
    print(f"wrote {args.out} ({width}x{height})")


if __name__ == "__main__":
    main()

# SPDX-License-Identifier: MIT
"""Trains the same data with each GAN setting on and off, over several seeds,
and tabulates the studio's quality scores: the numbers behind the defaults
(docs/TRAINING.md).

    python3 tests/bench/training_quality.py --cli build/bin/latent-cli \\
        --work /tmp/quality --dataset digits --steps 1500 --seeds 1,2,3 \\
        --configs plain,ema,augment,sn,all --report /tmp/quality/digits.md

Every run is a latent-cli project under WORK/DATASET/CONFIG-seedN; a run that
finished is read again, not retrained, so the script can be stopped and
started. All runs of one data set share the first run's feature network and
reference images (its evaluation/ folder), so their scores compare.
"""

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys

DATASETS = {
    "digits": [],
    "fashion": ["--dataset", "/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"],
    # 3655 emoji at 64x64 in colour (emoji_folder.py), with flips.
    "emoji": ["--dataset", "{work}/emoji-images", "--image-size", "64", "--channels", "3", "--flip"],
}


def prepare(args, dataset):
    """Makes the data a data set needs; returns its latent-cli options."""
    options = [o.replace("{work}", args.work) for o in DATASETS[dataset]]
    if dataset == "emoji" and not os.path.isdir(os.path.join(args.work, "emoji-images")):
        maker = os.path.join(os.path.dirname(os.path.abspath(__file__)), "emoji_folder.py")
        subprocess.run([sys.executable, maker, os.path.join(args.work, "emoji-images")], check=True)
    return options

# Each configuration as latent-cli train options. "plain" is the textbook
# DCGAN (the networks and hyperparameters of PyTorch's DCGAN example, which
# tests/bench/python_reference.py builds); "default" is whatever a new
# project gets today.
CONFIGS = {
    "plain": ["--ema-kimg", "0", "--augment", "off", "--spectral-norm", "off", "--d-norm", "auto"],
    "ema": ["--ema-kimg", "10", "--augment", "off", "--spectral-norm", "off", "--d-norm", "auto"],
    "augment": ["--ema-kimg", "0", "--augment", "color,translation,cutout", "--spectral-norm", "off",
                "--d-norm", "auto"],
    "sn": ["--ema-kimg", "0", "--augment", "off", "--spectral-norm", "on", "--d-norm", "none"],
    "all": ["--ema-kimg", "10", "--augment", "color,translation,cutout", "--spectral-norm", "on",
            "--d-norm", "none"],
    "default": [],
}


def read_csv(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def finished(project, steps):
    path = os.path.join(project, "evaluation.csv")
    if not os.path.exists(path):
        return False
    rows = read_csv(path)
    return bool(rows) and int(rows[-1]["step"]) >= steps


def train(args, dataset, config, seed, shared, data_options):
    project = os.path.join(args.work, dataset, f"{config}-seed{seed}")
    if finished(project, args.steps):
        return project
    if os.path.exists(project):
        shutil.rmtree(project)
    options = data_options + CONFIGS[config] + (args.extra.split() if args.extra else [])
    if shared and os.path.isdir(os.path.join(shared, "evaluation")):
        # An untrained project with the shared reference features: latent-cli
        # trains it with its own settings, overridden by the options below.
        os.makedirs(project)
        shutil.copy(os.path.join(shared, "project.json"), project)
        shutil.copytree(os.path.join(shared, "evaluation"), os.path.join(project, "evaluation"))
    command = [args.cli, "train", "--project", project, "--steps", str(args.steps), "--seed", str(seed),
               "--evaluate-every", str(args.evaluate_every), "--checkpoint-every", str(args.steps),
               "--sample-every", str(args.steps), "--log-every", "50"] + options
    print("$ " + " ".join(command), file=sys.stderr, flush=True)
    with open(os.path.join(args.work, dataset, f"{config}-seed{seed}.log"), "w") as log:
        subprocess.run(command, check=True, stdout=log, stderr=subprocess.STDOUT)
    return project


def summarise(project):
    scores = read_csv(os.path.join(project, "evaluation.csv"))
    metrics = read_csv(os.path.join(project, "metrics.csv"))
    last = scores[-1]
    best = min(scores, key=lambda r: float(r["fd"]))
    # Training seconds per step, without the evaluations' own time.
    eval_seconds = sum(float(r["seconds"]) for r in scores)
    seconds = float(metrics[-1]["elapsed_s"]) - eval_seconds
    return {
        "fd": float(last["fd"]), "fd_error": float(last["fd_error"]),
        "precision": float(last["precision"]), "recall": float(last["recall"]),
        "coverage": float(last["coverage"]), "best_fd": float(best["fd"]), "best_step": int(best["step"]),
        "step_seconds": seconds / int(metrics[-1]["step"]),
        "curve": [(int(r["step"]), float(r["fd"])) for r in scores],
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--dataset", choices=sorted(DATASETS), required=True)
    parser.add_argument("--steps", type=int, default=1500)
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--configs", default="plain,ema,augment,sn,all")
    parser.add_argument("--evaluate-every", type=int, default=250)
    parser.add_argument("--extra", default="", help="more latent-cli train options for every run")
    parser.add_argument("--report", help="write the Markdown table here too")
    parser.add_argument("--json", help="write every run's summary here")
    args = parser.parse_args()

    seeds = [int(s) for s in args.seeds.split(",")]
    configs = args.configs.split(",")
    os.makedirs(os.path.join(args.work, args.dataset), exist_ok=True)
    runs = {}
    shared = None
    data_options = prepare(args, args.dataset)
    for config in configs:
        for seed in seeds:
            project = train(args, args.dataset, config, seed, shared, data_options)
            shared = shared or project
            runs[(config, seed)] = summarise(project)

    lines = [f"#### {args.dataset}: {args.steps} steps, seeds {args.seeds}, medians (worst to best)", "",
             "| setting | FD | FD worst/best | precision | recall | coverage | best FD (step) | s/step |",
             "|---|---|---|---|---|---|---|---|"]
    for config in configs:
        rows = [runs[(config, seed)] for seed in seeds]
        fds = [r["fd"] for r in rows]
        med = lambda key: statistics.median(r[key] for r in rows)
        best = min(rows, key=lambda r: r["best_fd"])
        lines.append(f"| {config} | {statistics.median(fds):.3g} ({max(fds):.3g} to {min(fds):.3g}) | "
                     f"{max(fds) / min(fds):.2f}x | {med('precision'):.3f} | {med('recall'):.3f} | "
                     f"{med('coverage'):.3f} | {best['best_fd']:.3g} ({best['best_step']}) | "
                     f"{med('step_seconds'):.3f} |")
    report = "\n".join(lines) + "\n"
    print(report)
    if args.report:
        with open(args.report, "w") as f:
            f.write(report)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({f"{c}-seed{s}": r for (c, s), r in runs.items()}, f, indent=1)


if __name__ == "__main__":
    main()

# SPDX-License-Identifier: MIT
"""Trains the same data with each GAN setting on and off, over several seeds,
and tabulates the studio's quality scores: the numbers behind the defaults
(docs/TRAINING.md).

    python3 tests/bench/training_quality.py --cli build/bin/latent-cli \\
        --work /tmp/quality --dataset digits --seeds 1,2,3 \\
        --configs plain,default,fast,ema,augment,sn --report /tmp/quality/digits.md

Every run is a latent-cli project under WORK/DATASET/CONFIG-seedN; a run that
finished is read again, not retrained, so the script can be stopped and
started. All runs of one data set share the first run's feature network and
reference images (its evaluation/ folder), so their scores compare.
With --jobs N the first run trains alone (it makes that folder) and the
rest N at a time; give each --extra=--threads=1 so they share the cores.
"""

import argparse
import concurrent.futures
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
    # The same folder at 32x32, standing in for CIFAR-10-sized colour data.
    "emoji32": ["--dataset", "{work}/emoji-images", "--image-size", "32", "--channels", "3", "--flip"],
    # Smaller sets of the built-in digits, to measure augmentation on small
    # sets (configurations augon and augoff).
    "digits64": ["--synthetic-count", "64"],
    "digits100": ["--synthetic-count", "100"],
    "digits300": ["--synthetic-count", "300"],
    "digits500": ["--synthetic-count", "500"],
    "digits2000": ["--synthetic-count", "2000"],
    "digits5000": ["--synthetic-count", "5000"],
    # 300 of the emoji (spread over the folder) at 32x32: a small colour
    # folder. Its own scores compare with its training images (no images
    # are held out below 1000); tests/bench/held_out_scores.sh scores its
    # runs against the whole folder's held-out images.
    "emoji300": ["--dataset", "{work}/emoji-images-300", "--image-size", "32", "--channels", "3", "--flip"],
    "digits10000": ["--synthetic-count", "10000"],
}


def prepare(args, dataset):
    """Makes the data a data set needs; returns its latent-cli options."""
    options = [o.replace("{work}", args.work) for o in DATASETS[dataset]]
    if dataset.startswith("emoji") and not os.path.isdir(os.path.join(args.work, "emoji-images")):
        maker = os.path.join(os.path.dirname(os.path.abspath(__file__)), "emoji_folder.py")
        subprocess.run([sys.executable, maker, os.path.join(args.work, "emoji-images")], check=True)
    if dataset == "emoji300":
        count = 300
        subset = os.path.join(args.work, f"emoji-images-{count}")
        if not os.path.isdir(subset):
            os.makedirs(subset)
            names = sorted(os.listdir(os.path.join(args.work, "emoji-images")))
            for name in names[::len(names) // count][:count]:
                shutil.copy(os.path.join(args.work, "emoji-images", name), subset)
    return options

# Each configuration as latent-cli train options. "plain" is the textbook
# DCGAN (the networks and hyperparameters of PyTorch's DCGAN example, which
# tests/bench/python_reference.py builds); fast (the default's rate), ema,
# augment, sn and conditional each change one thing of it; "default" is what a new project
# gets today (ProjectConfig::defaults() and the presets: Adam 8e-4, 4e-4 from
# 64x64 up, the weight average, no augmentation (auto is off), conditional on the data's labels
# when it has them, with mode seeking and the class guide), spelled out because runs start from
# the first run's project.json; "unconditional" is the default without the
# labels (and so without mode seeking or class guide), "uncondseek" that with
# mode seeking, "condseek" the conditional default without the class guide
# (the default of 2026-12-04), "guidehalf" with the guide at half weight
# (what auto means), "guideone" at weight 1, "seektwo" mode seeking at weight 2
# (auto is 1),
# "condnoseek" without mode seeking or guide; "augon" and "augoff" the
# default with augmentation forced on and off, "augada" with adaptive
# augmentation (translation), "augadaall" adaptive with all three operations.
TEXTBOOK = ["--lr", "2e-4", "--beta1", "0.5", "--beta2", "0.999", "--ema-kimg", "0", "--augment", "off",
            "--spectral-norm", "off", "--d-norm", "auto", "--conditional", "off", "--mode-seeking", "0", "--class-guide", "0"]
DEFAULT = ["--lr", "{default_lr}", "--beta1", "0.5", "--beta2", "0.999", "--ema-kimg", "10", "--ema-ramp", "0.05",
           "--augment", "auto", "--spectral-norm", "off", "--d-norm", "auto", "--mode-seeking", "auto",
           "--class-guide", "auto"]
CONFIGS = {
    "plain": TEXTBOOK,
    "fast": TEXTBOOK + ["--lr", "{default_lr}"],
    "ema": TEXTBOOK + ["--ema-kimg", "10"],
    "augment": TEXTBOOK + ["--augment", "color,translation,cutout"],
    "sn": TEXTBOOK + ["--spectral-norm", "on", "--d-norm", "none"],
    "conditional": TEXTBOOK + ["--conditional", "auto"],
    "unconditional": DEFAULT + ["--conditional", "off"],
    "uncondseek": DEFAULT + ["--conditional", "off", "--mode-seeking", "1"],
    "condnoseek": DEFAULT + ["--conditional", "auto", "--mode-seeking", "0", "--class-guide", "0"],
    "condseek": DEFAULT + ["--conditional", "auto", "--class-guide", "0"],
    "guidehalf": DEFAULT + ["--conditional", "auto", "--class-guide", "0.5"],
    "guideone": DEFAULT + ["--conditional", "auto", "--class-guide", "1"],
    "seektwo": DEFAULT + ["--conditional", "auto", "--mode-seeking", "2"],
    "default": DEFAULT + ["--conditional", "auto"],
    "augon": DEFAULT + ["--conditional", "auto", "--augment", "color,translation,cutout"],
    "augoff": DEFAULT + ["--conditional", "auto", "--augment", "off"],
    "augada": DEFAULT + ["--conditional", "auto", "--augment", "adaptive"],
    "augadaall": DEFAULT + ["--conditional", "auto", "--augment", "color,translation,cutout,adaptive"],
}

# Each data set's budget: the default run of its preset.
STEPS = {"digits": 1500, "fashion": 1500, "emoji": 1000, "emoji32": 1500, "digits64": 1500, "digits100": 1500, "digits300": 1500, "digits500": 1500, "emoji300": 1500, "digits2000": 1500, "digits5000": 1500,
         "digits10000": 1500}


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
    # ProjectConfig::defaultLearningRate: 4e-4 for the 64x64 DCGAN, 8e-4 below.
    # (The image size, not any option of 64: 64 digits are 28x28.)
    size = data_options[data_options.index("--image-size") + 1] if "--image-size" in data_options else "28"
    default_lr = "4e-4" if int(size) >= 64 else "8e-4"
    options = data_options + [o.replace("{default_lr}", default_lr) for o in CONFIGS[config]] \
        + (args.extra.split() if args.extra else [])
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


def time_to_quality(runs, config, baseline, seeds, step_seconds=None):
    """The median over seeds of the first evaluated step at which a run is at
    least as good as the same seed's baseline run at its end, and the training
    minutes to get there (steps x the run's own s/step, evaluations left
    out); ">N" where a run never got there."""
    if any((baseline, seed) not in runs for seed in seeds):
        return ("", "")
    steps = []
    for seed in seeds:
        target = runs[(baseline, seed)]["fd"]
        reached = [step for step, fd in runs[(config, seed)]["curve"] if fd <= target]
        steps.append(reached[0] if reached else float("inf"))
    step = statistics.median(steps)
    if step == float("inf"):
        return (f">{runs[(config, seeds[0])]['curve'][-1][0]}", "")
    seconds = step_seconds or statistics.median(runs[(config, seed)]["step_seconds"] for seed in seeds)
    return (f"{step:g}", f"{step * seconds / 60:.1f}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--dataset", choices=sorted(DATASETS), required=True)
    parser.add_argument("--steps", type=int, help="default: the data set's own budget (STEPS)")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--configs", default="plain,default,fast,ema,augment")
    parser.add_argument("--evaluate-every", type=int, default=250)
    parser.add_argument("--jobs", type=int, default=1, help="runs trained at once after the first")
    parser.add_argument("--extra", default="", help="more latent-cli train options for every run")
    parser.add_argument("--define", action="append", default=[], metavar="NAME=OPTIONS",
                        help="a further configuration, e.g. ttur='--lr-g 1e-4 --lr-d 4e-4'")
    parser.add_argument("--baseline", default="plain",
                        help="the configuration whose final FD the others race to (time to quality)")
    parser.add_argument("--python-step-seconds", type=float,
                        help="the Python reference's s/step for this model (./studio.sh bench), "
                             "to give the baseline's minutes in PyTorch")
    parser.add_argument("--studio-step-seconds", type=float,
                        help="s/step for the minutes to quality, measured on a quiet machine (./studio.sh "
                             "bench), instead of each run's own (runs may share the cores)")
    parser.add_argument("--report", help="write the Markdown table here too")
    parser.add_argument("--json", help="write every run's summary here")
    args = parser.parse_args()

    for definition in args.define:
        name, _, options = definition.partition("=")
        CONFIGS[name] = options.split()
    seeds = [int(s) for s in args.seeds.split(",")]
    args.steps = args.steps or STEPS[args.dataset]
    configs = args.configs.split(",")
    os.makedirs(os.path.join(args.work, args.dataset), exist_ok=True)
    data_options = prepare(args, args.dataset)
    pending = [(config, seed) for config in configs for seed in seeds]
    first = pending.pop(0)
    shared = train(args, args.dataset, *first, None, data_options)
    projects = {first: shared}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {key: pool.submit(train, args, args.dataset, *key, shared, data_options) for key in pending}
        projects.update({key: future.result() for key, future in futures.items()})
    runs = {key: summarise(project) for key, project in projects.items()}

    lines = [f"#### {args.dataset}: {args.steps} steps, seeds {args.seeds}, medians (worst to best)", "",
             "| setting | FD | FD worst/best | precision | recall | coverage | best FD (step) | s/step |"
             f" reaches {args.baseline}'s final FD at step | minutes to it |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for config in configs:
        rows = [runs[(config, seed)] for seed in seeds]
        fds = [r["fd"] for r in rows]
        med = lambda key: statistics.median(r[key] for r in rows)
        best = min(rows, key=lambda r: r["best_fd"])
        reach = time_to_quality(runs, config, args.baseline, seeds, args.studio_step_seconds)
        lines.append(f"| {config} | {statistics.median(fds):.3g} ({max(fds):.3g} to {min(fds):.3g}) | "
                     f"{max(fds) / min(fds):.2f}x | {med('precision'):.3f} | {med('recall'):.3f} | "
                     f"{med('coverage'):.3f} | {best['best_fd']:.3g} ({best['best_step']}) | "
                     f"{med('step_seconds'):.3f} | {reach[0]} | {reach[1]} |")
    if args.python_step_seconds and args.baseline in configs:
        lines += ["", f"The Python reference would take {args.steps} x {args.python_step_seconds} s = "
                      f"{args.steps * args.python_step_seconds / 60:.1f} minutes for {args.baseline}'s budget."]
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

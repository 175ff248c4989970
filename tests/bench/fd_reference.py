# SPDX-License-Identifier: MIT
"""An independent Fréchet distance, to check latent::frechetDistance
(core/eval/featurestatistics.h) against: the usual reference formula
(Heusel et al. 2017, eq. 6) with SciPy's general matrix square root of the
product C1 C2, not the symmetric route the studio takes.

    python3 fd_reference.py REAL.npy FAKE.npy

Each file holds a feature matrix [N, D] (float64 or float32; writeNpy writes
them). Prints the distance as one number at full precision. Needs only
Debian's python3-numpy and python3-scipy. tst_frechetdistance runs it when they
are there.
"""

import sys

import numpy as np
from scipy import linalg


def gaussian(path):
    """The mean and unbiased covariance of the rows of the matrix in `path`."""
    x = np.load(path).astype(np.float64)
    if x.ndim == 1:
        x = x[:, np.newaxis]
    return x.mean(axis=0), np.atleast_2d(np.cov(x, rowvar=False))


def frechet(mean1, cov1, mean2, cov2):
    """|m1 - m2|^2 + tr(C1 + C2 - 2 sqrtm(C1 C2))."""
    root, _ = linalg.sqrtm(cov1 @ cov2, disp=False)
    if not np.isfinite(root).all():
        # A singular product: sqrtm fails; a tiny ridge on both diagonals is
        # the customary way round.
        ridge = np.eye(cov1.shape[0]) * 1e-6
        root, _ = linalg.sqrtm((cov1 + ridge) @ (cov2 + ridge), disp=False)
    if np.iscomplexobj(root):
        largest = np.abs(root.imag).max()
        if largest > 1e-3:
            print(f"warning: sqrtm left an imaginary part of {largest:g}", file=sys.stderr)
        root = root.real
    difference = mean1 - mean2
    return float(difference @ difference + np.trace(cov1) + np.trace(cov2) - 2.0 * np.trace(root))


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    mean1, cov1 = gaussian(argv[1])
    mean2, cov2 = gaussian(argv[2])
    if cov1.shape != cov2.shape:
        print(f"the feature widths differ: {cov1.shape[0]} and {cov2.shape[0]}", file=sys.stderr)
        return 2
    print(repr(frechet(mean1, cov1, mean2, cov2)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

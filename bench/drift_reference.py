"""The plain numpy/scipy recipe for the drift feature table, run by bench/drift.bench.ts on the same data.

Python here cannot read Arrow, so the bench exports each feature column as raw little-endian files first:
<dir>/<name>.baseline.f64 and <name>.current.f64 (numeric, NaN for null) or <name>.baseline.i32 and
<name>.current.i32 (categorical codes shared by both sides, -1 for null), and <dir>/columns.json listing them.

Per feature, as drift-methods.md defines them: PSI on the baseline's deciles with open outer bins (1e-6 for an
empty bin), scipy.stats.ks_2samp (method auto), scipy.stats.wasserstein_distance and its normed form,
jensenshannon(base=2) over the PSI bins or the categories, chi2_contingency over the categories, null rates.
Prints one JSON object: {"seconds": {"read": s, "compute": s, "computeCpu": s}, "features": {name: {...}}}
(computeCpu: process CPU time, which a busy machine inflates less than wall time).

Run: /usr/bin/python3 bench/drift_reference.py <dir>   (Debian's python3-numpy and python3-scipy)
"""
import json
import sys
import time

import numpy as np
from scipy import stats
from scipy.spatial.distance import jensenshannon


def psi(b_counts, c_counts):
    b = b_counts / b_counts.sum()
    c = c_counts / c_counts.sum()
    b = np.where(b == 0, 1e-6, b)
    c = np.where(c == 0, 1e-6, c)
    return float(np.sum((c - b) * np.log(c / b)))


def numeric(b_all, c_all):
    b_null = np.isnan(b_all)
    c_null = np.isnan(c_all)
    b = b_all[np.isfinite(b_all)]
    c = c_all[np.isfinite(c_all)]
    edges = np.unique(np.percentile(b, np.linspace(0, 100, 11))[1:-1])
    b_counts = np.bincount(np.searchsorted(edges, b, side='right'), minlength=len(edges) + 1)
    c_counts = np.bincount(np.searchsorted(edges, c, side='right'), minlength=len(edges) + 1)
    ks = stats.ks_2samp(b, c)
    w = stats.wasserstein_distance(b, c)
    return {
        'psi': psi(b_counts, c_counts),
        'ksStatistic': float(ks.statistic),
        'ksPValue': float(ks.pvalue),
        'wasserstein': float(w),
        'wassersteinNormed': float(w / max(np.std(b), 0.001)),
        'jensenShannon': float(jensenshannon(b_counts, c_counts, base=2)),
        'nullRateDelta': float(c_null.mean() - b_null.mean()),
    }


def categorical(b_all, c_all):
    size = int(max(b_all.max(), c_all.max())) + 1
    b_counts = np.bincount(b_all[b_all >= 0], minlength=size)
    c_counts = np.bincount(c_all[c_all >= 0], minlength=size)
    union = (b_counts + c_counts) > 0
    b_counts, c_counts = b_counts[union], c_counts[union]
    chi2, p, dof, _ = stats.chi2_contingency(np.vstack([b_counts, c_counts]))
    return {
        'psi': psi(b_counts, c_counts),
        'jensenShannon': float(jensenshannon(b_counts, c_counts, base=2)),
        'chiSquareStatistic': float(chi2),
        'chiSquarePValue': float(p),
        'nullRateDelta': float((c_all < 0).mean() - (b_all < 0).mean()),
    }


def main(directory):
    with open(f'{directory}/columns.json') as f:
        columns = json.load(f)
    started = time.perf_counter()
    data = {}
    for column in columns:
        dtype, ext = (np.float64, 'f64') if column['kind'] == 'numeric' else (np.int32, 'i32')
        data[column['name']] = tuple(np.fromfile(f"{directory}/{column['file']}.{side}.{ext}", dtype=dtype) for side in ('baseline', 'current'))
    read = time.perf_counter() - started
    started = time.perf_counter()
    cpu_started = time.process_time()
    features = {}
    for column in columns:
        b, c = data[column['name']]
        features[column['name']] = numeric(b, c) if column['kind'] == 'numeric' else categorical(b, c)
    compute = time.perf_counter() - started
    compute_cpu = time.process_time() - cpu_started
    print(json.dumps({'seconds': {'read': read, 'compute': compute, 'computeCpu': compute_cpu}, 'features': features}))


if __name__ == '__main__':
    main(sys.argv[1])

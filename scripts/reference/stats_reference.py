"""Reference values for src/core/stats, computed with Debian's numpy 1.24 / scipy 1.10.

Run from the repository root:
    /usr/bin/python3 scripts/reference/stats_reference.py
It writes test/fixtures/stats/reference.json. Inputs are deterministic: small ones are stored inline,
large ones as a `generator` that test/unit/core/stats/referenceFixture.ts rebuilds bit for bit
(integer arithmetic and single correctly rounded IEEE operations only, identical in numpy and JS).
In the JSON, a missing value (NaN) is written as null and ±Infinity as the strings "Infinity"/"-Infinity".
"""
import json
import math
import os
import sys
import warnings

import numpy as np
import scipy
from scipy import special, stats
from scipy.spatial import distance

COMMAND = "/usr/bin/python3 scripts/reference/stats_reference.py"
OUT = os.path.join("test", "fixtures", "stats", "reference.json")


def generate(spec):
    """uniform-ish values from a modular sequence; see the TypeScript twin in referenceFixture.ts."""
    n, mult, mod, off = spec["n"], spec["multiplier"], spec["modulus"], spec["offset"]
    i = np.arange(n, dtype=np.int64)
    u = ((i * mult + off) % mod).astype(np.float64) / float(mod)
    if spec.get("square"):
        u = u * u
    x = u * spec["scale"] + spec["shift"]
    if "grid" in spec:  # round down to a grid, to make ties
        x = np.floor(x * spec["grid"]) / spec["grid"]
    return x


def encode(values):
    out = []
    for v in values:
        v = float(v)
        if math.isnan(v):
            out.append(None)
        elif math.isinf(v):
            out.append("Infinity" if v > 0 else "-Infinity")
        else:
            out.append(v)
    return out


samples = {}


def inline(name, values):
    samples[name] = {"values": encode(values)}
    return np.asarray(values, dtype=np.float64)


def generated(name, **spec):
    samples[name] = {"generator": spec}
    return generate(spec)


def finite(x):
    x = np.asarray(x, dtype=np.float64)
    return np.sort(x[np.isfinite(x)])


rng = np.random.default_rng(20261122)
S = {}
S["normal200"] = inline("normal200", np.round(rng.normal(10, 2, 200), 6))
S["normal150shift"] = inline("normal150shift", np.round(rng.normal(10.6, 2.2, 150), 6))
S["lognormal300"] = inline("lognormal300", rng.lognormal(0, 1, 300))
S["ties60"] = inline("ties60", rng.integers(0, 6, 60).astype(float))
S["ties80"] = inline("ties80", rng.integers(1, 7, 80).astype(float))
S["one"] = inline("one", [3.5])
S["two"] = inline("two", [1.0, 4.0])
S["five"] = inline("five", [2.0, -1.0, 7.5, 3.25, 0.5])
S["constant50"] = inline("constant50", [4.2] * 50)
S["mixed"] = inline("mixed", [1.0, float("nan"), 2.5, float("inf"), -3.0, float("-inf"), 0.75, float("nan"), 4.0, 10.0, -0.0, 0.0, 2.5, 6.0])
S["signedZeros"] = inline("signedZeros", [-0.0, 0.0, -0.0, 1.0, -1.0, 0.0, 2.0, -2.0, 0.0, -0.0, 3.0])
S["farOutside"] = inline("farOutside", np.round(rng.normal(10, 2, 120), 6) * 100)
S["deciles101"] = inline("deciles101", np.arange(101, dtype=float) / 10)  # edges land on data values
S["onEdges"] = inline("onEdges", np.concatenate([np.arange(0, 11, dtype=float), np.arange(0, 11, dtype=float) + 0.5]))
S["gen3000"] = generated("gen3000", n=3000, multiplier=7919, modulus=3001, offset=17, scale=4.0, shift=-2.0)
S["gen2500sq"] = generated("gen2500sq", n=2500, multiplier=104729, modulus=2503, offset=5, scale=4.0, shift=-2.1, square=True)
S["gen10000"] = generated("gen10000", n=10000, multiplier=7919, modulus=10007, offset=3, scale=1.0, shift=0.0)
S["gen10000b"] = generated("gen10000b", n=10000, multiplier=15485863, modulus=10009, offset=11, scale=1.0, shift=0.015)
S["gen9999"] = generated("gen9999", n=9999, multiplier=7927, modulus=10037, offset=1, scale=1.0, shift=0.01)
S["gen8000ties"] = generated("gen8000ties", n=8000, multiplier=7919, modulus=8009, offset=2, scale=10.0, shift=0.0, grid=4)
S["gen12000"] = generated("gen12000", n=12000, multiplier=7919, modulus=12007, offset=7, scale=1.0, shift=0.0)
S["gen15000"] = generated("gen15000", n=15000, multiplier=104729, modulus=15013, offset=3, scale=1.0, shift=0.004)
S["gen20000"] = generated("gen20000", n=20000, multiplier=7919, modulus=20011, offset=1, scale=1.0, shift=0.0)
S["gen20000far"] = generated("gen20000far", n=20000, multiplier=104729, modulus=20021, offset=9, scale=1.0, shift=0.184)
S["gen20000sq"] = generated("gen20000sq", n=20000, multiplier=7919, modulus=20011, offset=1, scale=1.0, shift=0.0, square=True)
S["gen11000ties"] = generated("gen11000ties", n=11000, multiplier=7919, modulus=11003, offset=4, scale=10.0, shift=0.05, grid=2)
S["gen30"] = generated("gen30", n=30, multiplier=7, modulus=31, offset=0, scale=1.0, shift=0.0)
S["gen40000"] = generated("gen40000", n=40000, multiplier=7919, modulus=40009, offset=3, scale=1.0, shift=0.3)


def ref(name):
    return S[name]


# --- quantile: np.percentile linear, many probabilities
quantile_cases = []
percents = [0.0, 0.1, 10.0, 20.0, 25.0, 30.0, 33.0, 50.0, 60.0, 70.0, 75.0, 80.0, 90.0, 95.0, 99.9, 100.0]
for name in ["normal200", "lognormal300", "ties60", "one", "two", "five", "mixed", "signedZeros", "gen3000", "gen2500sq"]:
    x = finite(ref(name))
    values = [float(np.percentile(x, q)) for q in percents]  # numpy uses p = q / 100
    quantile_cases.append({"sample": name, "percent": percents, "expected": values})

# --- PSI bins and PSI (open outer bins, brute force)
def psi_edges(base):
    if len(base) == 0 or base[0] == base[-1]:
        return np.array([])
    edges = np.percentile(base, np.linspace(0, 100, 11))[1:-1]
    return np.unique(edges)


def open_counts(x, edges):
    idx = np.searchsorted(edges, x, side="right")  # value == e_i goes to bin i + 1: [e_i, e_{i+1})
    return np.bincount(idx, minlength=len(edges) + 1).astype(float)


def psi_value(bc, cc):
    b = bc / bc.sum()
    c = cc / cc.sum()
    b = np.where(b == 0, 1e-6, b)
    c = np.where(c == 0, 1e-6, c)
    terms = (c - b) * np.log(c / b)
    return float(np.sum(terms)), terms


psi_cases = []
for base_name, cur_name in [
    ("normal200", "normal150shift"), ("normal200", "normal200"), ("normal200", "farOutside"),
    ("lognormal300", "normal200"), ("ties60", "ties80"), ("constant50", "normal200"),
    ("five", "two"), ("deciles101", "onEdges"), ("mixed", "signedZeros"), ("gen3000", "gen2500sq"),
    ("two", "one"),
]:
    base = finite(ref(base_name))
    cur = finite(ref(cur_name))
    edges = psi_edges(base)
    bc = open_counts(base, edges)
    cc = open_counts(cur, edges)
    value, terms = psi_value(bc, cc)
    js = float(distance.jensenshannon(bc, cc, base=2))
    psi_cases.append({
        "baseline": base_name, "current": cur_name, "edges": encode(edges),
        "baselineCounts": encode(bc), "currentCounts": encode(cc),
        "psi": value, "contributions": encode(terms), "jensenShannon": js,
    })

# --- two-sample KS, scipy ks_2samp auto
def ks(a, b):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = stats.ks_2samp(a, b)
    fell_back = any("Exact calculation unsuccessful" in str(w.message) for w in caught)
    method = "exact" if max(len(a), len(b)) <= 10000 and not fell_back else "asymptotic"
    return float(result.statistic), float(result.pvalue), method


ks_pairs = [
    ("normal200", "normal150shift"), ("normal200", "normal200"), ("normal150shift", "normal200"),
    ("ties60", "ties80"), ("one", "two"), ("two", "five"), ("five", "five"), ("one", "five"),
    ("lognormal300", "normal200"), ("normal200", "farOutside"), ("mixed", "signedZeros"),
    ("gen3000", "gen2500sq"), ("gen10000", "gen10000b"), ("gen10000", "gen9999"),
    ("gen8000ties", "gen3000"), ("gen10000", "gen12000"), ("gen12000", "gen15000"),
    ("gen20000", "gen20000far"), ("gen20000", "gen20000sq"), ("gen11000ties", "gen8000ties"),
    ("gen20000", "gen30"), ("gen12000", "five"), ("gen40000", "gen20000"), ("gen20000", "gen12000"),
    ("gen10000", "gen10000"), ("gen9999", "gen30"),
]
ks_cases = []
for a_name, b_name in ks_pairs:
    a = finite(ref(a_name))
    b = finite(ref(b_name))
    d, p, method = ks(a, b)
    ks_cases.append({"a": a_name, "b": b_name, "statistic": d, "pValue": p, "method": method})

# Completely separated equal samples: the exact p-value is 2 / C(2n, n), ~7e-300 at n = 500.
sep_a = np.arange(500, dtype=float)
sep_b = np.arange(500, dtype=float) + 1000
samples["separated500a"] = {"generator": {"n": 500, "multiplier": 1, "modulus": 1024, "offset": 0, "scale": 1024.0, "shift": 0.0}}
samples["separated500b"] = {"generator": {"n": 500, "multiplier": 1, "modulus": 1024, "offset": 0, "scale": 1024.0, "shift": 1000.0}}
assert np.array_equal(generate(samples["separated500a"]["generator"]), sep_a)
assert np.array_equal(generate(samples["separated500b"]["generator"]), sep_b)
d, p, method = ks(sep_a, sep_b)
ks_cases.append({"a": "separated500a", "b": "separated500b", "statistic": d, "pValue": p, "method": method})

# --- kstwo.sf over every branch of scipy's method choice, and the one-sided smirnov
kstwo_cases = []
for n, d in [
    (1, 0.3), (1, 0.7), (3, 0.2), (5, 0.15), (5, 0.5), (10, 0.06), (10, 0.2), (10, 0.95), (40, 0.1),
    (40, 0.2), (100, 0.05), (100, 0.08), (100, 0.15), (100, 0.2), (100, 0.3), (100, 0.6), (140, 0.07),
    (141, 0.05), (141, 0.12), (500, 0.01), (500, 0.03), (1000, 0.01), (1000, 0.05), (1000, 0.3),
    (5000, 0.005), (5000, 0.02), (5000, 0.2), (6000, 0.24), (10000, 0.0072), (100000, 0.0016),
    (100001, 0.0016), (500000, 0.001), (500000, 0.002), (500000, 0.003), (5000000, 0.0004),
    (20, 0.0251), (20, 0.049), (300, 0.0018), (300, 0.98),
]:
    kstwo_cases.append({"n": n, "d": d, "sf": float(stats.kstwo.sf(d, n))})
smirnov_cases = []
for n, d in [(1, 0.5), (5, 0.3), (10, 0.1), (100, 0.1), (1000, 0.05), (1013, 0.05), (5000, 0.1), (20000, 0.09)]:
    smirnov_cases.append({"n": n, "d": d, "sf": float(special.smirnov(n, d))})

# --- Wasserstein and normed Wasserstein
wasserstein_cases = []
for a_name, b_name in [
    ("normal200", "normal150shift"), ("normal200", "normal200"), ("normal200", "farOutside"), ("ties60", "ties80"),
    ("one", "two"), ("two", "five"), ("constant50", "five"), ("mixed", "signedZeros"), ("gen3000", "gen2500sq"),
    ("gen20000", "gen20000far"),
]:
    a = finite(ref(a_name))
    b = finite(ref(b_name))
    w = float(stats.wasserstein_distance(a, b))
    std = float(np.std(a))
    wasserstein_cases.append({"a": a_name, "b": b_name, "value": w, "baselineStd": std, "normed": w / max(std, 0.001)})

# --- moments
moment_cases = []
for name in ["normal200", "lognormal300", "one", "two", "five", "constant50", "mixed", "gen3000"]:
    x = finite(ref(name))
    moment_cases.append({"sample": name, "mean": float(np.mean(x)), "std": float(np.std(x))})

# --- Jensen-Shannon on category counts
js_cases = []
for p, q in [
    ([10, 20, 30], [10, 20, 30]), ([1, 0, 0], [0, 1, 0]), ([5, 3, 0, 2], [4, 4, 1, 1]), ([0.1, 0.9], [0.5, 0.5]),
    ([100, 200, 300, 400], [110, 190, 310, 390]), ([1, 1, 1, 1, 1], [0, 0, 0, 0, 5]),
]:
    js_cases.append({"p": p, "q": q, "value": float(distance.jensenshannon(p, q, base=2))})

# --- chi-square homogeneity, chi2_contingency defaults
chi_cases = []
for b, c in [
    ([30, 20], [25, 25]), ([10, 12], [11, 10]), ([100, 0], [90, 10]), ([40, 30, 30], [35, 35, 30]),
    ([500, 300, 200, 0], [480, 310, 190, 20]), ([5, 5, 5, 5, 5, 5], [9, 1, 9, 1, 9, 1]),
    ([1000, 2000, 3000], [1000, 2000, 3000]), ([3, 0], [0, 3]), ([20000, 15000, 10000, 5000], [5000, 10000, 15000, 20000]),
    ([50, 0, 50], [40, 0, 60]),
]:
    table = np.array([b, c], dtype=float)
    keep = table.sum(axis=0) > 0  # drop empty categories, as the TypeScript side documents
    res = stats.chi2_contingency(table[:, keep])
    chi_cases.append({"baseline": b, "current": c, "statistic": float(res[0]), "pValue": float(res[1]), "dof": int(res[2])})

gamma_cases = []
for a, x in [(0.5, 0.1), (0.5, 2.0), (1.0, 1.0), (2.5, 0.5), (2.5, 10.0), (10.0, 3.0), (10.0, 30.0), (50.0, 49.0),
             (50.0, 120.0), (500.0, 510.0), (1500.0, 1400.0), (3.0, 200.0), (0.5, 300.0)]:
    gamma_cases.append({"a": a, "x": x, "q": float(special.gammaincc(a, x))})
lgamma_cases = [{"x": x, "value": float(special.gammaln(x))} for x in [0.1, 0.5, 1.0, 1.5, 2.0, 3.7, 10.0, 19.99, 20.0, 100.5, 12345.6]]

# --- ECE and entropy
scores = rng.random(400)
labels = (rng.random(400) < scores ** 1.3).astype(float)
scores[[3, 50]] = np.nan
labels[[7, 99]] = np.nan
scores[[11]] = 1.0
scores[[12]] = 0.0
scores[[13]] = 0.5
def ece(scores, labels):
    ok = ~np.isnan(scores) & ~np.isnan(labels)
    s, y = scores[ok], labels[ok]
    bins = np.minimum(np.floor(10 * s), 9).astype(int)
    value = 0.0
    out = []
    for k in range(10):
        m = bins == k
        if m.sum() == 0:
            continue
        ms, my = float(s[m].mean()), float(y[m].mean())
        value += m.sum() / len(s) * abs(my - ms)
        out.append({"lower": k / 10, "upper": (k + 1) / 10, "count": int(m.sum()), "meanScore": ms, "meanLabel": my})
    return float(value), out
ece_value, ece_bins = ece(scores, labels)
ece_cases = [{"scores": encode(scores), "labels": encode(labels), "value": ece_value, "bins": ece_bins}]

def entropy(scores):
    s = scores[~np.isnan(scores)]
    with np.errstate(divide="ignore", invalid="ignore"):
        h = -(np.where(s > 0, s * np.log(s), 0.0) + np.where(s < 1, (1 - s) * np.log(1 - s), 0.0))
    return float(np.mean(h)), float(np.std(h))
entropy_cases = []
for sc in [scores, np.array([0.0, 1.0, 0.5, 0.5]), np.array([0.9] * 7)]:
    m, s = entropy(sc)
    entropy_cases.append({"scores": encode(sc), "mean": m, "std": s})

fixture = {
    "command": COMMAND,
    "versions": {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__},
    "samples": samples,
    "quantile": quantile_cases,
    "psi": psi_cases,
    "ks": ks_cases,
    "kstwo": kstwo_cases,
    "smirnov": smirnov_cases,
    "wasserstein": wasserstein_cases,
    "moments": moment_cases,
    "jensenShannon": js_cases,
    "chiSquare": chi_cases,
    "upperGamma": gamma_cases,
    "logGamma": lgamma_cases,
    "ece": ece_cases,
    "entropy": entropy_cases,
}
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    json.dump(fixture, f, indent=1, allow_nan=False)
    f.write("\n")
print(f"wrote {OUT}: {os.path.getsize(OUT)} bytes")

"""The Python side of the loader benchmark, run with Debian's /usr/bin/python3 (numpy, no pandas or pyarrow).

    /usr/bin/python3 bench/loader/loader_reference.py csv|jsonl PATH

csv: the csv module's C reader, then numpy float64 arrays for the numeric columns (empty cells as NaN).
jsonl: json.loads per line into lists, then numpy float64 arrays for the numeric columns.
Prints one JSON line: ms (wall), cpuMs, rows, columns, fileBytes, maxRssBytes (ru_maxrss).
"""
import csv
import json
import os
import resource
import sys
import time

import numpy as np


def numeric(values):
    return np.array([float(v) if v not in ('', None) else np.nan for v in values], dtype=np.float64)


def load_csv(path):
    with open(path, newline='') as f:
        reader = csv.reader(f)
        header = next(reader)
        columns = list(zip(*reader))
    first = [c[0] for c in columns]
    out = []
    for values, sample in zip(columns, first):
        try:
            float(sample)
            out.append(numeric(values))
        except ValueError:
            out.append(values)
    return len(columns[0]), len(header)


def load_jsonl(path):
    columns = {}
    rows = 0
    with open(path) as f:
        for line in f:
            if not line.strip():
                continue
            for key, value in json.loads(line).items():
                columns.setdefault(key, []).append(value)
            rows += 1
    for key, values in columns.items():
        if isinstance(values[0], (int, float)):
            columns[key] = numeric(values)
    return rows, len(columns)


def main():
    fmt, path = sys.argv[1], sys.argv[2]
    started = time.perf_counter()
    cpu_started = time.process_time()
    rows, cols = (load_csv if fmt == 'csv' else load_jsonl)(path)
    ms = (time.perf_counter() - started) * 1000
    print(json.dumps({
        'ms': ms, 'cpuMs': (time.process_time() - cpu_started) * 1000, 'rows': rows, 'columns': cols, 'fileBytes': os.path.getsize(path),
        'maxRssBytes': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    }))


main()

"""How fast the package is, against what people write by hand.

    python bench/speed.py [--quick]

Standard library only; the NumPy rows appear only where NumPy is installed.
Every figure is a ratio measured in one process, ours over the baseline,
from medians of interleaved runs, so that machine noise mostly cancels.
It prints one table and a closing summary line.  --quick uses fewer runs
and smaller inputs (for a smoke test; its figures are noisier).
"""

import gc
import math
import os
import platform
import random
import statistics
import sys
import time
import tracemalloc
from math import exp, tanh

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src"))
import activations as act  # noqa: E402

try:
    import numpy
except ImportError:
    numpy = None

LIST_TARGET, SCALAR_TARGET, MEMORY_TARGET, GROWTH_TARGET = 1.25, 1.5, 1.1, 1.3

# The fastest plain comprehension of each function's textbook formula.
HANDWRITTEN = {
    "relu": ("[x if x > 0 else 0.0 for x in xs]", lambda xs: [x if x > 0 else 0.0 for x in xs]),
    "relu_derivative": ("[1.0 if x > 0 else 0.0 for x in xs]", lambda xs: [1.0 if x > 0 else 0.0 for x in xs]),
    "leaky_relu": ("[x if x > 0 else 0.01 * x for x in xs]", lambda xs: [x if x > 0 else 0.01 * x for x in xs]),
    "leaky_relu_derivative": ("[1.0 if x > 0 else 0.01 for x in xs]", lambda xs: [1.0 if x > 0 else 0.01 for x in xs]),
    "sigmoid": ("[1.0 / (1.0 + exp(-x)) for x in xs]", lambda xs: [1.0 / (1.0 + exp(-x)) for x in xs]),
    "sigmoid_derivative": (
        "[(s := 1.0 / (1.0 + exp(-x))) * (1.0 - s) for x in xs]",
        lambda xs: [(s := 1.0 / (1.0 + exp(-x))) * (1.0 - s) for x in xs],
    ),
    "tanh": ("[tanh(x) for x in xs]", lambda xs: [tanh(x) for x in xs]),
    "tanh_derivative": ("[1.0 - t * t for t in map(tanh, xs)]", lambda xs: [1.0 - t * t for t in map(tanh, xs)]),
}


def bare_relu(x):
    return x if x > 0 else 0.0


def bare_sigmoid(x):
    return 1.0 / (1.0 + exp(-x))


def main():
    quick = "--quick" in sys.argv
    runs = 3 if quick else 9
    size = 10_000 if quick else 100_000
    big = 100_000 if quick else 1_000_000
    rng = random.Random(2026)
    xs = [rng.uniform(-10.0, 10.0) for _ in range(size)]
    rows = []

    for name in act.__all__:
        formula, handwritten = HANDWRITTEN[name]
        rows.append(compare("%s(list of %d)" % (name, size), getattr(act, name), handwritten, xs, runs, formula, LIST_TARGET))
    rows.append(compare("relu(list of %d)" % size, act.relu, lambda xs: [max(0, x) for x in xs], xs, runs, "[max(0, x) for x in xs]", LIST_TARGET))

    calls = list(range(2000))
    rows.append(compare("relu(1.5) x 2000", lambda n: [act.relu(1.5) for _ in n], lambda n: [bare_relu(1.5) for _ in n], calls, runs, "def: x if x > 0 else 0.0", SCALAR_TARGET))
    rows.append(compare("sigmoid(1.5) x 2000", lambda n: [act.sigmoid(1.5) for _ in n], lambda n: [bare_sigmoid(1.5) for _ in n], calls, runs, "def: 1 / (1 + exp(-x))", SCALAR_TARGET))

    if numpy is not None:
        rows.append(compare("relu(list of %d)" % size, act.relu, lambda xs: numpy.maximum(0.0, numpy.asarray(xs)).tolist(), xs, runs, "numpy.maximum(...).tolist()", 1.0))
        leaky = lambda xs: (lambda a: numpy.where(a > 0, a, 0.01 * a))(numpy.asarray(xs)).tolist()  # noqa: E731
        rows.append(compare("leaky_relu(list of %d)" % size, act.leaky_relu, leaky, xs, runs, "numpy.where(...).tolist()", 1.0))

    many = [rng.uniform(-10.0, 10.0) for _ in range(big)]
    rows.append(memory("relu(list of %d)" % big, act.relu, HANDWRITTEN["relu"][1], many))
    rows.append(memory("sigmoid(list of %d)" % big, act.sigmoid, HANDWRITTEN["sigmoid"][1], many))

    few = many[: big // 100]
    nested = [many[i : i + 1000] for i in range(0, big, 1000)]
    for name in ["relu", "sigmoid"]:
        function = getattr(act, name)
        rows.append(growth("%s: per element, %d vs %d" % (name, big, len(few)), function, many, few, runs))
        per_row = median_time(function, nested, runs) / median_time(function, many, runs)
        rows.append(("%s: %d lists of 1000 vs flat" % (name, big // 1000), "", "", per_row, GROWTH_TARGET))

    print_table(rows, runs)


def compare(label, ours, baseline, data, runs, baseline_label, target):
    ours_times, baseline_times = [], []
    for _ in range(runs):  # interleaved, so that a slow moment of the machine hits both
        ours_times.append(timed(ours, data))
        baseline_times.append(timed(baseline, data))
    ours_median, baseline_median = statistics.median(ours_times), statistics.median(baseline_times)
    return (label, "%.2f ms" % (ours_median * 1e3), "%.2f ms  %s" % (baseline_median * 1e3, baseline_label), ours_median / baseline_median, target)


def memory(label, ours, baseline, data):
    ours_peak, baseline_peak = peak_memory(ours, data), peak_memory(baseline, data)
    return (label + ": peak memory", "%.1f MB" % (ours_peak / 1e6), "%.1f MB  comprehension" % (baseline_peak / 1e6), ours_peak / baseline_peak, MEMORY_TARGET)


def growth(label, function, many, few, runs):
    per_element_many = median_time(function, many, runs) / len(many)
    per_element_few = median_time(function, few, runs * 10) / len(few)
    return (label, "%.1f ns" % (per_element_many * 1e9), "%.1f ns" % (per_element_few * 1e9), per_element_many / per_element_few, GROWTH_TARGET)


def timed(function, data):
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        function(data)
        return time.perf_counter() - start
    finally:
        gc.enable()


def median_time(function, data, runs):
    return statistics.median(timed(function, data) for _ in range(runs))


def peak_memory(function, data):
    gc.collect()
    tracemalloc.start()
    try:
        result = function(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    del result
    return peak


def print_table(rows, runs):
    header = ("check", "ours", "baseline", "ratio", "target")
    cells = [header] + [(label, ours, baseline, "%.2f" % ratio, "<= %.2f %s" % (target, "ok" if ratio <= target else "MISSED")) for label, ours, baseline, ratio, target in rows]
    widths = [max(len(row[column]) for row in cells) for column in range(len(header))]
    for row in cells:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    met = sum(1 for *_, ratio, target in rows if ratio <= target)
    print(
        "speed: %d of %d targets met on %s %s (medians of %d interleaved runs%s)"
        % (met, len(rows), platform.python_implementation(), platform.python_version(), runs, "" if numpy else "; NumPy not installed, its rows skipped")
    )


if __name__ == "__main__":
    main()

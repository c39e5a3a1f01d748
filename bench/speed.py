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
from math import erf, exp, log, log1p, sqrt, tanh

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src"))
import activations as act  # noqa: E402

try:
    import numpy
except ImportError:
    numpy = None

LIST_TARGET, SCALAR_TARGET, MEMORY_TARGET, GROWTH_TARGET = 1.25, 1.5, 1.1, 1.3

SQRT2, SQRT2PI = sqrt(2.0), sqrt(2.0 * math.pi)


def handwritten_softmax(xs):
    top = max(xs)
    exps = [exp(x - top) for x in xs]
    total = sum(exps)
    return [e / total for e in exps]


def handwritten_log_softmax(xs):
    top = max(xs)
    log_total = top + log(sum([exp(x - top) for x in xs]))
    return [x - log_total for x in xs]


def handwritten_softmax_jacobians(rows):
    return [[[s_i * ((i == j) - s_j) for j, s_j in enumerate(s)] for i, s_i in enumerate(s)] for s in map(handwritten_softmax, rows)]


def handwritten_log_softmax_jacobians(rows):
    return [[[(i == j) - s_j for j, s_j in enumerate(s)] for i in range(len(s))] for s in map(handwritten_softmax, rows)]


# The fastest plain comprehension of each function's textbook formula.  A third item, when
# present, says how ours is called: with the required parameters, or on rows of 10.
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
    "relu6": ("[0.0 if x < 0 else 6.0 if x > 6 else x for x in xs]", lambda xs: [0.0 if x < 0 else 6.0 if x > 6 else x for x in xs]),
    "relu6_derivative": ("[1.0 if 0 < x < 6 else 0.0 for x in xs]", lambda xs: [1.0 if 0 < x < 6 else 0.0 for x in xs]),
    "hardtanh": ("[-1.0 if x < -1 else 1.0 if x > 1 else x for x in xs]", lambda xs: [-1.0 if x < -1 else 1.0 if x > 1 else x for x in xs]),
    "hardtanh_derivative": ("[1.0 if -1 < x < 1 else 0.0 for x in xs]", lambda xs: [1.0 if -1 < x < 1 else 0.0 for x in xs]),
    "elu": ("[x if x > 0 else exp(x) - 1.0 for x in xs]", lambda xs: [x if x > 0 else exp(x) - 1.0 for x in xs]),
    "elu_derivative": ("[1.0 if x > 0 else exp(x) for x in xs]", lambda xs: [1.0 if x > 0 else exp(x) for x in xs]),
    "selu": ("[S * x if x > 0 else SA * (exp(x) - 1.0) for x in xs]", lambda xs: [1.0507 * x if x > 0 else 1.7581 * (exp(x) - 1.0) for x in xs]),
    "selu_derivative": ("[S if x > 0 else SA * exp(x) for x in xs]", lambda xs: [1.0507 if x > 0 else 1.7581 * exp(x) for x in xs]),
    "celu": ("[x if x > 0 else exp(x) - 1.0 for x in xs]", lambda xs: [x if x > 0 else exp(x) - 1.0 for x in xs]),
    "celu_derivative": ("[1.0 if x > 0 else exp(x) for x in xs]", lambda xs: [1.0 if x > 0 else exp(x) for x in xs]),
    "gelu": ("[0.5 * x * (1.0 + erf(x / SQRT2)) for x in xs]", lambda xs: [0.5 * x * (1.0 + erf(x / SQRT2)) for x in xs]),
    "gelu_derivative": (
        "[0.5 * (1.0 + erf(x / SQRT2)) + x * exp(-0.5 * x * x) / SQRT2PI for x in xs]",
        lambda xs: [0.5 * (1.0 + erf(x / SQRT2)) + x * exp(-0.5 * x * x) / SQRT2PI for x in xs],
    ),
    "silu": ("[x / (1.0 + exp(-x)) for x in xs]", lambda xs: [x / (1.0 + exp(-x)) for x in xs]),
    "silu_derivative": (
        "[(s := 1.0 / (1.0 + exp(-x))) * (1.0 + x * (1.0 - s)) for x in xs]",
        lambda xs: [(s := 1.0 / (1.0 + exp(-x))) * (1.0 + x * (1.0 - s)) for x in xs],
    ),
    "mish": ("[x * tanh(log1p(exp(x))) for x in xs]", lambda xs: [x * tanh(log1p(exp(x))) for x in xs]),
    "mish_derivative": (
        "[(t := tanh(log1p(exp(x)))) + x * (1.0 - t * t) / (1.0 + exp(-x)) for x in xs]",
        lambda xs: [(t := tanh(log1p(exp(x)))) + x * (1.0 - t * t) / (1.0 + exp(-x)) for x in xs],
    ),
    "softplus": ("[log(1.0 + exp(x)) for x in xs]", lambda xs: [log(1.0 + exp(x)) for x in xs]),
    "softplus_derivative": ("[1.0 / (1.0 + exp(-x)) for x in xs]", lambda xs: [1.0 / (1.0 + exp(-x)) for x in xs]),
    "softsign": ("[x / (1.0 + abs(x)) for x in xs]", lambda xs: [x / (1.0 + abs(x)) for x in xs]),
    "softsign_derivative": ("[1.0 / (1.0 + abs(x)) ** 2 for x in xs]", lambda xs: [1.0 / (1.0 + abs(x)) ** 2 for x in xs]),
    "hardsigmoid": ("[0.0 if x <= -3 else 1.0 if x >= 3 else x / 6 + 0.5 for x in xs]", lambda xs: [0.0 if x <= -3 else 1.0 if x >= 3 else x / 6.0 + 0.5 for x in xs]),
    "hardsigmoid_derivative": ("[1 / 6 if -3 < x < 3 else 0.0 for x in xs]", lambda xs: [1.0 / 6.0 if -3 < x < 3 else 0.0 for x in xs]),
    "hardswish": ("[0.0 if x <= -3 else x if x >= 3 else x * (x + 3) / 6 for x in xs]", lambda xs: [0.0 if x <= -3 else x if x >= 3 else x * (x + 3.0) / 6.0 for x in xs]),
    "hardswish_derivative": (
        "[0.0 if x < -3 else 1.0 if x > 3 else (2 * x + 3) / 6 for x in xs]",
        lambda xs: [0.0 if x < -3 else 1.0 if x > 3 else (2.0 * x + 3.0) / 6.0 for x in xs],
    ),
    "logsigmoid": ("[-log(1.0 + exp(-x)) for x in xs]", lambda xs: [-log(1.0 + exp(-x)) for x in xs]),
    "logsigmoid_derivative": ("[1.0 / (1.0 + exp(x)) for x in xs]", lambda xs: [1.0 / (1.0 + exp(x)) for x in xs]),
    "tanhshrink": ("[x - tanh(x) for x in xs]", lambda xs: [x - tanh(x) for x in xs]),
    "tanhshrink_derivative": ("[t * t for t in map(tanh, xs)]", lambda xs: [t * t for t in map(tanh, xs)]),
    "softshrink": (
        "[x - 0.5 if x > 0.5 else x + 0.5 if x < -0.5 else 0.0 for x in xs]",
        lambda xs: [x - 0.5 if x > 0.5 else x + 0.5 if x < -0.5 else 0.0 for x in xs],
    ),
    "softshrink_derivative": ("[1.0 if x > 0.5 or x < -0.5 else 0.0 for x in xs]", lambda xs: [1.0 if x > 0.5 or x < -0.5 else 0.0 for x in xs]),
    "hardshrink": ("[x if x > 0.5 or x < -0.5 else 0.0 for x in xs]", lambda xs: [x if x > 0.5 or x < -0.5 else 0.0 for x in xs]),
    "hardshrink_derivative": ("[1.0 if x > 0.5 or x < -0.5 else 0.0 for x in xs]", lambda xs: [1.0 if x > 0.5 or x < -0.5 else 0.0 for x in xs]),
    "threshold": ("[x if x > 0.5 else -1.0 for x in xs]", lambda xs: [x if x > 0.5 else -1.0 for x in xs], lambda xs: act.threshold(xs, 0.5, -1.0)),
    "threshold_derivative": ("[1.0 if x > 0.5 else 0.0 for x in xs]", lambda xs: [1.0 if x > 0.5 else 0.0 for x in xs], lambda xs: act.threshold_derivative(xs, 0.5, -1.0)),
    "softmax": ("max, [exp(x - max)], sum, [e / sum]", handwritten_softmax),
    "log_softmax": ("max, log(sum(exp(x - max))), [x - lse]", handwritten_log_softmax),
    "softmax_derivative": ("rows of 10: [[s_i * ((i == j) - s_j)]]", handwritten_softmax_jacobians, "rows"),
    "log_softmax_derivative": ("rows of 10: [[(i == j) - s_j]]", handwritten_log_softmax_jacobians, "rows"),
}
HANDWRITTEN["swish"] = HANDWRITTEN["silu"]
HANDWRITTEN["swish_derivative"] = HANDWRITTEN["silu_derivative"]


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

    rows_of_10 = [xs[i : i + 10] for i in range(0, len(xs), 10)]
    for name in act.__all__:
        formula, handwritten, *how = HANDWRITTEN[name]
        ours, data, label = getattr(act, name), xs, "%s(list of %d)" % (name, size)
        if how == ["rows"]:
            data, label = rows_of_10, "%s(%d rows of 10)" % (name, len(rows_of_10))
        elif how:
            ours = how[0]
        rows.append(compare(label, ours, handwritten, data, runs, formula, LIST_TARGET))
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
        nested_median, flat_median = interleaved_medians(function, nested, function, many, runs)
        rows.append(("%s: %d lists of 1000 vs flat" % (name, big // 1000), "", "", nested_median / flat_median, GROWTH_TARGET))

    print_table(rows, runs)


def compare(label, ours, baseline, data, runs, baseline_label, target):
    ours_median, baseline_median = interleaved_medians(ours, data, baseline, data, runs)
    return (label, "%.2f ms" % (ours_median * 1e3), "%.2f ms  %s" % (baseline_median * 1e3, baseline_label), ours_median / baseline_median, target)


def memory(label, ours, baseline, data):
    ours_peak, baseline_peak = peak_memory(ours, data), peak_memory(baseline, data)
    return (label + ": peak memory", "%.1f MB" % (ours_peak / 1e6), "%.1f MB  comprehension" % (baseline_peak / 1e6), ours_peak / baseline_peak, MEMORY_TARGET)


def growth(label, function, many, few, runs):
    # The small input runs 100 times per timing, so that both timings are of the same size.
    repeat = len(many) // len(few)
    many_median, few_median = interleaved_medians(function, many, lambda data: [function(data) for _ in range(repeat)], few, runs)
    per_element_many, per_element_few = many_median / len(many), few_median / (repeat * len(few))
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


def interleaved_medians(first, first_data, second, second_data, runs):
    """The median times of first(first_data) and second(second_data), run in turn.

    Interleaved, so that a slow moment of the machine hits both.
    """
    first_times, second_times = [], []
    for _ in range(runs):
        first_times.append(timed(first, first_data))
        second_times.append(timed(second, second_data))
    return statistics.median(first_times), statistics.median(second_times)


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

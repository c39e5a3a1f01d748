"""How fast the package is, against what people write by hand (issue #10).

    python bench/speed.py [--quick]

Standard library only; the NumPy rows appear only where NumPy is installed.
Every figure is a ratio measured in one process, ours over the baseline,
from medians of interleaved runs, so that machine noise mostly cancels.
It prints one table, in sections, and a closing summary line:

* single numbers: every elementwise function called on one float at a time,
  [f(v) for v in values] over 1000 floats drawn once from [-10, 10], against
  a bare one-line def of the textbook formula called the same way.  Target
  1.5 where that def calls exp, log, tanh, erf or sqrt (smooth), else 2
  (comparisons and arithmetic only: piecewise);
* lists of 100,000 floats in [-10, 10]: every elementwise function on the
  whole list against [f(x) for x in xs] with the same def (target 1.25), and,
  with no target, against the fully inlined comprehension of the formula;
* row-wise functions: against hand-written versions of them;
* workloads: a 2-4-1 network trained on XOR, written as course notes write it;
* peak memory, and how the time grows with size and nesting.

--quick uses fewer runs and smaller inputs (a smoke test for CI, whose figures
are noisier); it exits 0 whether or not the targets are met.
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

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))
import activations as act  # noqa: E402
from activations._lift import LIFTED  # noqa: E402
from activations._lift_rows import LiftedRows  # noqa: E402

try:
    import numpy
except ImportError:
    numpy = None

SMOOTH_TARGET, PIECEWISE_TARGET = 1.5, 2.0  # one float at a time, against a bare def
LIST_TARGET, ROWS_TARGET, WORKLOAD_TARGET = 1.25, 1.25, 1.2
MEMORY_TARGET, GROWTH_TARGET, NUMPY_TARGET, TUTORIAL_TARGET = 1.1, 1.3, 1.0, 1.0
# softmax and log_softmax must sum with math.fsum where sum() is not compensated (before
# CPython 3.12); the package makes the same test.
COMPENSATED_SUM = sum([1.0, 1e100, 1.0, -1e100]) == 2.0
SOFTMAX_TARGET = 1.5 if COMPENSATED_SUM else 2.0
# What makes a bare def smooth: it calls one of these (else it is piecewise).
TRANSCENDENTAL = {"exp", "log", "log1p", "tanh", "erf", "sqrt"}

SQRT2, SQRT2PI = sqrt(2.0), sqrt(2.0 * math.pi)
# The activation functions; PyTorch's in-place forms (relu_) are each one of them with
# inplace=True, which the list rows measure already.
ACTIVATIONS = [name for name in act.__all__ if not name.endswith("_")]
ROWWISE = {
    name
    for name in ACTIVATIONS
    if isinstance(LIFTED.get(getattr(act, name)), LiftedRows)  # None for one not lifted
}
ELEMENTWISE = [name for name in ACTIVATIONS if name not in ROWWISE]
# The parameters a function must be given, as every row calls it.
REQUIRED = {"threshold": (0.5, -1.0), "prelu": (0.25,)}
REQUIRED.update({name + "_derivative": args for name, args in REQUIRED.items()})


class Textbook:
    """The bare one-line def of each elementwise function's textbook formula.

    What a user writes by hand, with the package's name and defaults.  The names inside
    the defs are the module's (math's exp, tanh, ...): a class body is not a scope that
    its functions see.  Where a formula uses a value twice, it is named once.
    """

    def relu(x):
        return x if x > 0 else 0.0

    def relu_derivative(x):
        return 1.0 if x > 0 else 0.0

    def squared_relu(x):
        return x * x if x > 0 else 0.0

    def squared_relu_derivative(x):
        return 2.0 * x if x > 0 else 0.0

    def leaky_relu(x, negative_slope=0.01):
        return x if x > 0 else negative_slope * x

    def leaky_relu_derivative(x, negative_slope=0.01):
        return 1.0 if x > 0 else negative_slope

    def prelu(x, weight):
        return x if x > 0 else weight * x

    def prelu_derivative(x, weight):
        return 1.0 if x > 0 else weight

    def rrelu(x, lower=0.125, upper=1 / 3):
        return x if x >= 0 else (lower + upper) / 2 * x

    def rrelu_derivative(x, lower=0.125, upper=1 / 3):
        return 1.0 if x > 0 else (lower + upper) / 2

    def relu6(x):
        return 0.0 if x < 0 else 6.0 if x > 6 else x

    def relu6_derivative(x):
        return 1.0 if 0 < x < 6 else 0.0

    def hardtanh(x, min_val=-1.0, max_val=1.0):
        return min_val if x < min_val else max_val if x > max_val else x

    def hardtanh_derivative(x, min_val=-1.0, max_val=1.0):
        return 1.0 if min_val < x < max_val else 0.0

    def threshold(x, threshold, value):
        return x if x > threshold else value

    def threshold_derivative(x, threshold, value):
        return 1.0 if x > threshold else 0.0

    def elu(x, alpha=1.0):
        return x if x > 0 else alpha * (exp(x) - 1.0)

    def elu_derivative(x, alpha=1.0):
        return 1.0 if x > 0 else alpha * exp(x)

    def selu(x):
        return 1.0507009873554805 * x if x > 0 else 1.7580993408473768 * (exp(x) - 1.0)

    def selu_derivative(x):
        return 1.0507009873554805 if x > 0 else 1.7580993408473768 * exp(x)

    def celu(x, alpha=1.0):
        return x if x > 0 else alpha * (exp(x / alpha) - 1.0)

    def celu_derivative(x, alpha=1.0):
        return 1.0 if x > 0 else exp(x / alpha)

    def sigmoid(x):
        return 1.0 / (1.0 + exp(-x))

    def sigmoid_derivative(x):
        s = 1.0 / (1.0 + exp(-x))
        return s * (1.0 - s)

    def tanh(x):
        return tanh(x)  # math.tanh

    def tanh_derivative(x):
        t = tanh(x)
        return 1.0 - t * t

    def softsign(x):
        return x / (1.0 + abs(x))

    def softsign_derivative(x):
        d = 1.0 + abs(x)
        return 1.0 / (d * d)

    def logsigmoid(x):
        return -log(1.0 + exp(-x))

    def logsigmoid_derivative(x):
        return 1.0 / (1.0 + exp(x))

    def hardsigmoid(x):
        return 0.0 if x <= -3 else 1.0 if x >= 3 else x / 6.0 + 0.5

    def hardsigmoid_derivative(x):
        return 1.0 / 6.0 if -3 < x < 3 else 0.0

    def sparse_sigmoid(x):
        return 0.0 if x <= -1 else 1.0 if x >= 1 else (x + 1.0) / 2.0

    def sparse_sigmoid_derivative(x):
        return 0.5 if -1 < x < 1 else 0.0

    def gelu(x):
        return 0.5 * x * (1.0 + erf(x / SQRT2))

    def gelu_derivative(x):
        return 0.5 * (1.0 + erf(x / SQRT2)) + x * exp(-0.5 * x * x) / SQRT2PI

    def silu(x):
        return x / (1.0 + exp(-x))

    def quick_gelu(x):
        return x / (1.0 + exp(-1.702 * x))

    def quick_gelu_derivative(x):
        s = 1.0 / (1.0 + exp(-1.702 * x))
        return s * (1.0 + 1.702 * x * (1.0 - s))

    def silu_derivative(x):
        s = 1.0 / (1.0 + exp(-x))
        return s * (1.0 + x * (1.0 - s))

    swish, swish_derivative = silu, silu_derivative

    def mish(x):
        return x * tanh(log1p(exp(x)))

    def mish_derivative(x):
        t = tanh(log1p(exp(x)))
        return t + x * (1.0 - t * t) / (1.0 + exp(-x))

    def softplus(x, beta=1.0):
        return log(1.0 + exp(beta * x)) / beta

    def softplus_derivative(x, beta=1.0):
        return 1.0 / (1.0 + exp(-beta * x))

    def squareplus(x, b=4.0):
        return (x + sqrt(x * x + b)) / 2.0

    def squareplus_derivative(x, b=4.0):
        return (1.0 + x / sqrt(x * x + b)) / 2.0

    def sparse_plus(x):
        return 0.0 if x <= -1 else x if x >= 1 else (x + 1.0) * (x + 1.0) / 4.0

    def sparse_plus_derivative(x):
        return 0.0 if x <= -1 else 1.0 if x >= 1 else (x + 1.0) / 2.0

    def hardswish(x):
        return 0.0 if x <= -3 else x if x >= 3 else x * (x + 3.0) / 6.0

    def hardswish_derivative(x):
        return 0.0 if x <= -3 else 1.0 if x >= 3 else (2.0 * x + 3.0) / 6.0

    def tanhshrink(x):
        return x - tanh(x)

    def tanhshrink_derivative(x):
        t = tanh(x)
        return t * t

    def softshrink(x, lambd=0.5):
        return x - lambd if x > lambd else x + lambd if x < -lambd else 0.0

    def softshrink_derivative(x, lambd=0.5):
        return 1.0 if x > lambd or x < -lambd else 0.0

    def hardshrink(x, lambd=0.5):
        return x if x > lambd or x < -lambd else 0.0

    def hardshrink_derivative(x, lambd=0.5):
        return 1.0 if x > lambd or x < -lambd else 0.0


# The fully inlined comprehension of each formula, the fastest that plain Python writes it
# (the earlier baseline), compiled from the text that the table shows.
INLINED = {
    "relu": "[x if x > 0 else 0.0 for x in xs]",
    "relu_derivative": "[1.0 if x > 0 else 0.0 for x in xs]",
    "squared_relu": "[x * x if x > 0 else 0.0 for x in xs]",
    "squared_relu_derivative": "[2.0 * x if x > 0 else 0.0 for x in xs]",
    "leaky_relu": "[x if x > 0 else 0.01 * x for x in xs]",
    "leaky_relu_derivative": "[1.0 if x > 0 else 0.01 for x in xs]",
    "prelu": "[x if x > 0 else 0.25 * x for x in xs]",
    "prelu_derivative": "[1.0 if x > 0 else 0.25 for x in xs]",
    "rrelu": "[x if x >= 0 else (0.125 + 1 / 3) / 2 * x for x in xs]",
    "rrelu_derivative": "[1.0 if x > 0 else (0.125 + 1 / 3) / 2 for x in xs]",
    "relu6": "[0.0 if x < 0 else 6.0 if x > 6 else x for x in xs]",
    "relu6_derivative": "[1.0 if 0 < x < 6 else 0.0 for x in xs]",
    "hardtanh": "[-1.0 if x < -1 else 1.0 if x > 1 else x for x in xs]",
    "hardtanh_derivative": "[1.0 if -1 < x < 1 else 0.0 for x in xs]",
    "threshold": "[x if x > 0.5 else -1.0 for x in xs]",
    "threshold_derivative": "[1.0 if x > 0.5 else 0.0 for x in xs]",
    "elu": "[x if x > 0 else exp(x) - 1.0 for x in xs]",
    "elu_derivative": "[1.0 if x > 0 else exp(x) for x in xs]",
    "selu": (
        "[1.0507009873554805 * x if x > 0 else 1.7580993408473768 * (exp(x) - 1.0) for x in xs]"
    ),
    "selu_derivative": "[1.0507009873554805 if x > 0 else 1.7580993408473768 * exp(x) for x in xs]",
    "celu": "[x if x > 0 else exp(x) - 1.0 for x in xs]",
    "celu_derivative": "[1.0 if x > 0 else exp(x) for x in xs]",
    "sigmoid": "[1.0 / (1.0 + exp(-x)) for x in xs]",
    "sigmoid_derivative": "[(s := 1.0 / (1.0 + exp(-x))) * (1.0 - s) for x in xs]",
    "tanh": "[tanh(x) for x in xs]",
    "tanh_derivative": "[1.0 - t * t for t in map(tanh, xs)]",
    "softsign": "[x / (1.0 + abs(x)) for x in xs]",
    "softsign_derivative": "[1.0 / (1.0 + abs(x)) ** 2 for x in xs]",
    "logsigmoid": "[-log(1.0 + exp(-x)) for x in xs]",
    "logsigmoid_derivative": "[1.0 / (1.0 + exp(x)) for x in xs]",
    "hardsigmoid": "[0.0 if x <= -3 else 1.0 if x >= 3 else x / 6.0 + 0.5 for x in xs]",
    "hardsigmoid_derivative": "[1.0 / 6.0 if -3 < x < 3 else 0.0 for x in xs]",
    "sparse_sigmoid": "[0.0 if x <= -1 else 1.0 if x >= 1 else (x + 1.0) / 2.0 for x in xs]",
    "sparse_sigmoid_derivative": "[0.5 if -1 < x < 1 else 0.0 for x in xs]",
    "gelu": "[0.5 * x * (1.0 + erf(x / SQRT2)) for x in xs]",
    "gelu_derivative": (
        "[0.5 * (1.0 + erf(x / SQRT2)) + x * exp(-0.5 * x * x) / SQRT2PI for x in xs]"
    ),
    "silu": "[x / (1.0 + exp(-x)) for x in xs]",
    "quick_gelu": "[x / (1.0 + exp(-1.702 * x)) for x in xs]",
    "quick_gelu_derivative": (
        "[(s := 1.0 / (1.0 + exp(-1.702 * x))) * (1.0 + 1.702 * x * (1.0 - s)) for x in xs]"
    ),
    "silu_derivative": "[(s := 1.0 / (1.0 + exp(-x))) * (1.0 + x * (1.0 - s)) for x in xs]",
    "mish": "[x * tanh(log1p(exp(x))) for x in xs]",
    "mish_derivative": (
        "[(t := tanh(log1p(exp(x)))) + x * (1.0 - t * t) / (1.0 + exp(-x)) for x in xs]"
    ),
    "softplus": "[log(1.0 + exp(x)) for x in xs]",
    "softplus_derivative": "[1.0 / (1.0 + exp(-x)) for x in xs]",
    "squareplus": "[(x + sqrt(x * x + 4.0)) / 2.0 for x in xs]",
    "squareplus_derivative": "[(1.0 + x / sqrt(x * x + 4.0)) / 2.0 for x in xs]",
    "sparse_plus": "[0.0 if x <= -1 else x if x >= 1 else (x + 1.0) * (x + 1.0) / 4.0 for x in xs]",
    "sparse_plus_derivative": (
        "[0.0 if x <= -1 else 1.0 if x >= 1 else (x + 1.0) / 2.0 for x in xs]"
    ),
    "hardswish": "[0.0 if x <= -3 else x if x >= 3 else x * (x + 3.0) / 6.0 for x in xs]",
    "hardswish_derivative": (
        "[0.0 if x <= -3 else 1.0 if x >= 3 else (2.0 * x + 3.0) / 6.0 for x in xs]"
    ),
    "tanhshrink": "[x - tanh(x) for x in xs]",
    "tanhshrink_derivative": "[t * t for t in map(tanh, xs)]",
    "softshrink": "[x - 0.5 if x > 0.5 else x + 0.5 if x < -0.5 else 0.0 for x in xs]",
    "softshrink_derivative": "[1.0 if x > 0.5 or x < -0.5 else 0.0 for x in xs]",
    "hardshrink": "[x if x > 0.5 or x < -0.5 else 0.0 for x in xs]",
    "hardshrink_derivative": "[1.0 if x > 0.5 or x < -0.5 else 0.0 for x in xs]",
}
INLINED["swish"], INLINED["swish_derivative"] = INLINED["silu"], INLINED["silu_derivative"]


# Hand-written row-wise functions: the stable forms a user writes (shift by the max, exp,
# sum, divide), on one row, or on a list of rows for the Jacobians.


def handwritten_softmax(xs):
    top = max(xs)
    exps = [exp(x - top) for x in xs]
    total = sum(exps)
    return [e / total for e in exps]


def handwritten_log_softmax(xs):
    top = max(xs)
    log_total = top + log(sum([exp(x - top) for x in xs]))
    return [x - log_total for x in xs]


def handwritten_softmin(xs):
    bottom = min(xs)
    exps = [exp(bottom - x) for x in xs]
    total = sum(exps)
    return [e / total for e in exps]


def handwritten_logsumexp(xs):
    top = max(xs)
    return top + log(sum([exp(x - top) for x in xs]))


def handwritten_glu(xs):
    half = len(xs) // 2
    return [a / (1.0 + exp(-b)) for a, b in zip(xs[:half], xs[half:])]


def handwritten_swiglu(xs):
    half = len(xs) // 2
    return [a * b / (1.0 + exp(-b)) for a, b in zip(xs[:half], xs[half:])]


def handwritten_geglu(xs):
    half = len(xs) // 2
    return [a * 0.5 * b * (1.0 + erf(b / SQRT2)) for a, b in zip(xs[:half], xs[half:])]


def handwritten_reglu(xs):
    half = len(xs) // 2
    return [a * (b if b > 0 else 0.0) for a, b in zip(xs[:half], xs[half:])]


def handwritten_gumbel_softmax(xs):
    return handwritten_softmax([x - log(-log(1.0 - random.random())) for x in xs])


def handwritten_sparsemax(xs):
    # The support is the longest start z_1..z_k of the sorted row with 1 + k z_k > z_1 + .. + z_k.
    total, size = 0.0, 0
    for k, z in enumerate(sorted(xs, reverse=True), 1):
        if 1.0 + k * z <= total + z:
            break
        total, size = total + z, k
    tau = (total - 1.0) / size
    return [x - tau if x > tau else 0.0 for x in xs]


def handwritten_softmax_jacobians(rows):
    return [
        [[s_i * ((i == j) - s_j) for j, s_j in enumerate(s)] for i, s_i in enumerate(s)]
        for s in map(handwritten_softmax, rows)
    ]


def handwritten_log_softmax_jacobians(rows):
    return [
        [[(i == j) - s_j for j, s_j in enumerate(s)] for i in range(len(s))]
        for s in map(handwritten_softmax, rows)
    ]


def handwritten_softmin_jacobians(rows):
    return [
        [[-s_i * ((i == j) - s_j) for j, s_j in enumerate(s)] for i, s_i in enumerate(s)]
        for s in map(handwritten_softmin, rows)
    ]


def gated_jacobians(gate, slope):
    """The hand-written Jacobians of a * gate(b): gate(b) against a, a * slope(b) against b."""

    def jacobians(rows):
        result = []
        for row in rows:
            half = len(row) // 2
            jacobian = []
            for i in range(half):
                line = [0.0] * len(row)
                line[i] = gate(row[half + i])
                line[half + i] = row[i] * slope(row[half + i])
                jacobian.append(line)
            result.append(jacobian)
        return result

    return jacobians


def handwritten_glu_jacobians(rows):
    jacobians = []
    for row in rows:
        half = len(row) // 2
        jacobian = []
        for i in range(half):
            s = 1.0 / (1.0 + exp(-row[half + i]))
            line = [0.0] * len(row)
            line[i] = s
            line[half + i] = row[i] * s * (1.0 - s)
            jacobian.append(line)
        jacobians.append(jacobian)
    return jacobians


def handwritten_sparsemax_jacobians(rows):
    jacobians = []
    for row in rows:
        support = [1.0 if p > 0 else 0.0 for p in handwritten_sparsemax(row)]
        k = sum(support)
        jacobians.append(
            [
                [s_i * ((i == j) - s_j / k) for j, s_j in enumerate(support)]
                for i, s_i in enumerate(support)
            ]
        )
    return jacobians


# Each row-wise function: its hand-written version, what it runs on ("row": one row of
# 100,000; "rows": 10,000 rows of 10) and its target.
ROW_BASELINES = {
    "softmax": ("max, [exp(x - max)], sum, [e / sum]", handwritten_softmax, "row", SOFTMAX_TARGET),
    "log_softmax": (
        "max, log(sum(exp(x - max))), [x - lse]",
        handwritten_log_softmax,
        "row",
        SOFTMAX_TARGET,
    ),
    # softmin and logsumexp sum as softmax does (math.fsum before 3.12): softmax's target.
    "softmin": ("min, [exp(min - x)], sum, [e / sum]", handwritten_softmin, "row", SOFTMAX_TARGET),
    "logsumexp": ("max + log(sum([exp(x - max)]))", handwritten_logsumexp, "row", SOFTMAX_TARGET),
    "logsumexp_derivative": (
        "softmax by hand, as above",
        handwritten_softmax,
        "row",
        SOFTMAX_TARGET,
    ),
    "glu": ("[a / (1 + exp(-b)) for a, b in halves]", handwritten_glu, "row", ROWS_TARGET),
    "swiglu": (
        "[a * b / (1 + exp(-b)) for a, b in halves]",
        handwritten_swiglu,
        "row",
        ROWS_TARGET,
    ),
    "geglu": ("[a * b (1 + erf(b / sqrt 2)) / 2 ...]", handwritten_geglu, "row", ROWS_TARGET),
    "reglu": ("[a * max(b, 0) for a, b in halves]", handwritten_reglu, "row", ROWS_TARGET),
    "gumbel_softmax": (
        "softmax of [x - log(-log(1 - random()))]",
        handwritten_gumbel_softmax,
        "row",
        ROWS_TARGET,
    ),
    "swiglu_derivative": (
        "loop: silu(b), a silu'(b) per half",
        gated_jacobians(Textbook.silu, Textbook.silu_derivative),
        "rows",
        ROWS_TARGET,
    ),
    "geglu_derivative": (
        "loop: gelu(b), a gelu'(b) per half",
        gated_jacobians(Textbook.gelu, Textbook.gelu_derivative),
        "rows",
        ROWS_TARGET,
    ),
    "reglu_derivative": (
        "loop: relu(b), a relu'(b) per half",
        gated_jacobians(Textbook.relu, Textbook.relu_derivative),
        "rows",
        ROWS_TARGET,
    ),
    "sparsemax": (
        "sorted, support loop, [max(x - tau, 0)]",
        handwritten_sparsemax,
        "row",
        ROWS_TARGET,
    ),
    "softmax_derivative": (
        "[[s_i * ((i == j) - s_j)]]",
        handwritten_softmax_jacobians,
        "rows",
        ROWS_TARGET,
    ),
    "log_softmax_derivative": (
        "[[(i == j) - s_j]]",
        handwritten_log_softmax_jacobians,
        "rows",
        ROWS_TARGET,
    ),
    "softmin_derivative": (
        "[[-s_i * ((i == j) - s_j)]]",
        handwritten_softmin_jacobians,
        "rows",
        ROWS_TARGET,
    ),
    "glu_derivative": (
        "loop: s, a s (1 - s) per half",
        handwritten_glu_jacobians,
        "rows",
        ROWS_TARGET,
    ),
    "sparsemax_derivative": (
        "[[s_i * ((i == j) - s_j / k)]]",
        handwritten_sparsemax_jacobians,
        "rows",
        ROWS_TARGET,
    ),
}

# Non-default parameters: ours called once on the list, the def once per element.
WITH_PARAMETERS = [
    ("leaky_relu(xs, 0.2)", lambda xs: act.leaky_relu(xs, 0.2), "leaky_relu", (0.2,)),
    ("elu(xs, alpha=0.5)", lambda xs: act.elu(xs, alpha=0.5), "elu", (0.5,)),
    ("softplus(xs, beta=2.0)", lambda xs: act.softplus(xs, beta=2.0), "softplus", (2.0,)),
    ("hardtanh(xs, -2.0, 2.0)", lambda xs: act.hardtanh(xs, -2.0, 2.0), "hardtanh", (-2.0, 2.0)),
]


def check_baselines():
    """Every public function has its baseline here, and every baseline a public function.

    So that a function added to the package cannot go unmeasured.
    """
    for name in ACTIVATIONS:
        if getattr(act, name) not in LIFTED:
            raise LookupError("bench/speed.py: %s is public but not made by _lift" % name)
        if name in ROWWISE:
            if name not in ROW_BASELINES:
                raise LookupError("bench/speed.py: no hand-written baseline for row-wise %s" % name)
            continue
        if not callable(Textbook.__dict__.get(name)):
            raise LookupError("bench/speed.py: no textbook def for %s in class Textbook" % name)
        if name not in INLINED:
            raise LookupError("bench/speed.py: no inlined comprehension for %s in INLINED" % name)
    known = set(ACTIVATIONS)
    defs = {name for name, value in Textbook.__dict__.items() if callable(value)}
    unknown = sorted((defs | set(INLINED) | set(ROW_BASELINES)) - known)
    if unknown:
        raise LookupError("bench/speed.py: baselines for %s, not in activations" % unknown)


def is_smooth(function):
    """Whether a bare def calls exp, log, tanh, erf or sqrt, rather than only comparing."""
    return bool(TRANSCENDENTAL & set(function.__code__.co_names))


def each(function, args=()):
    """[function(x, *args) for x in xs], with the arguments written out, not unpacked."""
    if not args:
        return lambda xs: [function(x) for x in xs]
    if len(args) == 1:
        (a,) = args
        return lambda xs: [function(x, a) for x in xs]
    a, b = args
    return lambda xs: [function(x, a, b) for x in xs]


def repeated(function, times):
    """function, run times over: so that one timing of 1000 calls is long enough to measure."""

    def run(data):
        for _ in range(times):
            result = function(data)
        return result

    return run


def main():
    quick = "--quick" in sys.argv
    runs = 3 if quick else 9
    size = 10_000 if quick else 100_000
    big = 100_000 if quick else 1_000_000
    times = 2 if quick else 20  # the 1000 single-number calls, times over, in each timing
    epochs = 2_000 if quick else 20_000
    check_baselines()
    rng = random.Random(2026)
    values = [rng.uniform(-10.0, 10.0) for _ in range(1000)]
    xs = [rng.uniform(-10.0, 10.0) for _ in range(size)]
    many = [rng.uniform(-10.0, 10.0) for _ in range(big)]
    singles = single_number_rows(values, times, runs)
    lists, inlined = list_rows(xs, runs)
    sections = [
        (
            "single numbers: [f(v) for v in values], 1000 floats in [-10, 10], against a bare "
            "one-line def called the same way",
            singles,
        ),
        (
            "lists: xs is %d floats in [-10, 10]; ours on xs against the same def on each x" % size,
            lists,
        ),
        (
            "lists, against the fully inlined comprehension [expression for x in xs] "
            "(the earlier baseline; no target)",
            inlined,
        ),
        (
            "row-wise: row is one row of %d floats in [-10, 10]; rows is %d rows of 10"
            % (size, size // 10),
            row_rows(xs, runs),
        ),
        (
            "workloads: a 2-4-1 network learns XOR by online gradient descent, %d epochs; "
            "the same weights both ways" % epochs,
            workload_rows(epochs, runs),
        ),
        ("memory and growth", memory_and_growth_rows(many, runs)),
    ]
    print_table(sections, runs)


def single_number_rows(values, times, runs):
    rows = []
    calls = len(values) * times
    for name in ELEMENTWISE:
        ours, bare = getattr(act, name), Textbook.__dict__[name]
        args = REQUIRED.get(name, ())
        agree(name, [ours(v, *args) for v in values], [bare(v, *args) for v in values])
        kind, target = (
            ("smooth", SMOOTH_TARGET) if is_smooth(bare) else ("piecewise", PIECEWISE_TARGET)
        )
        label = "%s(v%s)" % (name, "".join(", %r" % a for a in args))
        pair = [
            (repeated(each(ours, args), times), values),
            (repeated(each(bare, args), times), values),
        ]
        ours_time, bare_time = interleaved_medians(pair, runs)
        rows.append(per_call(label, ours_time, bare_time, calls, "def, " + kind, target))
    for name in ["relu", "sigmoid"]:
        ours, bare = getattr(act, name), Textbook.__dict__[name]
        first = repeated(lambda values, f=ours: [f(1.5) for _ in values], times)
        second = repeated(lambda values, f=bare: [f(1.5) for _ in values], times)
        ours_time, bare_time = interleaved_medians([(first, values), (second, values)], runs)
        rows.append(per_call("%s(1.5)" % name, ours_time, bare_time, calls, "def", None))
    return rows


def list_rows(xs, runs):
    """The rows against the def on each element, and the rows against the inlined formula."""
    rows, inlined = [], []
    for name in ELEMENTWISE:
        args = REQUIRED.get(name, ())
        ours, bare, text = getattr(act, name), Textbook.__dict__[name], INLINED[name]
        by_hand = eval("lambda xs: " + text)  # our own source text, above
        if args:
            ours = lambda xs, f=ours, args=args: f(xs, *args)  # noqa: E731
        results = ours(xs)
        agree(name, results, each(bare, args)(xs))
        agree(name + ", inlined", results, by_hand(xs))
        label = "%s(xs%s)" % (name, "".join(", %r" % a for a in args))
        medians = interleaved_medians([(ours, xs), (each(bare, args), xs), (by_hand, xs)], runs)
        kind = "smooth" if is_smooth(bare) else "piecewise"
        baseline = "[f(x) for x in xs], def, " + kind
        rows.append(timing(label, medians[0], medians[1], baseline, LIST_TARGET))
        inlined.append(timing(label, medians[0], medians[2], expression(text), None))
    for label, ours, name, args in WITH_PARAMETERS:
        bare = Textbook.__dict__[name]
        agree(label, ours(xs), each(bare, args)(xs))
        medians = interleaved_medians([(ours, xs), (each(bare, args), xs)], runs)
        baseline = "[f(x%s) for x in xs], def" % "".join(", %r" % a for a in args)
        rows.append(timing(label, medians[0], medians[1], baseline, LIST_TARGET))
    tutorial = lambda xs: [max(0, x) for x in xs]  # noqa: E731
    medians = interleaved_medians([(act.relu, xs), (tutorial, xs)], runs)
    rows.append(timing("relu(xs), tutorial", *medians, "[max(0, x) for x in xs]", TUTORIAL_TARGET))
    if numpy is not None:
        np_relu = lambda xs: numpy.maximum(0.0, numpy.asarray(xs)).tolist()  # noqa: E731
        medians = interleaved_medians([(act.relu, xs), (np_relu, xs)], runs)
        text = "numpy.maximum(0.0, numpy.asarray(xs)).tolist()"
        rows.append(timing("relu(xs), NumPy", *medians, text, NUMPY_TARGET))
        medians = interleaved_medians([(act.leaky_relu, xs), (numpy_leaky_relu, xs)], runs)
        text = "numpy.where(a > 0, a, 0.01 * a).tolist()"
        rows.append(timing("leaky_relu(xs), NumPy", *medians, text, NUMPY_TARGET))
    return rows, inlined


def numpy_leaky_relu(xs):
    a = numpy.asarray(xs)
    return numpy.where(a > 0, a, 0.01 * a).tolist()


def expression(text):
    """[expression for x in xs] as its expression alone, to keep the table narrow."""
    if text.startswith("[") and text.endswith(" for x in xs]"):
        return text[1 : -len(" for x in xs]")]
    return text


def row_rows(xs, runs):
    rows_of_10 = [xs[i : i + 10] for i in range(0, len(xs), 10)]
    rows = []
    for name in sorted(ROWWISE, key=ACTIVATIONS.index):
        text, by_hand, shape, target = ROW_BASELINES[name]
        data = xs if shape == "row" else rows_of_10
        ours = getattr(act, name)
        random.seed(0)  # gumbel_softmax draws: the same noise for both, for agree()
        mine = ours(data)
        random.seed(0)
        agree(name, mine, by_hand(data))
        medians = interleaved_medians([(ours, data), (by_hand, data)], runs)
        rows.append(timing("%s(%s)" % (name, shape), *medians, text, target))
    # The same row functions on many short rows, for information.
    for name, by_hand in [("softmax", handwritten_softmax), ("logsumexp", handwritten_logsumexp)]:
        ours = getattr(act, name)
        per_row = lambda rows, f=by_hand: [f(row) for row in rows]  # noqa: E731
        agree(name, ours(rows_of_10), per_row(rows_of_10))
        medians = interleaved_medians([(ours, rows_of_10), (per_row, rows_of_10)], runs)
        text = "[%s by hand for each row]" % name
        rows.append(timing("%s(rows)" % name, *medians, text, None))
    return rows


def memory_and_growth_rows(many, runs):
    rows = []
    for name in ["relu", "sigmoid"]:
        label = "%s(list of %d): peak memory" % (name, len(many))
        rows.append(memory(label, getattr(act, name), each(Textbook.__dict__[name]), many))
    few = many[: len(many) // 100]
    nested = [many[i : i + 1000] for i in range(0, len(many), 1000)]
    for name in ["relu", "sigmoid"]:
        function = getattr(act, name)
        label = "%s: per element, %d vs %d" % (name, len(many), len(few))
        rows.append(growth(label, function, many, few, runs))
        nested_time, flat_time = interleaved_medians([(function, nested), (function, many)], runs)
        label = "%s: %d lists of 1000 vs flat" % (name, len(nested))
        rows.append(timing(label, nested_time, flat_time, "flat", GROWTH_TARGET))
    return rows


# A real workload: a 2-4-1 network that learns XOR, as course notes write it.

XOR = [((0.0, 0.0), 0.0), ((0.0, 1.0), 1.0), ((1.0, 0.0), 1.0), ((1.0, 1.0), 0.0)]
HIDDEN, RATE = 4, 0.5


def sigmoid(x):
    return 1.0 / (1.0 + exp(-x))


def sigmoid_derivative(x):
    s = sigmoid(x)
    return s * (1.0 - s)


def tanh_derivative(x):
    return 1.0 - tanh(x) ** 2


def layer(function):
    """A one-line def made to work on a layer's list, as a user would: a comprehension."""
    return lambda zs: [function(z) for z in zs]


def initial_weights(seed=1):
    rng = random.Random(seed)
    w1 = [[rng.uniform(-1.0, 1.0), rng.uniform(-1.0, 1.0)] for _ in range(HIDDEN)]
    b1 = [rng.uniform(-1.0, 1.0) for _ in range(HIDDEN)]
    w2 = [rng.uniform(-1.0, 1.0) for _ in range(HIDDEN)]
    return w1, b1, w2, rng.uniform(-1.0, 1.0)


def train_per_neuron(epochs, hidden, hidden_derivative, output, output_derivative):
    """Online gradient descent on the squared error, one neuron and one number at a time."""
    w1, b1, w2, b2 = initial_weights()
    for _ in range(epochs):
        for (x0, x1), target in XOR:
            zs, hs = [], []
            for j in range(HIDDEN):
                z = w1[j][0] * x0 + w1[j][1] * x1 + b1[j]
                zs.append(z)
                hs.append(hidden(z))
            z = b2
            for j in range(HIDDEN):
                z += w2[j] * hs[j]
            y = output(z)
            delta = (y - target) * output_derivative(z)
            for j in range(HIDDEN):
                back = delta * w2[j] * hidden_derivative(zs[j])
                w2[j] -= RATE * delta * hs[j]
                w1[j][0] -= RATE * back * x0
                w1[j][1] -= RATE * back * x1
                b1[j] -= RATE * back
            b2 -= RATE * delta
    return [w for row in w1 for w in row] + b1 + w2 + [b2]


def train_per_layer(epochs, hidden, hidden_derivative, output, output_derivative):
    """The same training, each function called once per layer on the layer's list."""
    w1, b1, w2, b2 = initial_weights()
    for _ in range(epochs):
        for (x0, x1), target in XOR:
            zs = [w[0] * x0 + w[1] * x1 + b for w, b in zip(w1, b1)]
            hs = hidden(zs)
            z = b2
            for w, h in zip(w2, hs):
                z += w * h
            y = output([z])[0]
            delta = (y - target) * output_derivative([z])[0]
            backs = [delta * w * d for w, d in zip(w2, hidden_derivative(zs))]
            w2 = [w - RATE * delta * h for w, h in zip(w2, hs)]
            w1 = [[w[0] - RATE * back * x0, w[1] - RATE * back * x1] for w, back in zip(w1, backs)]
            b1 = [b - RATE * back for b, back in zip(b1, backs)]
            b2 -= RATE * delta
    return [w for row in w1 for w in row] + b1 + w2 + [b2]


def workload_rows(epochs, runs):
    ours_sigmoid, ours_derivative = act.sigmoid, act.sigmoid_derivative
    ours_layers = (ours_sigmoid, ours_derivative, ours_sigmoid, ours_derivative)
    cases = [
        (
            "XOR, per neuron, sigmoid",
            train_per_neuron,
            ours_layers,
            (sigmoid, sigmoid_derivative) * 2,
        ),
        (
            "XOR, per layer, sigmoid",
            train_per_layer,
            ours_layers,
            tuple(map(layer, [sigmoid, sigmoid_derivative] * 2)),
        ),
        (
            "XOR, per neuron, tanh hidden",
            train_per_neuron,
            (act.tanh, act.tanh_derivative, ours_sigmoid, ours_derivative),
            (tanh, tanh_derivative, sigmoid, sigmoid_derivative),
        ),
    ]
    rows = []
    for label, train, ours, by_hand in cases:
        # The package's sigmoid is more accurate than 1 / (1 + exp(-x)) (within 2 ulp, where
        # the textbook formula is not), so the weights differ in their last bits: no more.
        for a, b in zip(train(epochs, *ours), train(epochs, *by_hand)):
            if not math.isclose(a, b, rel_tol=1e-9):
                raise AssertionError("%s: the weights learned differ: %r and %r" % (label, a, b))
        first = lambda n, train=train, functions=ours: train(n, *functions)  # noqa: E731
        second = lambda n, train=train, functions=by_hand: train(n, *functions)  # noqa: E731
        medians = interleaved_medians([(first, epochs), (second, epochs)], runs)
        rows.append(timing(label, *medians, "the same with the one-line defs", WORKLOAD_TARGET))
    return rows


def agree(label, ours, theirs):
    """Check that a baseline computes what ours does, so that the race is fair."""
    if type(ours) is list:
        if type(theirs) is not list or len(ours) != len(theirs):
            raise AssertionError("%s: the baseline's result has another shape" % label)
        for a, b in zip(ours, theirs):
            agree(label, a, b)
    elif not math.isclose(ours, theirs, rel_tol=1e-9, abs_tol=1e-12):
        raise AssertionError("%s: ours gives %r, the baseline %r" % (label, ours, theirs))


def timing(label, ours, baseline, baseline_label, target):
    return (
        label,
        "%.2f ms" % (ours * 1e3),
        "%.2f ms  %s" % (baseline * 1e3, baseline_label),
        ours / baseline,
        target,
    )


def per_call(label, ours, baseline, calls, baseline_label, target):
    return (
        label,
        "%.0f ns" % (ours / calls * 1e9),
        "%.0f ns  %s" % (baseline / calls * 1e9, baseline_label),
        ours / baseline,
        target,
    )


def memory(label, ours, baseline, data):
    ours_peak, baseline_peak = peak_memory(ours, data), peak_memory(baseline, data)
    return (
        label,
        "%.1f MB" % (ours_peak / 1e6),
        "%.1f MB  [f(x) for x in xs], def" % (baseline_peak / 1e6),
        ours_peak / baseline_peak,
        MEMORY_TARGET,
    )


def growth(label, function, many, few, runs):
    # The small input runs 100 times per timing, so that both timings are of the same size.
    repeat = len(many) // len(few)
    many_median, few_median = interleaved_medians(
        [(function, many), (repeated(function, repeat), few)], runs
    )
    per_element_many, per_element_few = many_median / len(many), few_median / (repeat * len(few))
    return (
        label,
        "%.1f ns" % (per_element_many * 1e9),
        "%.1f ns" % (per_element_few * 1e9),
        per_element_many / per_element_few,
        GROWTH_TARGET,
    )


def timed(function, data):
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        function(data)
        return time.perf_counter() - start
    finally:
        gc.enable()


def interleaved_medians(calls, runs):
    """The median time of each function(data) in calls, run in turn.

    Interleaved, so that a slow moment of the machine hits all of them.
    """
    times = [[] for _ in calls]
    for _ in range(runs):
        for (function, data), record in zip(calls, times):
            record.append(timed(function, data))
    return [statistics.median(record) for record in times]


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


def met(ratio, target):
    """Whether a ratio meets its target, as the table shows it (to 2 decimals)."""
    return round(ratio, 2) <= target


def verdict(ratio, target):
    if target is None:
        return "-"
    return "<= %.2f %s" % (target, "ok" if met(ratio, target) else "MISSED")


def wrapped(start, items, width):
    """start, then items separated by "; ", in lines of at most width, items kept whole."""
    lines, line = [], start
    for index, item in enumerate(items):
        item += ";" if index < len(items) - 1 else ""
        if len(line) + 1 + len(item) > width and line.strip():
            lines.append(line)
            line = " " * len(start) + item
        else:
            line += ("" if line == start else " ") + item
    return "\n".join(lines + [line])


def print_table(sections, runs):
    header = ("check", "ours", "baseline", "ratio", "target")
    cells = [
        [
            (label, ours, baseline, "%.2f" % ratio, verdict(ratio, target))
            for label, ours, baseline, ratio, target in rows
        ]
        for _, rows in sections
    ]
    widths = [
        max(len(row[column]) for row in [header] + sum(cells, [])) for column in range(len(header))
    ]
    print("  ".join(cell.ljust(width) for cell, width in zip(header, widths)).rstrip())
    for (title, _), rows in zip(sections, cells):
        print("\n-- %s" % title)
        for row in rows:
            print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    checked = [row for _, rows in sections for row in rows if row[4] is not None]
    missed = ["%s %.2f" % (row[0], row[3]) for row in checked if not met(row[3], row[4])]
    print()
    print(wrapped("missed: ", missed or ["none"], 150))
    print(
        "speed: %d of %d targets met on %s %s (medians of %d interleaved runs%s)"
        % (
            len(checked) - len(missed),
            len(checked),
            platform.python_implementation(),
            platform.python_version(),
            runs,
            "" if numpy else "; NumPy not installed, its rows skipped",
        )
    )


if __name__ == "__main__":
    main()

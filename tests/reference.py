"""High-precision references for measuring accuracy, from the standard library alone.

Each reference computes a function in decimal arithmetic at 50 significant
digits with unbounded exponents, from the float input exactly, using forms
with no cancellation, so it is correct far beyond double precision.  Used
by tests/test_accuracy.py and bench/accuracy.py.
"""

import math
import random
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal, localcontext

CONTEXT = Context(prec=50, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
SMALLEST_NORMAL = 2.2250738585072014e-308


def _exp_minus_abs(x, scale=1):
    """exp(-scale*|x|), which never overflows."""
    return (-scale * abs(x)).exp()


def _tanh(x):
    if abs(x) < Decimal("1e-6"):  # Taylor series: 1 - exp(-2|x|) would cancel here
        x2 = x * x
        return x * (1 - x2 / 3 + 2 * x2 * x2 / 15 - 17 * x2 * x2 * x2 / 315)
    u = _exp_minus_abs(x, 2)
    return (1 - u) / (1 + u) * (1 if x > 0 else -1)


REFERENCES = {
    "relu": lambda x: x if x > 0 else Decimal(0),
    "relu_derivative": lambda x: Decimal(1) if x > 0 else Decimal(0),
    "leaky_relu": lambda x: x if x > 0 else Decimal(0.01) * x,
    "leaky_relu_derivative": lambda x: Decimal(1) if x > 0 else Decimal(0.01),
    "sigmoid": lambda x: 1 / (1 + (-x).exp()),
    "sigmoid_derivative": lambda x: _exp_minus_abs(x) / (1 + _exp_minus_abs(x)) ** 2,
    "tanh": _tanh,
    "tanh_derivative": lambda x: 4 * _exp_minus_abs(x, 2) / (1 + _exp_minus_abs(x, 2)) ** 2,
}


def reference(name, x):
    """The exact value of function `name` at the float x, to 50 digits."""
    with localcontext(CONTEXT):
        return +REFERENCES[name](Decimal(x))


def ulp_error(result, exact):
    """|result - exact| in units in the last place of the float nearest to exact."""
    nearest = float(exact)
    with localcontext(CONTEXT):
        return float(abs(Decimal(result) - exact) / Decimal(math.ulp(nearest) if hasattr(math, "ulp") else _ulp(nearest)))


def is_normal_result(exact):
    return exact != 0 and SMALLEST_NORMAL <= abs(float(exact)) < math.inf


def sample(count, seed=2026):
    """count floats spread log-uniformly over the double range, both signs, plus specials."""
    rng = random.Random(seed)
    points = [0.0, -0.0, 5e-324, -5e-324, SMALLEST_NORMAL, 1e-300, 1.0, -1.0, 36.7, 709.78, -709.78, 745.0, 1e308, -1e308]
    points += [rng.uniform(-40.0, 40.0) for _ in range(count // 4)]
    while len(points) < count:
        magnitude = 10.0 ** rng.uniform(-308.0, 308.0)
        points.append(magnitude if rng.random() < 0.5 else -magnitude)
    return points


def _ulp(x):
    x = abs(x)
    if x == 0.0:
        return 5e-324
    return math.ldexp(1.0, max(math.frexp(x)[1] - 53, -1074))

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


PI = Decimal("3.14159265358979323846264338327950288419716939937510582097494459")
SELU_SCALE = Decimal("1.0507009873554804934193349852946")
SELU_ALPHA = Decimal("1.6732632423543772848170429916717")


def _exp_minus_abs(x, scale=1):
    """exp(-scale*|x|), which never overflows."""
    return (-scale * abs(x)).exp()


def _expm1(x):
    if abs(x) < Decimal("1e-5"):  # exp(x) - 1 would cancel
        return x * (1 + x / 2 * (1 + x / 3 * (1 + x / 4 * (1 + x / 5 * (1 + x / 6)))))
    return x.exp() - 1


def _log1p(x):
    if abs(x) < Decimal("1e-5"):
        return x * (1 - x * (Decimal(1) / 2 - x * (Decimal(1) / 3 - x * (Decimal(1) / 4 - x / 5))))
    return (1 + x).ln()


def _sigmoid(x):
    return 1 / (1 + (-x).exp()) if x >= 0 else x.exp() / (1 + x.exp())


def _sigmoid_derivative(x):
    u = _exp_minus_abs(x)
    return u / (1 + u) ** 2


def _tanh(x):
    if abs(x) < Decimal("1e-6"):  # Taylor series: 1 - exp(-2|x|) would cancel here
        x2 = x * x
        return x * (1 - x2 / 3 + 2 * x2 * x2 / 15 - 17 * x2 * x2 * x2 / 315)
    u = _exp_minus_abs(x, 2)
    return (1 - u) / (1 + u) * (1 if x > 0 else -1)


def _erfc(x):
    """erfc to 50 digits: a series near 0, a continued fraction far out."""
    if x < 0:
        return 2 - _erfc(-x)
    if x < 3:
        term = total = x
        n = 0
        while abs(term) > Decimal("1e-60") * abs(total) or n < 3:
            n += 1
            term = -term * x * x / n
            total += term / (2 * n + 1)
        return 1 - 2 / PI.sqrt() * total
    # Lentz's algorithm for erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...))))
    tiny = Decimal("1e-300")
    f = c = x
    d = Decimal(0)
    for n in range(1, 2000):
        a = Decimal(n) / 2
        d = x + a * d
        d = 1 / (d if d != 0 else tiny)
        c = x + a / c
        delta = c * d
        f *= delta
        if abs(delta - 1) < Decimal("1e-55"):
            break
    return (-x * x).exp() / PI.sqrt() / f


def _phi(x):
    return (-x * x / 2).exp() / (2 * PI).sqrt()


def _gelu_tanh_t(x):
    return 2 * (2 / PI).sqrt() * (x + Decimal("0.044715") * x**3)


def _gelu_tanh_derivative(x):
    t = _gelu_tanh_t(x)
    return _sigmoid(t) + x * _sigmoid_derivative(t) * 2 * (2 / PI).sqrt() * (
        1 + 3 * Decimal("0.044715") * x * x
    )


def _softplus(x):
    return max(x, Decimal(0)) + _log1p((-abs(x)).exp())


def _mish(x):
    if x >= 0:
        u = (-x).exp()
        return x * (1 + 2 * u) / (1 + 2 * u * (1 + u))
    e = x.exp()
    n = e * (e + 2)
    return x * n / (n + 2)


def _mish_derivative(x):
    if x >= 0:
        u = (-x).exp()
        d = 1 + 2 * u * (1 + u)
        return (1 + 2 * u) / d + x * 4 * u * u * (1 + u) / (d * d)
    e = x.exp()
    n = e * (e + 2)
    return n / (n + 2) + x * 4 * e * (1 + e) / ((n + 2) ** 2)


def _tanhshrink(x):
    if abs(x) < Decimal("0.5"):  # the Taylor series, summed until its terms vanish
        total, power = Decimal(0), x**3
        for coefficient in _tanh_series_coefficients():
            term = coefficient * power
            total += term
            if abs(term) < Decimal("1e-60") * abs(total):
                break
            power *= x * x
        return total
    with localcontext(CONTEXT) as context:
        context.prec = 80
        return x - _tanh(x)


_COEFFICIENTS = []


def _tanh_series_coefficients():
    """The coefficients of (x - tanh x) / x**3 in powers of x**2, from the Bernoulli numbers."""
    if not _COEFFICIENTS:
        from fractions import Fraction

        bernoulli = [Fraction(1)]
        for m in range(1, 122):
            bernoulli.append(
                -sum(math.comb(m + 1, k) * bernoulli[k] for k in range(m)) / Fraction(m + 1)
            )
        for n in range(2, 61):
            c = (
                Fraction(2 ** (2 * n) * (2 ** (2 * n) - 1))
                * bernoulli[2 * n]
                / math.factorial(2 * n)
            )
            _COEFFICIENTS.append(-Decimal(c.numerator) / Decimal(c.denominator))
    return _COEFFICIENTS


ZERO, ONE = Decimal(0), Decimal(1)
HALF = Decimal("0.5")


def _elu(x, alpha=ONE):
    return x if x > 0 else alpha * _expm1(x)


def _celu(x, alpha=ONE):
    return x if x > 0 else alpha * _expm1(x / alpha)


def _softplus_beta(x, beta=ONE):
    return _softplus(beta * x) / beta


def _squareplus(x, b=Decimal(4)):
    root = (x * x + b).sqrt()
    return (x + root) / 2 if x >= 0 else b / (2 * (root - x))  # the second does not cancel


def _squareplus_derivative(x, b=Decimal(4)):
    root = (x * x + b).sqrt()
    return (1 + x / root) / 2 if x >= 0 else b / (2 * (root - x) * root)


def _sparse_sigmoid(x):
    return ZERO if x <= -1 else ONE if x >= 1 else (x + 1) / 2


QUICK_GELU_K = Decimal(1.702)

# Each function's formula, of a Decimal x and Decimal parameters with PyTorch's defaults.
FORMULAS = {
    "relu": lambda x: x if x > 0 else ZERO,
    "relu_derivative": lambda x: ONE if x > 0 else ZERO,
    "leaky_relu": lambda x, negative_slope=Decimal(0.01): x if x > 0 else negative_slope * x,
    "leaky_relu_derivative": lambda x, negative_slope=Decimal(0.01): (
        ONE if x > 0 else negative_slope
    ),
    "prelu": lambda x, weight: x if x > 0 else weight * x,
    "prelu_derivative": lambda x, weight: ONE if x > 0 else weight,
    "rrelu": lambda x, lower=Decimal(0.125), upper=Decimal(1 / 3): (
        x if x >= 0 else (lower + upper) / 2 * x
    ),
    "rrelu_derivative": lambda x, lower=Decimal(0.125), upper=Decimal(1 / 3): (
        ONE if x > 0 else (lower + upper) / 2
    ),
    "sigmoid": _sigmoid,
    "sigmoid_derivative": _sigmoid_derivative,
    "tanh": _tanh,
    "tanh_derivative": lambda x: 4 * _exp_minus_abs(x, 2) / (1 + _exp_minus_abs(x, 2)) ** 2,
    "relu6": lambda x: ZERO if x < 0 else Decimal(6) if x > 6 else x,
    "squared_relu": lambda x: x * x if x > 0 else ZERO,
    "squared_relu_derivative": lambda x: 2 * x if x > 0 else ZERO,
    "relu6_derivative": lambda x: ONE if 0 < x < 6 else ZERO,
    "hardtanh": lambda x, min_val=-ONE, max_val=ONE: (
        min_val if x < min_val else max_val if x > max_val else x
    ),
    "hardtanh_derivative": lambda x, min_val=-ONE, max_val=ONE: (
        ONE if min_val < x < max_val else ZERO
    ),
    "elu": _elu,
    "elu_derivative": lambda x, alpha=ONE: ONE if x > 0 else alpha * x.exp(),
    "selu": lambda x: SELU_SCALE * (x if x > 0 else SELU_ALPHA * _expm1(x)),
    "selu_derivative": lambda x: SELU_SCALE if x > 0 else SELU_SCALE * SELU_ALPHA * x.exp(),
    "celu": _celu,
    "celu_derivative": lambda x, alpha=ONE: ONE if x > 0 else (x / alpha).exp(),
    "gelu": lambda x, approximate="none": (
        x * _sigmoid(_gelu_tanh_t(x))
        if approximate == "tanh"
        else x / 2 * _erfc(-x / Decimal(2).sqrt())
    ),
    "gelu_derivative": lambda x, approximate="none": (
        _gelu_tanh_derivative(x)
        if approximate == "tanh"
        else _erfc(-x / Decimal(2).sqrt()) / 2 + x * _phi(x)
    ),
    "silu": lambda x: x * _sigmoid(x),
    "silu_derivative": lambda x: _sigmoid(x) + x * _sigmoid_derivative(x),
    # 1.702 as the package multiplies by it: the nearest double
    "quick_gelu": lambda x: x * _sigmoid(QUICK_GELU_K * x),
    "quick_gelu_derivative": lambda x: (
        _sigmoid(QUICK_GELU_K * x) + QUICK_GELU_K * x * _sigmoid_derivative(QUICK_GELU_K * x)
    ),
    "mish": _mish,
    "mish_derivative": _mish_derivative,
    "softplus": _softplus_beta,
    "softplus_derivative": lambda x, beta=ONE: _sigmoid(beta * x),
    "squareplus": _squareplus,
    "squareplus_derivative": _squareplus_derivative,
    "sparse_plus": lambda x: ZERO if x <= -1 else x if x >= 1 else (x + 1) ** 2 / 4,
    "sparse_plus_derivative": _sparse_sigmoid,
    "softsign": lambda x: x / (1 + abs(x)),
    "softsign_derivative": lambda x: 1 / (1 + abs(x)) ** 2,
    "hardsigmoid": lambda x: ZERO if x <= -3 else ONE if x >= 3 else (x + 3) / 6,
    "hardsigmoid_derivative": lambda x: 1 / Decimal(6) if -3 < x < 3 else ZERO,
    "sparse_sigmoid": _sparse_sigmoid,
    "sparse_sigmoid_derivative": lambda x: HALF if -1 < x < 1 else ZERO,
    "hardswish": lambda x: ZERO if x <= -3 else x if x >= 3 else x * (x + 3) / 6,
    "hardswish_derivative": lambda x: ZERO if x <= -3 else ONE if x >= 3 else (2 * x + 3) / 6,
    "logsigmoid": lambda x: -_softplus(-x),
    "logsigmoid_derivative": lambda x: _sigmoid(-x),
    "tanhshrink": _tanhshrink,
    "tanhshrink_derivative": lambda x: _tanh(x) ** 2,
    "softshrink": lambda x, lambd=HALF: (
        x - lambd if x > lambd else x + lambd if x < -lambd else ZERO
    ),
    "softshrink_derivative": lambda x, lambd=HALF: ONE if abs(x) > lambd else ZERO,
    "hardshrink": lambda x, lambd=HALF: x if abs(x) > lambd else ZERO,
    "hardshrink_derivative": lambda x, lambd=HALF: ONE if abs(x) > lambd else ZERO,
    "threshold": lambda x, threshold, value: x if x > threshold else value,
    "threshold_derivative": lambda x, threshold, value: ONE if x > threshold else ZERO,
}

# What is measured: every function with its default parameters (or the required ones),
# and again with other parameters, where results and intermediates go elsewhere.
KEYS = [name for name in FORMULAS if not name.startswith(("threshold", "prelu"))] + [
    "threshold(threshold=0.5, value=-1.0)",
    "threshold_derivative(threshold=0.5, value=-1.0)",
    "prelu(weight=0.25)",
    "prelu_derivative(weight=0.25)",
    "leaky_relu(negative_slope=0.2)",
    "rrelu(lower=0.1, upper=0.3)",
    "hardtanh(min_val=-2.5, max_val=0.5)",
    "elu(alpha=1000.0)",
    "elu_derivative(alpha=1000.0)",
    "elu(alpha=0.1)",
    "celu(alpha=1e10)",
    "celu(alpha=0.3)",
    "celu_derivative(alpha=0.3)",
    "gelu(approximate='tanh')",
    "gelu_derivative(approximate='tanh')",
    "softplus(beta=2.0)",
    "softplus(beta=-0.5)",
    "softplus_derivative(beta=2.0)",
    "squareplus(b=0.5)",
    "squareplus_derivative(b=100.0)",
    "softshrink(lambd=2.0)",
    "hardshrink(lambd=2.0)",
]


def split(key):
    """A KEYS entry as the function's name and its keyword arguments."""
    name, _, arguments = key.partition("(")
    return name, eval("dict(%s" % arguments) if arguments else {}


def _formula(key):
    name, keywords = split(key)
    decimals = {k: v if isinstance(v, str) else Decimal(v) for k, v in keywords.items()}
    return lambda x: FORMULAS[name](x, **decimals)


REFERENCES = {key: _formula(key) for key in KEYS}


def call(key):
    """The public function a REFERENCES key names, with the keyword arguments it shows."""
    import activations

    name, keywords = split(key)
    function = getattr(activations, name)
    return lambda x: function(x, **keywords)


def slope(name, x):
    """|f'(x)| of the reference, by a central difference at 50 digits (for the error bound)."""
    with localcontext(CONTEXT):
        x = Decimal(x)
        step = max(abs(x), Decimal("1e-300")) * Decimal("1e-20")
        return abs((REFERENCES[name](x + step) - REFERENCES[name](x - step)) / (2 * step))


def reference(name, x):
    """The exact value at the float x, to 50 digits, of the function a REFERENCES key names."""
    with localcontext(CONTEXT):
        return +REFERENCES[name](Decimal(x))


def bound_error(name, x, result, exact):
    """The error in units of the issue's bound 4 ulp(f(x)) + 4 ulp(x) |f'(x)| (1.0 is the limit)."""
    with localcontext(CONTEXT):
        allowed = 4 * Decimal(_ulp(float(exact))) + 4 * Decimal(_ulp(x)) * slope(name, x)
        return float(abs(Decimal(result) - exact) / allowed)


def ulp_error(result, exact):
    """|result - exact| in units in the last place of the float nearest to exact."""
    nearest = float(exact)
    with localcontext(CONTEXT):
        return float(
            abs(Decimal(result) - exact)
            / Decimal(math.ulp(nearest) if hasattr(math, "ulp") else _ulp(nearest))
        )


def is_checked_result(exact):
    """Every finite result counts, the subnormal ones and zero included."""
    return abs(float(exact)) < math.inf


def sample(count, seed=2026):
    """count floats: specials; a fifth uniform in [-8, 8] and a fifth in [-40, 40], where the
    functions bend most; a fifth where exp under- and overflows (|x| in [700, 760]) and
    where gelu's tail goes subnormal ([-45, -35]); the rest log-uniform over the whole
    double range, a quarter of it near where x**3 and x**2 overflow (1e102, 1e154)."""
    rng = random.Random(seed)
    points = [
        0.0,
        -0.0,
        5e-324,
        -5e-324,
        SMALLEST_NORMAL,
        1e-300,
        1.0,
        -1.0,
        36.7,
        709.78,
        -709.78,
        745.0,
        1e308,
        -1e308,
    ]
    points += [rng.uniform(-8.0, 8.0) for _ in range(count // 5)]
    points += [rng.uniform(-40.0, 40.0) for _ in range(count // 5)]
    points += [rng.choice([-1.0, 1.0]) * rng.uniform(700.0, 760.0) for _ in range(count // 8)]
    points += [rng.uniform(-45.0, -35.0) for _ in range(count // 5 - count // 8)]
    while len(points) < count:
        exponent = (
            rng.uniform(-308.0, 308.0)
            if rng.random() < 0.75
            else rng.choice([rng.uniform(100.0, 105.0), rng.uniform(152.0, 163.0)])
        )
        magnitude = 10.0**exponent
        points.append(magnitude if rng.random() < 0.5 else -magnitude)
    return points


def _ulp(x):
    x = abs(x)
    if x == 0.0:
        return 5e-324
    return math.ldexp(1.0, max(math.frexp(x)[1] - 53, -1074))

"""Smooth gates: x times a smooth switch, and smooth versions of relu.

gelu, silu (also called swish), mish and hardswish multiply x by a number between 0 and
1 that rises with x; softplus, squareplus and sparse_plus round off relu's kink.  All
return floats, never overflow, and keep their digits in the tails, down to the subnormal
results.  Each function is written for one real number, with its derivative right below
it; ``_lift.py`` makes it take lists too.
"""

from math import exp, inf, sqrt

from ._fallbacks import erfc, hypot, log1p
from ._lift import choice, derivative_of, elementwise, nonnegative, nonzero, optional_real
from ._reals import times_exp
from ._sigmoids import sigmoid, sparse_sigmoid

SQRT1_2 = 0.7071067811865476  # 1/sqrt(2)
INV_SQRT_2PI = 0.3989422804014327  # 1/sqrt(2 pi)
GELU_TANH_K2 = 1.5957691216057308  # 2 sqrt(2/pi)
GELU_TANH_C = 0.044715


@elementwise(choice("approximate", "none", ("none", "tanh")))
def gelu(x, approximate="none"):
    """Gaussian error linear unit: x times the normal distribution's cdf at x.

        gelu(x) = x * P(X <= x), X ~ N(0, 1),  = x/2 * erfc(-x / sqrt(2))

    approximate='tanh' gives the tanh form instead,
    x/2 * (1 + tanh(sqrt(2/pi) * (x + 0.044715 x**3))).  Both are computed in
    forms without cancellation (erfc, not 1 + erf; x * sigmoid(2t), not
    x/2 (1 + tanh t)).  gelu(-inf) is -0.0, the limit (PyTorch's formula gives nan).

    Args:
        x: a real number, or an iterable of them nested to any depth.
        approximate: 'none' (the default, exact, as in PyTorch) or 'tanh'.

    Example:
        >>> gelu([0.0, 10.0])
        [0.0, 10.0]
        >>> round(gelu(1.0), 10), round(gelu(-1.0), 10)
        (0.8413447461, -0.1586552539)
        >>> round(gelu(1.0, approximate="tanh"), 10)
        0.8411919906
    """
    if approximate == "tanh":
        if x < -30.0:
            return -0.0  # the result is below the smallest float (and -inf * 0 would be nan)
        t = GELU_TANH_K2 * (x + GELU_TANH_C * x * x * x)
        if t >= 0.0:
            return x / (1.0 + exp(-t))
        if t < -708.0:
            return times_exp(x, t)  # x e**t / (1 + e**t), and 1 + e**t is 1 here
        e = exp(t)
        return x * e / (1.0 + e)
    if x < -37.5:  # erfc would be subnormal
        return times_exp(*gelu_tail(x))
    return 0.5 * x * erfc(-x * SQRT1_2)


@derivative_of(gelu)
def gelu_derivative(x, approximate="none"):
    """Derivative of gelu.

        gelu'(x) = P(X <= x) + x * exp(-x**2 / 2) / sqrt(2 pi)

    With approximate='tanh', the derivative of the tanh form,
    sigmoid(2t) + x * 2 sigmoid'(2t) * t'(x).  gelu'(0) is 0.5; 1.0 at inf,
    -0.0 at -inf; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        approximate: 'none' (the default) or 'tanh'.

    Example:
        >>> gelu_derivative([0.0, 1.0])
        [0.5, 1.0833154705876864]
    """
    if approximate == "tanh":
        if x < -30.0:
            return -0.0
        if x > 1e3:
            return 1.0
        t = GELU_TANH_K2 * (x + GELU_TANH_C * x * x * x)
        slope = x * GELU_TANH_K2 * (1.0 + 3.0 * GELU_TANH_C * x * x)  # x times dt/dx
        if t < -708.0:
            return times_exp(1.0 + slope, t)  # both terms carry e**t, and 1 + e**t is 1
        u = exp(-abs(t))
        sigmoid_t = 1.0 / (1.0 + u) if t >= 0.0 else u / (1.0 + u)
        return sigmoid_t + slope * u / (1.0 + u * (2.0 + u))
    if x > 39.0:
        return 1.0
    if x < -40.0:
        return -0.0  # below the smallest float (and -inf * 0 would be nan)
    if x < -37.5:  # erfc would be subnormal
        return times_exp(*gelu_derivative_tail(x))
    return 0.5 * erfc(-x * SQRT1_2) + x * exp(-0.5 * x * x) * INV_SQRT_2PI


def gelu_tail(x):
    """(c, d) with gelu(x) = c * exp(d), for x < -37.5, where erfc would be subnormal.

    From the series S of Mills' ratio (_mills_series), x P(X <= x) = -exp(-x**2 / 2)
    / sqrt(2 pi) * S: exp(d) alone may be subnormal, and times_exp keeps c's digits.
    """
    return -_mills_series(x) * INV_SQRT_2PI, -0.5 * x * x


def gelu_derivative_tail(x):
    """(c, d) with gelu'(x) = c * exp(d), for -60 <= x < -37.5, as gelu_tail gives gelu(x):
    gelu'(x) = x exp(-x**2 / 2) / sqrt(2 pi) (1 - S / x**2)."""
    return x * (1.0 - _mills_series(x) / (x * x)) * INV_SQRT_2PI, -0.5 * x * x


def _mills_series(x):
    """S = 1 - 1/x**2 + 3/x**4 - 15/x**6 + ..., for x < -37.5: P(X <= x) = -exp(-x**2/2) S
    / (sqrt(2 pi) x), from the asymptotic series of Mills' ratio, whose first seven terms
    reach double precision there."""
    inverse_square = 1.0 / (x * x)
    series = 1.0
    for odd in (11.0, 9.0, 7.0, 5.0, 3.0, 1.0):
        series = 1.0 - odd * inverse_square * series
    return series


@elementwise(inplace=True)
def silu(x):
    """Sigmoid linear unit, also known as swish: x times sigmoid(x).

        silu(x) = x * sigmoid(x) = x / (1 + exp(-x))

    A float; silu(-inf) is -0.0, silu(inf) is inf.  ``swish`` is the same function.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        inplace: write the results into x, which must be a list (default False).

    Example:
        >>> silu([-1000.0, 0.0, 1000.0])
        [-0.0, 0.0, 1000.0]
    """
    if x >= -700.0:
        return x / (1.0 + exp(-x))
    if x < -800.0:
        return -0.0  # below the smallest float (and -inf * 0 would be nan)
    return times_exp(x, x)  # exp(-x) would overflow; 1 + exp(x) is 1 here


@derivative_of(silu)
def silu_derivative(x):
    """Derivative of silu.

        silu'(x) = sigmoid(x) * (1 + x * (1 - sigmoid(x))) = e (1 + e + x) / (1 + e)**2,  e = exp(x)

    Computed as the second, one fraction, where 1 - sigmoid(x) is never formed
    and nothing cancels but near silu's minimum, x = -1.278..., where the
    result itself crosses 0.  silu'(0) is 0.5; 1.0 at inf, -0.0 at -inf; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> silu_derivative([0.0, 1000.0])
        [0.5, 1.0]
    """
    if x > 354.0:
        return 1.0  # (1 + e)**2 would overflow; the result is 1.0 here
    if x < -800.0:
        return -0.0
    if x < -708.0:
        return times_exp(1.0 + x, x)
    e = exp(x)
    d = 1.0 + e
    return e * (1.0 + e + x) / (d * d)


swish = silu
swish_derivative = silu_derivative

QUICK_GELU_K = 1.702  # CLIP's constant: sigmoid(1.702 x) is within 0.02 of P(X <= x)


@elementwise()
def quick_gelu(x):
    """Quick GELU, as OpenAI's CLIP defines it: x times sigmoid(1.702 x), near gelu.

        quick_gelu(x) = x * sigmoid(1.702 * x) = x / (1 + exp(-1.702 * x))

    A float; quick_gelu(-inf) is -0.0, the limit, as silu(-inf) is.  Hugging Face's
    activations call it quick_gelu; PyTorch and JAX have no such function.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> quick_gelu([0.0, 1.0])
        [0.0, 0.8457957659328212]
    """
    return silu(QUICK_GELU_K * x) / QUICK_GELU_K  # x sigmoid(kx) = kx sigmoid(kx) / k


@derivative_of(quick_gelu)
def quick_gelu_derivative(x):
    """Derivative of quick_gelu: silu' at 1.702 x.

        quick_gelu'(x) = sigmoid(t) + t * sigmoid(t) * (1 - sigmoid(t)) = silu'(t),  t = 1.702 x

    The chain rule's factor 1.702 cancels against the 1/1.702 of x = t / 1.702, so
    it is silu's derivative, computed as there.  0.5 at 0; 1.0 at inf, -0.0 at -inf;
    nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> quick_gelu_derivative([0.0, 1000.0])
        [0.5, 1.0]
    """
    return silu_derivative(QUICK_GELU_K * x)


@elementwise(inplace=True)
def mish(x):
    """Mish: x times tanh(softplus(x)).

        mish(x) = x * tanh(log(1 + exp(x)))

    tanh(softplus(x)) is n / (n + 2) with n = e (e + 2), e = exp(x), computed in
    u = exp(-x) for x > 0, so that nothing overflows.  mish(-inf) is -0.0.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        inplace: write the results into x, which must be a list (default False).

    Example:
        >>> mish([0.0, 1.0])
        [0.0, 0.8650983882673102]
    """
    if x >= 0.0:
        u = exp(-x)
        return x * (1.0 + 2.0 * u) / (1.0 + 2.0 * u * (1.0 + u))
    if x < -800.0:
        return -0.0
    if x < -708.0:
        return times_exp(x, x)  # n / (n + 2) is e here
    e = exp(x)
    n = e * (e + 2.0)
    return x * n / (n + 2.0)


@derivative_of(mish)
def mish_derivative(x):
    """Derivative of mish.

        mish'(x) = tanh(softplus(x)) + x * sigmoid(x) * (1 - tanh(softplus(x))**2)

    With e = exp(x) and n = e (e + 2): tanh(softplus(x)) = n / (n + 2) and
    sigmoid(x) (1 - tanh(softplus(x))**2) = 4 e (1 + e) / (n + 2)**2.  Below
    x = -0.75 the sum is one fraction,
    e (4(1 + x) + e (6 + 4x + e (4 + e))) / (n + 2)**2 with the square
    expanded, which keeps its digits around mish's minimum (x = -2.3); from
    -0.75 on, both terms are written in u = exp(-x), so that nothing
    overflows.  mish'(0) is 0.6; 1.0 at inf, -0.0 at -inf; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> mish_derivative([0.0, 1000.0])
        [0.6, 1.0]
    """
    if x > 40.0:
        return 1.0  # the rest is below half an ulp of 1 (and inf * 0 would be nan)
    if x >= -0.75:
        u = exp(-x)
        d = 1.0 + 2.0 * u * (1.0 + u)
        # x times the rest, not x * 4.0 first, which would overflow to inf * 0 = nan at 1e308.
        return (1.0 + 2.0 * u) / d + x * (4.0 * u * u * (1.0 + u) / (d * d))
    if x < -800.0:
        return -0.0
    if x < -708.0:
        return times_exp(1.0 + x, x)  # the fraction is e (1 + x) here
    e = exp(x)
    numerator = e * (4.0 * (1.0 + x) + e * (6.0 + 4.0 * x + e * (4.0 + e)))
    return numerator / (4.0 + e * (8.0 + e * (8.0 + e * (4.0 + e))))


@elementwise(nonzero("beta", 1.0), optional_real("threshold"))
def softplus(x, beta=1.0, threshold=None):
    """Softplus, a smooth relu.

        softplus(x) = log(1 + exp(beta * x)) / beta

    Without threshold, the default, it is exact for every x: computed as
    max(x, 0) + log1p(exp(-|beta x|)) / beta, which never overflows.  With a
    number, it follows PyTorch's cut-off exactly: x where beta * x > threshold
    (PyTorch's default is 20, a float32 safeguard at which the result jumps by
    about 2e-9).  beta must not be 0.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        beta: the sharpness (default 1.0).
        threshold: above which beta * x gives x itself (default None: never).

    Example:
        >>> softplus([-1000.0, 0.0, 1000.0])
        [0.0, 0.6931471805599453, 1000.0]
        >>> softplus(30.0, threshold=20)
        30.0
    """
    y = beta * x
    if threshold is not None and y > threshold:
        return 1.0 * x  # a float, as the rest, when x is an int (as it may be in an export)
    if y > 0.0:  # then max(y, 0) / beta is x, whatever beta's sign: x itself never overflows
        return x + log1p(exp(-y)) / beta
    if y < -708.0:  # log1p(exp(y)) is exp(y) here, subnormal: divide before it loses its digits
        return times_exp(1.0 / beta, y)
    return log1p(exp(y)) / beta


@derivative_of(softplus)
def softplus_derivative(x, beta=1.0, threshold=None):
    """Derivative of softplus: sigmoid(beta * x).

        softplus'(x) = 1 / (1 + exp(-beta * x))

    softplus'(0) is 0.5; nan gives nan.  With threshold, 1 where beta * x >
    threshold, as in PyTorch.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        beta: as in softplus (default 1.0).
        threshold: as in softplus (default None).

    Example:
        >>> softplus_derivative([-1000.0, 0.0, 1000.0])
        [0.0, 0.5, 1.0]
    """
    y = beta * x
    if threshold is not None and y > threshold:
        return 1.0
    return sigmoid(y)


@elementwise(inplace=True)
def hardswish(x):
    """Hard swish: x times hardsigmoid(x), a float.

        hardswish(x) = 0 if x <= -3, x if x >= 3, else x * (x + 3) / 6

    Args:
        x: a real number, or an iterable of them nested to any depth.
        inplace: write the results into x, which must be a list (default False).

    Example:
        >>> hardswish([-4, -1.5, 0, 4])
        [0.0, -0.375, 0.0, 4.0]
    """
    if x <= -3.0:
        return 0.0
    if x >= 3.0:
        return 1.0 * x  # a float, as the rest, when x is an int (as it may be in an export)
    return x * (x + 3.0) / 6.0


@derivative_of(hardswish)
def hardswish_derivative(x):
    """Derivative of hardswish: 0 below -3, 1 above 3, (2x + 3) / 6 between.

        hardswish'(x) = 0 if x <= -3, 1 if x >= 3, else (2x + 3) / 6

    hardswish'(-3) is 0 and hardswish'(3) is 1, as in PyTorch; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> hardswish_derivative([-3, 0, 3])
        [0.0, 0.5, 1.0]
    """
    if x <= -3.0:
        return 0.0
    if x >= 3.0:
        return 1.0
    return (2.0 * x + 3.0) / 6.0


# squareplus(x, b) is s * squareplus(x / s, b / s**2) for any s > 0, and its derivative does not
# change at all: a finite b outside [1e-290, 1e290] is brought inside by s = 2**300 or 2**-300,
# so that x * x + b neither loses its digits among the subnormals nor overflows.
_SCALE = 2.0**300


@elementwise(nonnegative("b", 4.0))
def squareplus(x, b=4.0):
    """Squareplus, a smooth relu made of a square root.

        squareplus(x) = (x + sqrt(x**2 + b)) / 2

    As JAX and Keras 3 define it (Barron, 2021).  For x < 0 it is computed as
    b / (2 (sqrt(x**2 + b) - x)), which does not cancel as the textbook form
    does.  b must not be negative; b = 0 gives relu.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        b: the curvature near 0 (default 4).

    Example:
        >>> squareplus([-1.5, 0.0, 1.5])
        [0.5, 1.0, 2.0]
    """
    if b == 0.0:
        return 0.0 if x < 0.0 else 1.0 * x  # relu, with nan for nan, as a float
    if 0.0 < b < 1e-290 or 1e290 < b < inf:
        if b < 1e-290 and not -1e-100 < x < 1e-100:
            # b / x**2 is below 1e-90: the relu that b = 0 gives, but for b's share, b / (4 |x|)
            return 1.0 * x if x >= 0.0 else b / (-4.0 * x)  # b first divided: no underflow
        scale = _SCALE if b < 1e-290 else 1.0 / _SCALE
        return squareplus(x * scale, b * scale * scale) / scale
    root = sqrt(x * x + b) if -1e150 < x < 1e150 else hypot(x, sqrt(b))  # x * x overflows beyond
    if x >= 0.0:
        return 0.5 * x + 0.5 * root
    return 0.25 * b / (0.5 * root - 0.5 * x)  # halves first: root - x overflows below -9e307


@derivative_of(squareplus)
def squareplus_derivative(x, b=4.0):
    """Derivative of squareplus.

        squareplus'(x) = (1 + x / sqrt(x**2 + b)) / 2

    Below x = -sqrt(b) it is b / (2 (sqrt(x**2 + b) - x) sqrt(x**2 + b)), without
    cancellation.  0.5 at 0; 1.0 at inf, 0.0 at -inf; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        b: as in squareplus (default 4).

    Example:
        >>> squareplus_derivative([0.0, 1e8])
        [0.5, 1.0]
    """
    if b == 0.0:  # relu's derivative, with 1/2 at 0, where the slopes of every b > 0 meet
        return 1.0 if x > 0.0 else 0.5 if x == 0.0 else 0.0 if x < 0.0 else x
    if 0.0 < b < 1e-290 or 1e290 < b < inf:
        if b < 1e-290 and not -1e-100 < x < 1e-100:
            # b / x**2 is below 1e-90: relu's slope, but for b's share, b / (4 x**2)
            return 1.0 if x >= 0.0 else b / (4.0 * x) / x
        scale = _SCALE if b < 1e-290 else 1.0 / _SCALE
        return squareplus_derivative(x * scale, b * scale * scale)
    if x >= 1e150:
        return 0.5 + 0.5 / sqrt(1.0 + b / x / x)  # x / root, without squaring x
    half_width = sqrt(b)
    root = sqrt(x * x + b) if x > -1e150 else hypot(x, half_width)
    if x >= -half_width:  # x / root is at least -0.71 here: 1 + x / root does not cancel
        return 0.5 + 0.5 * (x / root)
    # Halves first, and divided twice, not by a product: neither overflows.
    return 0.25 * b / (0.5 * root - 0.5 * x) / root


@elementwise()
def sparse_plus(x):
    """Sparse plus: a smooth relu that is exactly 0 below -1 and exactly x above 1.

        sparse_plus(x) = 0 if x <= -1, x if x >= 1, else (x + 1)**2 / 4

    As JAX and Keras 3 define it; its derivative is sparse_sigmoid.  A float.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> sparse_plus([-2.0, 0.0, 2.0])
        [0.0, 0.25, 2.0]
    """
    if x <= -1.0:
        return 0.0
    if x >= 1.0:
        return 1.0 * x  # a float, as the rest, when x is an int (as it may be in an export)
    shifted = x + 1.0
    return shifted * shifted / 4.0


@derivative_of(sparse_plus)
def sparse_plus_derivative(x):
    """Derivative of sparse_plus: sparse_sigmoid(x).

        sparse_plus'(x) = 0 if x <= -1, 1 if x >= 1, else (x + 1) / 2

    Continuous: no kink, so no convention is needed.  nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> sparse_plus_derivative([-1.0, 0.0, 1.0])
        [0.0, 0.5, 1.0]
    """
    return sparse_sigmoid(x)

"""The sigmoid and tanh family: S-shaped functions that squash the real line into an interval.

sigmoid, tanh, softsign, logsigmoid and their hard, piecewise-linear versions (hardsigmoid,
hardtanh, sparse_sigmoid).  The smooth ones return floats and never overflow; their
derivatives are computed from x in forms that keep their digits in the tails, where the
textbook s * (1 - s) and 1 - t**2 become 0.0.  Each function is written for one real
number, with its derivative right below it; ``_lift.py`` makes it take lists too.
"""

from math import copysign, cosh, exp, inf
from math import tanh as _tanh

from ._fallbacks import log1p
from ._lift import derivative_of, elementwise, real
from ._reals import like, one_like, shown, zero_like


@elementwise()
def sigmoid(x):
    """Logistic sigmoid: squashes x into (0, 1).

        sigmoid(x) = 1 / (1 + exp(-x))

    Always a float in [0, 1]: sigmoid(-inf) is 0.0, sigmoid(inf) is 1.0,
    nan gives nan.  Never overflows, and within 2 ulp everywhere, down to
    the subnormals: sigmoid(-710) is about 4.476e-309.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> sigmoid(0)
        0.5
        >>> sigmoid([-1000, 1000])
        [0.0, 1.0]
        >>> sigmoid(-710)
        4.47628622567513e-309
    """
    if x >= 0.0:
        return 1.0 / (1.0 + exp(-x))
    # For x < 0, exp(-x) may overflow: with e = exp(x), sigmoid(x) = e / (1 + e).
    e = exp(x)
    q = 1.0 + e
    s = e / q
    # q is rounded, and e / q alone can be 2.1 ulp off.  The rounding error of q is
    # exactly (1 - q) + e; taking it back out of the quotient keeps s within 2 ulp.
    return s - s * ((1.0 - q) + e) / q


@derivative_of(sigmoid)
def sigmoid_derivative(x):
    """Derivative of sigmoid.

        sigmoid'(x) = sigmoid(x) * (1 - sigmoid(x)) = u / (1 + u)**2,  u = exp(-|x|)

    Computed from x in the second form, which keeps its digits in the tails
    where the first becomes 0.0 (from x = 37 on).  0.25 at 0, 0.0 at +-inf,
    nan at nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> sigmoid_derivative(0)
        0.25
        >>> sigmoid_derivative(40)
        4.248354255291589e-18
    """
    u = exp(-abs(x))
    return u / (1.0 + u * (2.0 + u))  # (1 + u)**2 expanded, so that it is rounded once


@elementwise()
def tanh(x):
    """Hyperbolic tangent: squashes x into (-1, 1).

        tanh(x) = (exp(x) - exp(-x)) / (exp(x) + exp(-x))

    Always a float in [-1, 1]: tanh(-0.0) is -0.0, tanh(+-inf) is +-1.0,
    nan gives nan, and tanh(10**400) is 1.0 where math.tanh raises.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> tanh(0)
        0.0
        >>> tanh([-1000, 1000])
        [-1.0, 1.0]
    """
    return _tanh(x)


@derivative_of(tanh)
def tanh_derivative(x):
    """Derivative of tanh.

        tanh'(x) = 1 - tanh(x)**2 = 2 / (1 + cosh(2x))

    Computed from x in the second form, which keeps its digits in the tails
    where the first becomes 0.0 (from |x| = 19.1 on).  1.0 at 0, 0.0 at
    +-inf, nan at nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> tanh_derivative(0)
        1.0
        >>> tanh_derivative(20)
        1.6993417021166355e-17
    """
    if -354.0 < x < 354.0:
        return 2.0 / (1.0 + cosh(x + x))
    # cosh(2x) would overflow; 4 exp(-2|x|) is the same float here.
    return 4.0 * exp(-2.0 * abs(x))


@elementwise()
def softsign(x):
    """Softsign: x / (1 + |x|), a float in [-1, 1].

        softsign(x) = x / (1 + |x|)

    softsign(+-inf) is +-1.0.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> softsign([-3.0, 0.0, 1.0])
        [-0.75, 0.0, 0.5]
    """
    magnitude = abs(x)
    if magnitude == inf:
        return copysign(1.0, x)  # inf / inf would be nan
    return x / (1.0 + magnitude)


@derivative_of(softsign)
def softsign_derivative(x):
    """Derivative of softsign: 1 / (1 + |x|)**2.

        softsign'(x) = 1 / (1 + |x|)**2

    softsign'(0) is 1.0; 0.0 at +-inf; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> softsign_derivative([0.0, 1.0])
        [1.0, 0.25]
    """
    r = 1.0 / (1.0 + abs(x))
    return r * r  # not 1 / (1 + |x|)**2, whose square overflows from |x| = 1.3e154 on


@elementwise()
def logsigmoid(x):
    """Log of the sigmoid, a float <= 0.

        logsigmoid(x) = log(1 / (1 + exp(-x))) = -log(1 + exp(-x))

    Computed with log1p of exp of a number <= 0, so it never overflows:
    logsigmoid(-1000) is -1000.0.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> logsigmoid([-1000.0, 0.0])
        [-1000.0, -0.6931471805599453]
    """
    if x >= 0.0:
        return -log1p(exp(-x))
    return x - log1p(exp(x))


@derivative_of(logsigmoid)
def logsigmoid_derivative(x):
    """Derivative of logsigmoid: 1 - sigmoid(x) = sigmoid(-x).

        logsigmoid'(x) = 1 / (1 + exp(x))

    logsigmoid'(0) is 0.5; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> logsigmoid_derivative([-1000.0, 0.0, 1000.0])
        [1.0, 0.5, 0.0]
    """
    if x < 700.0:
        return 1.0 / (1.0 + exp(x))
    return exp(-x)  # exp(x) would overflow; 1 + exp(x) is exp(x) here


@elementwise(inplace=True)
def hardsigmoid(x):
    """Hard sigmoid: a piecewise-linear sigmoid, a float in [0, 1].

        hardsigmoid(x) = 0 if x <= -3, 1 if x >= 3, else x/6 + 1/2

    The middle piece is computed as (x + 3) / 6, which keeps its digits near -3.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        inplace: write the results into x, which must be a list (default False).

    Example:
        >>> hardsigmoid([-4, 0, 1.5, 4])
        [0.0, 0.5, 0.75, 1.0]
    """
    if x <= -3.0:
        return 0.0
    if x >= 3.0:
        return 1.0
    return (x + 3.0) / 6.0


@derivative_of(hardsigmoid)
def hardsigmoid_derivative(x):
    """Derivative of hardsigmoid: 1/6 where -3 < x < 3, else 0.

        hardsigmoid'(x) = 1/6 if -3 < x < 3 else 0

    0 at -3 and 3, as in PyTorch; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> hardsigmoid_derivative([-3.0, 0.0, 3.0])
        [0.0, 0.16666666666666666, 0.0]
    """
    if -3.0 < x < 3.0:
        return 1.0 / 6.0
    if x != x:
        return x
    return 0.0


@elementwise()
def sparse_sigmoid(x):
    """Sparse sigmoid: a piecewise-linear sigmoid that is exactly 0 or 1 outside [-1, 1].

        sparse_sigmoid(x) = 0 if x <= -1, 1 if x >= 1, else (x + 1) / 2

    As JAX and Keras 3 define it; it is the derivative of sparse_plus.  A float.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> sparse_sigmoid([-2.0, 0.0, 0.5, 2.0])
        [0.0, 0.5, 0.75, 1.0]
    """
    if x <= -1.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    return (x + 1.0) / 2.0


@derivative_of(sparse_sigmoid)
def sparse_sigmoid_derivative(x):
    """Derivative of sparse_sigmoid: 1/2 where -1 < x < 1, else 0.

        sparse_sigmoid'(x) = 1/2 if -1 < x < 1 else 0

    0 at the kinks -1 and 1, as hardsigmoid' is in PyTorch; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> sparse_sigmoid_derivative([-1.0, 0.0, 1.0])
        [0.0, 0.5, 0.0]
    """
    if -1.0 < x < 1.0:
        return 0.5
    if x != x:
        return x
    return 0.0


def _bounds_in_order(min_val, max_val):
    if min_val > max_val:
        return "min_val %s is above max_val %s" % (shown(min_val), shown(max_val))
    return None


@elementwise(
    real("min_val", -1.0),
    real("max_val", 1.0),
    inplace=True,
    in_place_form=True,
    keeps_type=True,
    check=_bounds_in_order,
)
def hardtanh(x, min_val=-1.0, max_val=1.0):
    """Hard tanh: x clipped to [min_val, max_val].

        hardtanh(x) = min(max(min_val, x), max_val)

    x itself inside the interval (nan unchanged); outside it, the bound in
    x's arithmetic: a float x gets a float.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        min_val: the lower bound (default -1.0, as in PyTorch).
        max_val: the upper bound (default 1.0); not below min_val.
        inplace: write the results into x, which must be a list (default False).

    Example:
        >>> hardtanh([-3.0, 0.5, 3.0])
        [-1.0, 0.5, 1.0]
        >>> hardtanh([-3, 3], min_val=0, max_val=2)
        [0, 2]
    """
    if x < min_val:
        return min_val if type(x) is float else like(x, min_val)
    if x > max_val:
        return max_val if type(x) is float else like(x, max_val)
    return x


@derivative_of(hardtanh)
def hardtanh_derivative(x, min_val=-1.0, max_val=1.0):
    """Derivative of hardtanh: 1 strictly inside [min_val, max_val], else 0.

        hardtanh'(x) = 1 if min_val < x < max_val else 0

    0 at both ends, as in PyTorch; nan gives nan; x's type.  1 wherever hardtanh
    passes x through, a nan bound included (x < nan is false).

    Args:
        x: a real number, or an iterable of them nested to any depth.
        min_val: the lower bound (default -1.0).
        max_val: the upper bound (default 1.0).

    Example:
        >>> hardtanh_derivative([-1.0, 0.0, 1.0])
        [0.0, 1.0, 0.0]
    """
    if x <= min_val or x >= max_val:  # as hardtanh tests them, with the ends themselves
        return 0.0 if type(x) is float else zero_like(x)
    if x != x:
        return x
    return 1.0 if type(x) is float else one_like(x)

"""The activation functions, each with its derivative right below it.

Every function here is written as a kernel over a flat list ``x`` of real
numbers, and ``@elementwise`` (see ``_elementwise.py``) makes it accept a
single number or lists nested to any depth.  The comprehension in each
body is the whole formula: it is what you would write by hand, made
total (no overflow, nan in gives nan out).

Two idioms keep the piecewise-linear functions in their input's own
type.  ``v - v`` is a zero of v's type (0 for an int, 0.0 for a float,
Fraction(0) for a Fraction) for every finite v, and nan for nan;
``(v - v and 0.0)`` is that zero for +-inf too, where ``v - v`` is nan
(nan is true, every zero false).  ``v ** 0`` is a one of v's type, 1.0
at +-inf too.  Neither compares v with a float, which MicroPython would
do by turning 10**400 into inf.  The derivatives that are 1 or 0 write
them as ``(1.0 if type(v) is float else v ** 0)`` and
``0.0 if type(v) is float else (v - v and 0.0)``: a float gets a
constant, which bench/speed.py measured a quarter faster.
"""

from math import copysign, cosh, erfc, exp, expm1, fabs, inf, log, tanh as _math_tanh

from ._elementwise import elementwise, kernel_of

try:
    from math import log1p
except ImportError:  # MicroPython's math has no log1p

    def log1p(y):
        """log(1 + y), accurate for tiny y too (Goldberg's correction of the rounded 1 + y)."""
        u = 1.0 + y
        if u == 1.0:
            return y
        return log(u) * y / (u - 1.0)


NAN = float("nan")
SELU_SCALE = 1.0507009873554804934193349852946
SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE_ALPHA = 1.7580993408473768  # their product, correctly rounded
SQRT1_2 = 0.7071067811865476  # 1/sqrt(2)
INV_SQRT_2PI = 0.3989422804014327  # 1/sqrt(2*pi)
GELU_TANH_K2 = 1.5957691216057308  # 2*sqrt(2/pi)
GELU_TANH_C = 0.044715


@elementwise
def relu(x):
    """Rectified linear unit: x where x is not below 0, else 0.

        relu(x) = max(0, x)

    Returns x itself when x is not below zero, so nan and -0.0 come back
    unchanged (as in PyTorch), and a zero of x's own type otherwise:
    relu(-3) is 0, relu(-2.5) is 0.0, relu(-inf) is 0.0.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> relu(3), relu(-3)
        (3, 0)
        >>> relu([-1, 2, -3, 4, 0])
        [0, 2, 0, 4, 0]
        >>> relu([-2.5, -0.0, float("nan")])
        [0.0, -0.0, nan]
    """
    # A float gets the constant 0.0, which costs no memory per element.
    return [v if not v < 0.0 else 0.0 if type(v) is float else (v - v and 0.0) for v in x]


@elementwise
def relu_derivative(x):
    """Derivative of relu: 1 where x > 0, else 0.

        relu'(x) = 1 if x > 0 else 0

    At the kink relu'(0) is 0, as in PyTorch, TensorFlow and JAX; nan
    gives nan.  The result has x's type: relu_derivative(3) is 1,
    relu_derivative(3.0) is 1.0.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> relu_derivative([-2, 0, 3])
        [0, 0, 1]
        >>> relu_derivative([-2.0, 0.0, 3.0, float("inf")])
        [0.0, 0.0, 1.0, 1.0]
    """
    return _above(x, 0.0)


@elementwise
def leaky_relu(x, negative_slope: float = 0.01):
    """Leaky rectified linear unit: x where x > 0, else negative_slope * x.

        leaky_relu(x) = x if x > 0 else negative_slope * x

    nan stays nan and -inf stays -inf (for a positive slope).  Any real
    slope is allowed, as in PyTorch.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        negative_slope: the slope for x <= 0 (default 0.01, as in
            PyTorch and JAX).

    Example:
        >>> leaky_relu([-10, 0, 10])
        [-0.1, 0.0, 10]
        >>> leaky_relu([[-2.0, 1.0], [3.0, -4.0]], negative_slope=0.1)
        [[-0.2, 1.0], [3.0, -0.4]]
    """
    return [v if v > 0.0 else negative_slope * v for v in x]


@elementwise
def leaky_relu_derivative(x, negative_slope: float = 0.01):
    """Derivative of leaky_relu: 1 where x > 0, else negative_slope.

        leaky_relu'(x) = 1 if x > 0 else negative_slope

    At the kink leaky_relu'(0) is negative_slope, as in PyTorch and
    TensorFlow; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        negative_slope: the slope for x <= 0 (default 0.01).

    Example:
        >>> leaky_relu_derivative([-1.0, 0.0, 1.0])
        [0.01, 0.01, 1.0]
        >>> leaky_relu_derivative(0, negative_slope=0.2)
        0.2
    """
    float_slope = _as_float(negative_slope)  # what a float gets, computed once
    return [(1.0 if type(v) is float else v ** 0) if v > 0.0 else v if v != v else float_slope if type(v) is float else negative_slope * v ** 0 for v in x]


@elementwise
def sigmoid(x):
    """Logistic sigmoid: squashes x into (0, 1).

        sigmoid(x) = 1 / (1 + exp(-x))

    Always a float in [0, 1]: sigmoid(-inf) is 0.0, sigmoid(inf) is 1.0,
    nan gives nan.  Never overflows: for x < 0 it is computed as
    e / (1 + e) with e = exp(x), which also keeps full accuracy down to
    the subnormals (sigmoid(-710) is about 4.476e-309), and with the
    rounding error of 1 + e corrected, which keeps it within 2 ulp.

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
    # For x < 0, q = 1 + e is rounded, and e / q alone can be 2.1 ulp off; the rounding
    # error of q, (1 - q) + e exactly, is taken back out of the quotient.
    return [1.0 / (1.0 + exp(-v)) if v >= 0.0 else (s := (e := exp(v)) / (q := 1.0 + e)) - s * ((1.0 - q) + e) / q for v in x]


@elementwise
def sigmoid_derivative(x):
    """Derivative of sigmoid.

        sigmoid'(x) = sigmoid(x) * (1 - sigmoid(x)) = u / (1 + u)**2,  u = exp(-|x|)

    Computed from x in the second form, which keeps full relative
    accuracy in the tails where the first becomes 0.0 (from x = 37 on);
    (1 + u)**2 is expanded to 1 + u*(2 + u), which rounds only once.
    0.25 at 0, 0.0 at +-inf, nan at nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> sigmoid_derivative(0)
        0.25
        >>> sigmoid_derivative(40)
        4.248354255291589e-18
    """
    # exp(-|x|) chosen by a comparison: cheaper than calling fabs, and it rejects non-reals too.
    return [(u := exp(v if v < 0.0 else -v)) / (1.0 + u * (2.0 + u)) for v in x]


@elementwise
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
    return list(map(_math_tanh, x))


@elementwise
def tanh_derivative(x):
    """Derivative of tanh.

        tanh'(x) = 1 - tanh(x)**2 = 2 / (1 + cosh(2x))

    Computed from x in the second form, which keeps full relative
    accuracy in the tails where the first becomes 0.0 (from |x| = 19.1
    on).  Beyond |x| = 354, where cosh(2x) would overflow, it is
    4 exp(-2|x|), which is the same float there.  1.0 at 0, 0.0 at
    +-inf, nan at nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> tanh_derivative(0)
        1.0
        >>> tanh_derivative(20)
        1.6993417021166355e-17
    """
    return [2.0 / (1.0 + cosh(v + v)) if -354.0 < v < 354.0 else 4.0 * exp(-2.0 * fabs(v)) for v in x]


@elementwise
def relu6(x):
    """ReLU capped at 6: relu6(x) = min(max(0, x), 6).

        relu6(x) = min(max(0, x), 6)

    As relu, x itself between 0 and 6 (nan and -0.0 unchanged), otherwise
    0 or 6 in x's own type: relu6(7) is 6, relu6(7.0) is 6.0.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> relu6([-1, 3, 9])
        [0, 3, 6]
    """
    return [(0.0 if type(v) is float else (v - v and 0.0)) if v < 0.0 else (6.0 if type(v) is float else (v - v and 0.0) + 6) if v > 6.0 else v for v in x]


@elementwise
def relu6_derivative(x):
    """Derivative of relu6: 1 where 0 < x < 6, else 0.

        relu6'(x) = 1 if 0 < x < 6 else 0

    0 at both kinks, x = 0 and x = 6, as in PyTorch; nan gives nan; x's type.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> relu6_derivative([-1, 0, 3, 6, 9])
        [0, 0, 1, 0, 0]
    """
    return _inside(x, 0.0, 6.0)


@elementwise
def hardtanh(x, min_val: float = -1.0, max_val: float = 1.0):
    """Hard tanh: x clipped to [min_val, max_val].

        hardtanh(x) = min(max(min_val, x), max_val)

    x itself inside the interval (nan unchanged); min_val or max_val, in
    the arithmetic of x and the bound, outside it.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        min_val: the lower bound (default -1.0, as in PyTorch).
        max_val: the upper bound (default 1.0); not below min_val.

    Example:
        >>> hardtanh([-3.0, 0.5, 3.0])
        [-1.0, 0.5, 1.0]
        >>> hardtanh([-3, 3], min_val=0, max_val=2)
        [0, 2]
    """
    if min_val > max_val:
        raise ValueError("hardtanh: min_val %r is above max_val %r" % (min_val, max_val))
    # A float gets the bounds as floats, computed once.
    float_min, float_max = _as_float(min_val), _as_float(max_val)
    return [
        (float_min if type(v) is float else (v - v and 0.0) + min_val) if v < min_val
        else (float_max if type(v) is float else (v - v and 0.0) + max_val) if v > max_val
        else v
        for v in x
    ]


@elementwise
def hardtanh_derivative(x, min_val: float = -1.0, max_val: float = 1.0):
    """Derivative of hardtanh: 1 strictly inside [min_val, max_val], else 0.

        hardtanh'(x) = 1 if min_val < x < max_val else 0

    0 at both ends, as in PyTorch; nan gives nan; x's type.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        min_val: the lower bound (default -1.0).
        max_val: the upper bound (default 1.0).

    Example:
        >>> hardtanh_derivative([-1.0, 0.0, 1.0])
        [0.0, 1.0, 0.0]
    """
    if min_val > max_val:
        raise ValueError("hardtanh_derivative: min_val %r is above max_val %r" % (min_val, max_val))
    return _inside(x, min_val, max_val)


@elementwise
def elu(x, alpha: float = 1.0):
    """Exponential linear unit: x for x > 0, else alpha * (exp(x) - 1).

        elu(x) = x if x > 0 else alpha * (exp(x) - 1)

    A float; elu(-inf) is -alpha.  Computed with expm1, accurate near 0.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        alpha: the value approached as x goes to -inf is -alpha (default 1.0).

    Example:
        >>> elu([-1000.0, 0.0, 2.0])
        [-1.0, 0.0, 2.0]
    """
    return [1.0 * v if v > 0.0 else alpha * expm1(v) for v in x]


@elementwise
def elu_derivative(x, alpha: float = 1.0):
    """Derivative of elu: 1 for x > 0, else alpha * exp(x).

        elu'(x) = 1 if x > 0 else alpha * exp(x)

    elu'(0) is alpha, as in PyTorch; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        alpha: as in elu (default 1.0).

    Example:
        >>> elu_derivative([-1000.0, 0.0, 2.0], alpha=0.5)
        [0.0, 0.5, 1.0]
    """
    return [1.0 if v > 0.0 else alpha * exp(v) for v in x]


@elementwise
def selu(x):
    """Scaled exponential linear unit, with PyTorch's constants.

        selu(x) = scale * (x if x > 0 else alpha * (exp(x) - 1))

    scale = 1.0507009873554804934193349852946 and
    alpha = 1.6732632423543772848170429916717; a float.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> selu([0.0, 1.0])
        [0.0, 1.0507009873554805]
    """
    return [SELU_SCALE * v if v > 0.0 else SELU_SCALE_ALPHA * expm1(v) for v in x]


@elementwise
def selu_derivative(x):
    """Derivative of selu: scale for x > 0, else scale * alpha * exp(x).

        selu'(x) = scale if x > 0 else scale * alpha * exp(x)

    selu'(0) is scale * alpha, about 1.7580993408473768, as in PyTorch; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> selu_derivative([0.0, 1.0])
        [1.7580993408473768, 1.0507009873554805]
    """
    return [SELU_SCALE if v > 0.0 else SELU_SCALE_ALPHA * exp(v) for v in x]


@elementwise
def celu(x, alpha: float = 1.0):
    """Continuously differentiable exponential linear unit.

        celu(x) = x if x > 0 else alpha * (exp(x / alpha) - 1)

    A float; celu(-inf) is -alpha.  alpha must be positive (as in the
    paper that defines celu; PyTorch does not check).

    Args:
        x: a real number, or an iterable of them nested to any depth.
        alpha: the scale of the negative part (default 1.0).

    Example:
        >>> celu([-1000.0, 0.0, 2.0], alpha=2.0)
        [-2.0, 0.0, 2.0]
    """
    _check_alpha("celu", alpha)
    return [1.0 * v if v > 0.0 else alpha * expm1(v / alpha) for v in x]


@elementwise
def celu_derivative(x, alpha: float = 1.0):
    """Derivative of celu: 1 for x > 0, else exp(x / alpha).

        celu'(x) = 1 if x > 0 else exp(x / alpha)

    celu'(0) is 1, as in PyTorch; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        alpha: as in celu (default 1.0).

    Example:
        >>> celu_derivative([0.0, 1.0])
        [1.0, 1.0]
    """
    _check_alpha("celu_derivative", alpha)
    return [1.0 if v > 0.0 else exp(v / alpha) for v in x]


@elementwise
def gelu(x, approximate="none"):
    """Gaussian error linear unit: x times the normal distribution's cdf at x.

        gelu(x) = x * P(X <= x), X ~ N(0, 1) = x/2 * erfc(-x/sqrt(2))

    approximate='tanh' gives the tanh form instead,
    x/2 * (1 + tanh(sqrt(2/pi) * (x + 0.044715 x**3))), computed as
    x * sigmoid(2 sqrt(2/pi) (x + 0.044715 x**3)) so that it keeps full
    accuracy for negative x.  Both use forms without cancellation (erfc,
    not 1 + erf).  gelu(-inf) is -0.0, the limit (PyTorch's formula gives nan).

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
        return [
            -0.0 if v < -1e3
            else v / (1.0 + exp(-t)) if (t := GELU_TANH_K2 * (v + GELU_TANH_C * v * v * v)) >= 0.0
            else v * (e := exp(t)) / (1.0 + e)
            for v in x
        ]
    _check_approximate("gelu", approximate)
    # Below -39, x * P(X <= x) is smaller than the smallest float.
    return [0.5 * v * erfc(-v * SQRT1_2) if not v < -39.0 else -0.0 for v in x]


@elementwise
def gelu_derivative(x, approximate="none"):
    """Derivative of gelu.

        gelu'(x) = P(X <= x) + x * exp(-x**2 / 2) / sqrt(2 pi)

    With approximate='tanh', the derivative of the tanh form.  gelu'(0) is
    0.5; 1.0 at inf, -0.0 at -inf; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        approximate: 'none' (the default) or 'tanh'.

    Example:
        >>> gelu_derivative([0.0, 1.0])
        [0.5, 1.0833154705876864]
    """
    if approximate == "tanh":
        return [1.0 if v > 1e3 else -0.0 if v < -1e3 else _gelu_tanh_derivative(v) for v in x]
    _check_approximate("gelu_derivative", approximate)
    return [
        1.0 if v > 39.0
        else -0.0 if v < -39.0
        else 0.5 * erfc(-v * SQRT1_2) + v * exp(-0.5 * v * v) * INV_SQRT_2PI
        for v in x
    ]


@elementwise
def silu(x):
    """Sigmoid linear unit, also known as swish: x times sigmoid(x).

        silu(x) = x * sigmoid(x) = x / (1 + exp(-x))

    A float; silu(-inf) is -0.0, silu(inf) is inf.  ``swish`` is the same function.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> silu([-1000.0, 0.0, 1000.0])
        [-0.0, 0.0, 1000.0]
    """
    # Below -700, 1 + exp(x) is 1 and exp(-x) would overflow; at -inf, x * exp(x) would be nan.
    return [v / (1.0 + exp(-v)) if v >= -700.0 else v * exp(v) if v > -inf else v if v != v else -0.0 for v in x]


@elementwise
def silu_derivative(x):
    """Derivative of silu.

        silu'(x) = sigmoid(x) * (1 + x * (1 - sigmoid(x))) = sigmoid(x) + x * sigmoid'(x)

    Computed as one fraction in e = exp(x), e (1 + e + x) / (1 + e)**2,
    up to x = 354 (beyond it, where (1 + e)**2 would overflow, the result
    rounds to 1.0).  1 - sigmoid(x) is never formed, so nothing cancels
    except near silu's minimum, x = -1.278..., where the result itself
    crosses 0.  silu'(0) is 0.5; 1.0 at inf, -0.0 at -inf; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> silu_derivative([0.0, 1000.0])
        [0.5, 1.0]
    """
    return [
        (e := exp(v)) * (1.0 + e + v) / ((d := 1.0 + e) * d) if -inf < v < 354.0
        else v if v != v else 1.0 if v > 0.0 else -0.0
        for v in x
    ]


swish = silu
swish_derivative = silu_derivative


@elementwise
def mish(x):
    """Mish: x times tanh(softplus(x)).

        mish(x) = x * tanh(log(1 + exp(x)))

    tanh(softplus(x)) is computed as n / (n + 2) with n = e(e + 2), e = exp(x)
    (in exp(-x) for x > 0), which never overflows.  mish(-inf) is -0.0.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> mish([0.0, 1.0])
        [0.0, 0.8650983882673102]
    """
    return [
        -0.0 if v < -800.0
        else v * (1.0 + 2.0 * (u := exp(-v))) / (1.0 + 2.0 * u * (1.0 + u)) if v >= 0.0
        else v * (n := (e := exp(v)) * (e + 2.0)) / (n + 2.0)
        for v in x
    ]


@elementwise
def mish_derivative(x):
    """Derivative of mish.

        mish'(x) = tanh(softplus(x)) + x * sigmoid(x) * (1 - tanh(softplus(x))**2)

    With e = exp(x) and n = e (e + 2): tanh(softplus(x)) = n / (n + 2)
    and sigmoid(x) (1 - tanh(softplus(x))**2) = 4 e (1 + e) / (n + 2)**2.
    Below x = -0.75 the sum is one fraction,
    e (4(1 + x) + e (6 + 4x + e (4 + e))) / (n + 2)**2 with the square
    expanded, which keeps its accuracy around the minimum of mish' (x = -2.3);
    from -0.75 on, both terms are written in u = exp(-x), so that nothing
    overflows.  mish'(0) is 0.6; 1.0 at inf, -0.0 at -inf; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> mish_derivative([0.0, 1000.0])
        [0.6, 1.0]
    """
    return [
        (1.0 + 2.0 * (u := exp(-v))) / (d := 1.0 + 2.0 * u * (1.0 + u)) + v * 4.0 * u * u * (1.0 + u) / (d * d) if -0.75 <= v < inf
        else (e := exp(v)) * (4.0 * (1.0 + v) + e * (6.0 + 4.0 * v + e * (4.0 + e))) / (4.0 + e * (8.0 + e * (8.0 + e * (4.0 + e)))) if -inf < v < -0.75
        else v if v != v else 1.0 if v > 0.0 else -0.0
        for v in x
    ]


@elementwise
def softplus(x, beta: float = 1.0):
    """Softplus, a smooth relu: log(1 + exp(beta * x)) / beta.

        softplus(x) = log(1 + exp(beta * x)) / beta

    Exact for every x: computed as (max(y, 0) + log1p(exp(-|y|))) / beta with
    y = beta * x, which never overflows.  PyTorch's threshold (linear above
    beta * x > 20, a float32 safeguard that makes the result jump by about
    2e-9) is not used.  beta must not be 0.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        beta: the sharpness (default 1.0).

    Example:
        >>> softplus([-1000.0, 0.0, 1000.0])
        [0.0, 0.6931471805599453, 1000.0]
    """
    if beta == 0:
        raise ValueError("softplus: beta is 0, expected a nonzero number")
    # beta = 1, the default, needs no passes to scale x and the result.
    scaled = x if beta == 1.0 else [beta * v for v in x]
    result = [y + log1p(exp(-y)) if y > 0.0 else log1p(exp(y)) for y in scaled]
    return result if beta == 1.0 else [r / beta for r in result]


@elementwise
def softplus_derivative(x, beta: float = 1.0):
    """Derivative of softplus: sigmoid(beta * x).

        softplus'(x) = 1 / (1 + exp(-beta * x))

    softplus'(0) is 0.5; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        beta: as in softplus (default 1.0).

    Example:
        >>> softplus_derivative([-1000.0, 0.0, 1000.0])
        [0.0, 0.5, 1.0]
    """
    # beta = 1, the default, needs no pass to scale x.
    return kernel_of(sigmoid)(x if beta == 1.0 else [beta * v for v in x])


@elementwise
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
    # Beyond 1e300 the result rounds to +-1; at +-inf the formula would give nan.
    return [copysign(1.0, v) if (a := fabs(v)) > 1e300 else v / (1.0 + a) for v in x]


@elementwise
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
    return [1.0 / ((1.0 + (a := fabs(v))) * (1.0 + a)) for v in x]


@elementwise
def hardsigmoid(x):
    """Hard sigmoid: a piecewise-linear sigmoid, a float in [0, 1].

        hardsigmoid(x) = 0 if x <= -3, 1 if x >= 3, else x/6 + 1/2

    The middle piece is computed as (x + 3) / 6, which is accurate near -3.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> hardsigmoid([-4, 0, 1.5, 4])
        [0.0, 0.5, 0.75, 1.0]
    """
    return [0.0 if v <= -3.0 else 1.0 if v >= 3.0 else (v + 3.0) / 6.0 for v in x]


@elementwise
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
    return [NAN if v != v else 1.0 / 6.0 if -3.0 < v < 3.0 else 0.0 for v in x]


@elementwise
def hardswish(x):
    """Hard swish: x times hardsigmoid(x), a float.

        hardswish(x) = 0 if x <= -3, x if x >= 3, else x * (x + 3) / 6

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> hardswish([-4, -1.5, 0, 4])
        [0.0, -0.375, 0.0, 4.0]
    """
    return [0.0 if v <= -3.0 else 1.0 * v if v >= 3.0 else v * (v + 3.0) / 6.0 for v in x]


@elementwise
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
    return [NAN if v != v else 0.0 if v <= -3.0 else 1.0 if v >= 3.0 else (2.0 * v + 3.0) / 6.0 for v in x]


@elementwise
def logsigmoid(x):
    """Log of the sigmoid: log(1 / (1 + exp(-x))), a float <= 0.

        logsigmoid(x) = -log(1 + exp(-x))

    Computed with log1p and exp of a non-positive number, so it never
    overflows: logsigmoid(-1000) is -1000.0.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> logsigmoid([-1000.0, 0.0])
        [-1000.0, -0.6931471805599453]
    """
    return [-log1p(exp(-v)) if v >= 0.0 else v - log1p(exp(v)) for v in x]


@elementwise
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
    return [1.0 / (1.0 + exp(v)) if v < 700.0 else exp(-v) for v in x]


@elementwise
def tanhshrink(x):
    """x minus tanh(x).

        tanhshrink(x) = x - tanh(x)

    Below |x| = 0.6 the subtraction would cancel, so there x - tanh(x)
    comes from Lambert's continued fraction for tanh instead.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> tanhshrink([0.0, 1.0])
        [0.0, 0.23840584404423515]
    """
    return [v - _math_tanh(v) if v >= 0.6 or v <= -0.6 else _tanhshrink_near_zero(v) for v in x]


@elementwise
def tanhshrink_derivative(x):
    """Derivative of tanhshrink: tanh(x)**2.

        tanhshrink'(x) = tanh(x)**2

    0.0 at 0, 1.0 at +-inf; nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> tanhshrink_derivative([0.0, 1000.0])
        [0.0, 1.0]
    """
    return [t * t for t in map(_math_tanh, x)]


@elementwise
def softshrink(x, lambd: float = 0.5):
    """Soft shrinkage: moves x towards 0 by lambd, and to 0 within lambd.

        softshrink(x) = x - lambd if x > lambd, x + lambd if x < -lambd, else 0

    In the arithmetic of x and lambd; nan gives nan.  lambd must not be negative.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        lambd: the threshold (default 0.5, as in PyTorch).

    Example:
        >>> softshrink([-2, 0, 0.25, 2])
        [-1.5, 0, 0.0, 1.5]
    """
    _check_lambd("softshrink", lambd)
    lower = -lambd
    # In the middle v is finite, so v - v is a zero of its type, and nan for nan.
    return [v - lambd if v > lambd else v + lambd if v < lower else v - v for v in x]


@elementwise
def softshrink_derivative(x, lambd: float = 0.5):
    """Derivative of softshrink: 1 where |x| > lambd, else 0.

        softshrink'(x) = 1 if |x| > lambd else 0

    0 at +-lambd, as in PyTorch; nan gives nan; x's type.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        lambd: the threshold (default 0.5).

    Example:
        >>> softshrink_derivative([-2.0, -0.5, 0.0, 2.0])
        [1.0, 0.0, 0.0, 1.0]
    """
    return _outside("softshrink_derivative", x, lambd)


@elementwise
def hardshrink(x, lambd: float = 0.5):
    """Hard shrinkage: x where |x| > lambd, else 0.

        hardshrink(x) = x if |x| > lambd else 0

    x itself outside [-lambd, lambd] (nan unchanged), a zero of x's type inside.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        lambd: the threshold (default 0.5, as in PyTorch).

    Example:
        >>> hardshrink([-2, 0.25, 2.0])
        [-2, 0.0, 2.0]
    """
    _check_lambd("hardshrink", lambd)
    lower = -lambd
    # In the middle v is finite, so v - v is a zero of its type, and nan for nan.
    return [v if v > lambd or v < lower else v - v for v in x]


@elementwise
def hardshrink_derivative(x, lambd: float = 0.5):
    """Derivative of hardshrink: 1 where |x| > lambd, else 0.

        hardshrink'(x) = 1 if |x| > lambd else 0

    The same as softshrink_derivative.  0 at +-lambd, as in PyTorch; nan
    gives nan; x's type.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        lambd: the threshold (default 0.5).

    Example:
        >>> hardshrink_derivative([-2, 0.5, 2])
        [1, 0.0, 1]
    """
    return _outside("hardshrink_derivative", x, lambd)


@elementwise
def threshold(x, threshold: float, value: float):
    """Threshold: x where x > threshold, else value.

        threshold(x) = x if x > threshold else value

    nan gives nan (it is not at or below the threshold), as in PyTorch.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        threshold: the level at or below which x is replaced (required).
        value: what replaces it (required).

    Example:
        >>> threshold([-1.0, 0.5, 2.0], threshold=0.5, value=-9.0)
        [-9.0, -9.0, 2.0]
    """
    return [value if v <= threshold else v for v in x]


@elementwise
def threshold_derivative(x, threshold: float, value: float):
    """Derivative of threshold: 1 where x > threshold, else 0.

        threshold'(x) = 1 if x > threshold else 0

    0 at the threshold, as in PyTorch; nan gives nan; x's type.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        threshold: as in threshold (required).
        value: as in threshold; the derivative does not depend on it (required).

    Example:
        >>> threshold_derivative([0.0, 1.0, 2.0], threshold=1.0, value=0.0)
        [0.0, 0.0, 1.0]
    """
    return _above(x, threshold)


def _as_float(parameter):
    """The parameter as float arithmetic gives it (2 becomes 2.0), or itself if it does not mix
    with floats (a Decimal, an int beyond the floats), so that int inputs can still use it."""
    try:
        return parameter + 0.0
    except (TypeError, OverflowError):
        return parameter


def _check_alpha(name, alpha):
    if alpha <= 0:
        raise ValueError("%s: alpha is %r, expected a positive number" % (name, alpha))


def _check_approximate(name, approximate):
    if approximate != "none":
        raise ValueError("%s: approximate is %r, expected 'none' or 'tanh'" % (name, approximate))


def _check_lambd(name, lambd):
    if lambd < 0:
        raise ValueError("%s: lambd is %r, expected a number >= 0" % (name, lambd))


# The derivatives that are 1 or 0.  After a failed comparison, nan is caught by `v != v`,
# never by testing the opposite comparison: PyPy 7.3's JIT may decide that one from the
# failed first, which is wrong for nan.


def _above(x, threshold):
    """1 where x > threshold, else 0, in x's type: the derivative of relu and of threshold."""
    return [(1.0 if type(v) is float else v ** 0) if v > threshold else v if v != v else 0.0 if type(v) is float else (v - v and 0.0) for v in x]


def _inside(x, lower, upper):
    """1 where lower < x < upper, else 0, in x's type: the derivative of relu6 and of hardtanh."""
    return [(1.0 if type(v) is float else v ** 0) if lower < v < upper else v if v != v else 0.0 if type(v) is float else (v - v and 0.0) for v in x]


def _outside(name, x, lambd):
    """1 where |x| > lambd, else 0, in x's type: the derivative of both shrinks."""
    _check_lambd(name, lambd)
    lower = -lambd
    return [(1.0 if type(v) is float else v ** 0) if v > lambd or v < lower else v if v != v else 0.0 if type(v) is float else (v - v and 0.0) for v in x]


def _gelu_tanh_derivative(v):
    """sigmoid(t) + x * sigmoid'(t) * dt/dx, t = 2 sqrt(2/pi) (x + 0.044715 x**3), for |x| <= 1000."""
    t = GELU_TANH_K2 * (v + GELU_TANH_C * v * v * v)
    u = exp(-fabs(t))
    sigmoid_t = 1.0 / (1.0 + u) if t >= 0.0 else u / (1.0 + u)
    return sigmoid_t + v * u / (1.0 + u * (2.0 + u)) * GELU_TANH_K2 * (1.0 + 3.0 * GELU_TANH_C * v * v)


def _tanhshrink_near_zero(v):
    """x - tanh(x) for |x| < 0.6, without the cancellation of the subtraction.

    Lambert's continued fraction tanh(x) = x / (1 + q), with
    q = x**2 / (3 + x**2 / (5 + x**2 / (7 + ...))), gives x - tanh(x) = x q / (1 + q),
    where every step adds or divides positive numbers.  Seven levels are within
    4 ulp of the exact value below 0.6.
    """
    square = v * v
    q = square / (3.0 + square / (5.0 + square / (7.0 + square / (9.0 + square / (11.0 + square / (13.0 + square / 15.0))))))
    return v * q / (1.0 + q)

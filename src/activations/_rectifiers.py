"""Rectifiers: relu and its kin, which pass positive inputs through and bend negative ones.

relu, leaky_relu, relu6, prelu, rrelu and threshold are piecewise linear and compute in
their input's own type (relu(-3) is 0, relu(-2.5) is 0.0); elu, selu and celu bend the
negative side smoothly with exp and return floats.  Each function is written for one real
number, with its derivative right below it; ``_lift.py`` makes it take lists too.
"""

from math import exp, expm1
from random import uniform

from ._lift import derivative_of, elementwise, flag, positive, real, slopes
from ._reals import like, one_like, shown, times_exp, zero_like

SELU_SCALE = 1.0507009873554804934193349852946
SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE_ALPHA = 1.7580993408473768  # their product, correctly rounded

# The piecewise-linear functions give a float x the constants 0.0 and 1.0 (and a float
# parameter) directly, and other types a zero or a one of their own from zero_like and
# one_like: a call of a helper for every float would make a list a third slower.
#
# The derivatives that are 1 or 0 test nan apart, with x != x, after their main comparison
# has failed, never with the opposite comparison (x <= 0 after x > 0): PyPy 7.3's JIT may
# decide that one from the failed first, which is wrong for nan.


@elementwise(inplace=True, in_place_form=True, keeps_type=True)
def relu(x):
    """Rectified linear unit: x where x is not below 0, else 0.

        relu(x) = max(0, x)

    Returns x itself when x is not below zero, so nan and -0.0 come back
    unchanged (as in PyTorch), and a zero of x's own type otherwise:
    relu(-3) is 0, relu(-2.5) is 0.0, relu(-inf) is 0.0.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        inplace: write the results into x, which must be a list (default False).

    Example:
        >>> relu(3), relu(-3)
        (3, 0)
        >>> relu([-1, 2, -3, 4, 0])
        [0, 2, 0, 4, 0]
        >>> relu([-2.5, -0.0, float("nan")])
        [0.0, -0.0, nan]
    """
    if x < 0.0:
        return 0.0 if type(x) is float else zero_like(x)
    return x


@derivative_of(relu)
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
    if x > 0.0:
        return 1.0 if type(x) is float else one_like(x)
    if x != x:
        return x
    return 0.0 if type(x) is float else zero_like(x)


@elementwise(real("negative_slope", 0.01), inplace=True, in_place_form=True, keeps_type=True)
def leaky_relu(x, negative_slope=0.01):
    """Leaky rectified linear unit: x where x > 0, else negative_slope * x.

        leaky_relu(x) = x if x > 0 else negative_slope * x

    nan stays nan and -inf stays -inf (for a positive slope).  Any real
    slope is allowed, as in PyTorch.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        negative_slope: the slope for x <= 0 (default 0.01, as in PyTorch and JAX).
        inplace: write the results into x, which must be a list (default False).

    Example:
        >>> leaky_relu([-10, 0, 10])
        [-0.1, 0.0, 10]
        >>> leaky_relu([[-2.0, 1.0], [3.0, -4.0]], negative_slope=0.1)
        [[-0.2, 1.0], [3.0, -0.4]]
    """
    if x > 0.0:
        return x
    return negative_slope * x


@derivative_of(leaky_relu)
def leaky_relu_derivative(x, negative_slope=0.01):
    """Derivative of leaky_relu: 1 where x > 0, else negative_slope.

        leaky_relu'(x) = 1 if x > 0 else negative_slope

    At the kink leaky_relu'(0) is negative_slope, as in PyTorch and
    TensorFlow; nan gives nan.  A float x gets a float.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        negative_slope: the slope for x <= 0 (default 0.01).

    Example:
        >>> leaky_relu_derivative([-1.0, 0.0, 1.0])
        [0.01, 0.01, 1.0]
        >>> leaky_relu_derivative(0, negative_slope=0.2)
        0.2
    """
    if x > 0.0:
        return 1.0 if type(x) is float else one_like(x)
    if x != x:
        return x
    return negative_slope if type(x) is float else like(x, negative_slope)


@elementwise(inplace=True, keeps_type=True)
def relu6(x):
    """ReLU capped at 6.

        relu6(x) = min(max(0, x), 6)

    As relu, x itself between 0 and 6 (nan and -0.0 unchanged), otherwise
    0 or 6 in x's own type: relu6(7) is 6, relu6(7.0) is 6.0.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        inplace: write the results into x, which must be a list (default False).

    Example:
        >>> relu6([-1, 3, 9])
        [0, 3, 6]
    """
    if x < 0.0:
        return 0.0 if type(x) is float else zero_like(x)
    if x > 6.0:
        return 6.0 if type(x) is float else like(x, 6)
    return x


@derivative_of(relu6)
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
    if 0.0 < x < 6.0:
        return 1.0 if type(x) is float else one_like(x)
    if x != x:
        return x
    return 0.0 if type(x) is float else zero_like(x)


@elementwise()
def squared_relu(x):
    """Squared relu, as in Primer (So et al., 2021): relu(x) squared.

        squared_relu(x) = max(0, x)**2

    A float, as for the smooth functions (squaring an int of a million digits
    exactly would take long): x * x where x > 0, else 0.0; nan gives nan, and
    squared_relu(-0.0) is 0.0, as in PyTorch's relu(x)**2.  Hugging Face's
    activations call it relu2.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> squared_relu([-2, 0, 3])
        [0.0, 0.0, 9.0]
        >>> squared_relu([-1.5, 0.5])
        [0.0, 0.25]
    """
    if x > 0.0:
        return 1.0 * x * x  # a float, when x is an int (as it may be in an export)
    if x != x:
        return x
    return 0.0


@derivative_of(squared_relu)
def squared_relu_derivative(x):
    """Derivative of squared_relu: 2x where x > 0, else 0.

        squared_relu'(x) = 2 * max(0, x)

    0 at 0, where both sides meet, as in PyTorch; nan gives nan; a float.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> squared_relu_derivative([-2, 0, 3])
        [0.0, 0.0, 6.0]
    """
    if x > 0.0:
        return 2.0 * x
    if x != x:
        return x
    return 0.0


@elementwise(real("alpha", 1.0), inplace=True, in_place_form=True)
def elu(x, alpha=1.0):
    """Exponential linear unit: x for x > 0, else alpha * (exp(x) - 1).

        elu(x) = x if x > 0 else alpha * (exp(x) - 1)

    A float; elu(-inf) is -alpha.  exp(x) - 1 is computed with expm1,
    which keeps its digits near 0.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        alpha: -alpha is the value approached as x goes to -inf (default 1.0).
        inplace: write the results into x, which must be a list (default False).

    Example:
        >>> elu([-1000.0, 0.0, 2.0])
        [-1.0, 0.0, 2.0]
    """
    if x > 0.0:
        return 1.0 * x  # a float, as the rest, when x is an int (as it may be in an export)
    return alpha * expm1(x)


@derivative_of(elu)
def elu_derivative(x, alpha=1.0):
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
    if x > 0.0:
        return 1.0
    return times_exp(alpha, x)


@elementwise(inplace=True, in_place_form=True)
def selu(x):
    """Scaled exponential linear unit, with PyTorch's constants.

        selu(x) = scale * (x if x > 0 else alpha * (exp(x) - 1))

    scale = 1.0507009873554804934193349852946 and
    alpha = 1.6732632423543772848170429916717; a float.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        inplace: write the results into x, which must be a list (default False).

    Example:
        >>> selu([0.0, 1.0])
        [0.0, 1.0507009873554805]
    """
    if x > 0.0:
        return SELU_SCALE * x
    return SELU_SCALE_ALPHA * expm1(x)


@derivative_of(selu)
def selu_derivative(x):
    """Derivative of selu: scale for x > 0, else scale * alpha * exp(x).

        selu'(x) = scale if x > 0 else scale * alpha * exp(x)

    selu'(0) is scale * alpha, 1.7580993408473768 (correctly rounded; PyTorch's
    float product is one ulp below); nan gives nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> selu_derivative([0.0, 1.0])
        [1.7580993408473768, 1.0507009873554805]
    """
    if x > 0.0:
        return SELU_SCALE
    return times_exp(SELU_SCALE_ALPHA, x)


@elementwise(positive("alpha", 1.0), inplace=True, in_place_form=True)
def celu(x, alpha=1.0):
    """Continuously differentiable exponential linear unit.

        celu(x) = x if x > 0 else alpha * (exp(x / alpha) - 1)

    A float; celu(-inf) is -alpha.  alpha must be positive (as in the
    paper that defines celu; PyTorch does not check).

    Args:
        x: a real number, or an iterable of them nested to any depth.
        alpha: the scale of the negative part (default 1.0).
        inplace: write the results into x, which must be a list (default False).

    Example:
        >>> celu([-1000.0, 0.0, 2.0], alpha=2.0)
        [-2.0, 0.0, 2.0]
    """
    if x > 0.0:
        return 1.0 * x  # a float, as the rest, when x is an int (as it may be in an export)
    t = x / alpha
    if t > -1e-9:
        # Here (exp(t) - 1) / t is 1 + t/2 to double precision.  This form keeps x's digits
        # where t is too small to have them all (celu(-1e-300, alpha=1e10)).
        return x * (1.0 + 0.5 * t)
    return alpha * expm1(t)


@derivative_of(celu)
def celu_derivative(x, alpha=1.0):
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
    if x > 0.0:
        return 1.0
    return exp(x / alpha)


@elementwise(real("threshold"), real("value"), inplace=True, in_place_form=True, keeps_type=True)
def threshold(x, threshold, value):
    """Threshold: x where x > threshold, else value.

        threshold(x) = x if x > threshold else value

    nan gives nan (it is not at or below the threshold), as in PyTorch.  value
    comes back in x's arithmetic: a float x gets a float.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        threshold: the level at or below which x is replaced (required).
        value: what replaces it (required).
        inplace: write the results into x, which must be a list (default False).

    Example:
        >>> threshold([-1.0, 0.5, 2.0], threshold=0.5, value=-9.0)
        [-9.0, -9.0, 2.0]
    """
    if x <= threshold:
        return value if type(x) is float else like(x, value)
    return x


@derivative_of(threshold)
def threshold_derivative(x, threshold, value):
    """Derivative of threshold: 1 where x > threshold, else 0.

        threshold'(x) = 1 if x > threshold else 0

    0 at the threshold, as in PyTorch; nan gives nan; x's type.  1 wherever
    threshold passes x through, a nan threshold included (x <= nan is false).

    Args:
        x: a real number, or an iterable of them nested to any depth.
        threshold: as in threshold (required).
        value: as in threshold; the derivative does not depend on it (required).

    Example:
        >>> threshold_derivative([0.0, 1.0, 2.0], threshold=1.0, value=0.0)
        [0.0, 0.0, 1.0]
    """
    if x <= threshold:  # as threshold tests it, so that both take the same branch
        return 0.0 if type(x) is float else zero_like(x)
    if x != x:
        return x
    return 1.0 if type(x) is float else one_like(x)


def _lower_not_above_upper(lower, upper, training=False):
    if lower > upper:
        return "lower %s is above upper %s" % (shown(lower), shown(upper))
    return None


@elementwise(
    real("lower", 0.125),
    real("upper", 1 / 3),
    flag("training"),
    inplace=True,
    in_place_form=True,
    keeps_type=True,
    check=_lower_not_above_upper,
    draws="training",
)
def rrelu(x, lower=0.125, upper=1 / 3, training=False):
    """Randomized leaky relu: x where x >= 0, else a slope between lower and upper times x.

        rrelu(x) = x if x >= 0 else a * x,  a ~ uniform(lower, upper) when training,
                                             a = (lower + upper) / 2 otherwise

    With training=False, the default, it is leaky_relu with the mean slope.
    With training=True, each negative element draws its own slope from the
    random module, so random.seed makes a run repeatable.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        lower: the smallest slope (default 1/8, as in PyTorch).
        upper: the largest slope (default 1/3); not below lower.
        training: draw a random slope for each element (default False).
        inplace: write the results into x, which must be a list (default False).

    Example:
        >>> rrelu([-1.0, 2.0], lower=0.1, upper=0.3)
        [-0.2, 2.0]
    """
    if x >= 0.0:
        return x
    if training:
        return uniform(lower, upper) * x
    return (lower + upper) / 2 * x  # the mean slope, computed as PyTorch computes it


def _no_derivative_when_training(lower, upper, training=False):
    if training:
        return "training=True has no derivative (a new slope at every call); use training=False"
    return _lower_not_above_upper(lower, upper)


@derivative_of(rrelu, check=_no_derivative_when_training)
def rrelu_derivative(x, lower=0.125, upper=1 / 3, training=False):
    """Derivative of rrelu with training=False: 1 where x > 0, else (lower + upper) / 2.

        rrelu'(x) = 1 if x > 0 else (lower + upper) / 2

    At the kink rrelu'(0) is the slope, as leaky_relu'(0) is; nan gives nan.
    training=True is a ValueError: a slope drawn afresh at every call has no
    derivative.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        lower: as in rrelu (default 1/8).
        upper: as in rrelu (default 1/3).
        training: must be False.

    Example:
        >>> rrelu_derivative([-1.0, 2.0], lower=0.1, upper=0.3)
        [0.2, 1.0]
    """
    if x > 0.0:
        return 1.0 if type(x) is float else one_like(x)
    if x != x:
        return x
    slope = (lower + upper) / 2
    return slope if type(x) is float else like(x, slope)


@elementwise(slopes("weight"), keeps_type=True)
def prelu(x, weight):
    """Parametric relu: leaky_relu with a learned slope, one for each channel.

        prelu(x) = x if x > 0 else weight * x

    weight is a number, or a list with one slope per channel: the channels are
    x's axis 1 (x[sample][channel]...), as in PyTorch.  A flat list's items are
    its channels here, an extension: PyTorch refuses a 1-d input with more than
    one weight.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        weight: the slope for x <= 0, or a list of slopes, one per channel (required).

    Example:
        >>> prelu([-2.0, 3.0], 0.25)
        [-0.5, 3.0]
        >>> prelu([[-1.0, -1.0], [2.0, -4.0]], [0.1, 0.5])
        [[-0.1, -0.5], [2.0, -2.0]]
    """
    if x > 0.0:
        return x
    return weight * x


@derivative_of(prelu)
def prelu_derivative(x, weight):
    """Derivative of prelu with respect to x: 1 where x > 0, else weight.

        prelu'(x) = 1 if x > 0 else weight

    At the kink prelu'(0) is weight, as leaky_relu'(0) is; nan gives nan.  With
    a list of slopes, each channel gets its own, as in prelu.

    Args:
        x: a real number, or an iterable of them nested to any depth.
        weight: as in prelu (required).

    Example:
        >>> prelu_derivative([[-1.0, 2.0]], [0.1, 0.5])
        [[0.1, 1.0]]
    """
    if x > 0.0:
        return 1.0 if type(x) is float else one_like(x)
    if x != x:
        return x
    return weight if type(x) is float else like(x, weight)

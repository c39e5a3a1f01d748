"""The activation functions, each with its derivative right below it.

Every function here is written as a kernel over a flat list ``x`` of real
numbers, and ``@elementwise`` (see ``_elementwise.py``) makes it accept a
single number or lists nested to any depth.  The comprehension in each
body is the whole formula: it is what you would write by hand, made
total (no overflow, nan in gives nan out).

Two idioms keep the piecewise-linear functions in their input's own
type.  ``(v - v and 0.0)`` is a zero of v's type: ``v - v`` is 0 for an
int, 0.0 for a float, Fraction(0) for a Fraction, and nan only at -inf or
inf, where ``and`` gives 0.0 instead (nan is true, every zero false).
``v ** 0`` is a one of v's type, 1.0 at +-inf too.  Neither compares v
with a float, which MicroPython would do by turning 10**400 into inf.
"""

from math import exp, tanh as _math_tanh

from ._elementwise import elementwise


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
    # nan is tested first: PyPy 7.3's JIT may decide `v <= 0.0` from a failed `v > 0.0`,
    # which is wrong for nan.
    return [v if v != v else v ** 0 if v > 0.0 else (v - v and 0.0) for v in x]


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
    # nan is tested first, as in relu_derivative.
    return [v if v != v else v ** 0 if v > 0.0 else negative_slope * v ** 0 for v in x]


@elementwise
def sigmoid(x):
    """Logistic sigmoid: squashes x into (0, 1).

        sigmoid(x) = 1 / (1 + exp(-x))

    Always a float in [0, 1]: sigmoid(-inf) is 0.0, sigmoid(inf) is 1.0,
    nan gives nan.  Never overflows: for x < 0 it is computed as
    e / (1 + e) with e = exp(x), which also keeps full accuracy down to
    the subnormals (sigmoid(-710) is about 4.476e-309).

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
    return [1.0 / (1.0 + exp(-v)) if v >= 0.0 else (e := exp(v)) / (1.0 + e) for v in x]


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

        tanh'(x) = 1 - tanh(x)**2 = 4u / (1 + u)**2,  u = exp(-2|x|)

    Computed from x in the second form, which keeps full relative
    accuracy in the tails where the first becomes 0.0 (from |x| = 19.1
    on); (1 + u)**2 is expanded to 1 + u*(2 + u), which rounds only once.
    1.0 at 0, 0.0 at +-inf, nan at nan.

    Args:
        x: a real number, or an iterable of them nested to any depth.

    Example:
        >>> tanh_derivative(0)
        1.0
        >>> tanh_derivative(20)
        1.6993417021166355e-17
    """
    # exp(-2|x|) chosen by a comparison: cheaper than calling fabs, and it rejects non-reals too.
    return [4.0 * (u := exp(2.0 * v if v < 0.0 else -2.0 * v)) / (1.0 + u * (2.0 + u)) for v in x]

"""Activation functions and their derivatives, in pure Python.

Every function takes a real number or an iterable of them, nested to any
depth, and returns a number or a new list of the same shape:

>>> import activations as act
>>> act.relu(3), act.relu(-3)
(3, 0)
>>> act.relu([-1, 2, -3, 4, 0])
[0, 2, 0, 4, 0]
>>> act.sigmoid(0), act.sigmoid_derivative(0)
(0.5, 0.25)
>>> act.leaky_relu([[-2.0, 1.0], [3.0, -4.0]], negative_slope=0.1)
[[-0.2, 1.0], [3.0, -0.4]]

Each function ``name`` has its derivative ``name_derivative`` beside it, which
takes x, the input, as PyTorch's autograd does (not the function's output).
Names, parameters and conventions are PyTorch's (torch.nn.functional), so
code moves between the two by changing one import: ``inplace=True`` writes
the results into the given list, and softmax and its kin work along ``dim``,
the last axis by default, with Jacobians for derivatives.

Real numbers are int (of any size), float, bool, fractions.Fraction,
decimal.Decimal and any type that behaves as one, such as numpy.float64.
Functions built on exp, log, tanh or erf compute in floats and return a
float; the piecewise-linear ones (relu, leaky_relu, relu6, hardtanh, prelu,
rrelu, the shrinks, threshold and their derivatives) compute in the input's
own type.  No real input or parameter makes a function raise: sigmoid(10**400)
is 1.0.

Iterables are lists, tuples, ranges, generators (read once), array.array
and NumPy arrays.  The input is never changed unless inplace=True asks for
it.  Anything else, alone or inside a list, raises TypeError naming the
function, the value and its position:

>>> act.relu([1, ["a"]])
Traceback (most recent call last):
  ...
TypeError: relu: element [1][0] is 'a' (str), expected a real number

The functions live in one module per family (_rectifiers, _sigmoids,
_gates, _shrinks, _rows); _lift lifts each from one number to every input.
"""

__all__ = [
    "celu",
    "celu_derivative",
    "elu",
    "elu_derivative",
    "gelu",
    "gelu_derivative",
    "glu",
    "glu_derivative",
    "hardshrink",
    "hardshrink_derivative",
    "hardsigmoid",
    "hardsigmoid_derivative",
    "hardswish",
    "hardswish_derivative",
    "hardtanh",
    "hardtanh_derivative",
    "leaky_relu",
    "leaky_relu_derivative",
    "log_softmax",
    "log_softmax_derivative",
    "logsigmoid",
    "logsigmoid_derivative",
    "logsumexp",
    "logsumexp_derivative",
    "mish",
    "mish_derivative",
    "prelu",
    "prelu_derivative",
    "relu",
    "relu6",
    "relu6_derivative",
    "relu_derivative",
    "rrelu",
    "rrelu_derivative",
    "selu",
    "selu_derivative",
    "sigmoid",
    "sigmoid_derivative",
    "silu",
    "silu_derivative",
    "softmax",
    "softmax_derivative",
    "softmin",
    "softmin_derivative",
    "softplus",
    "softplus_derivative",
    "softshrink",
    "softshrink_derivative",
    "softsign",
    "softsign_derivative",
    "sparse_plus",
    "sparse_plus_derivative",
    "sparse_sigmoid",
    "sparse_sigmoid_derivative",
    "sparsemax",
    "sparsemax_derivative",
    "squareplus",
    "squareplus_derivative",
    "swish",
    "swish_derivative",
    "tanh",
    "tanh_derivative",
    "tanhshrink",
    "tanhshrink_derivative",
    "threshold",
    "threshold_derivative",
]
__version__ = "0.3.0"

from ._gates import (
    gelu,
    gelu_derivative,
    hardswish,
    hardswish_derivative,
    mish,
    mish_derivative,
    silu,
    silu_derivative,
    softplus,
    softplus_derivative,
    sparse_plus,
    sparse_plus_derivative,
    squareplus,
    squareplus_derivative,
    swish,
    swish_derivative,
)
from ._rectifiers import (
    celu,
    celu_derivative,
    elu,
    elu_derivative,
    leaky_relu,
    leaky_relu_derivative,
    prelu,
    prelu_derivative,
    relu,
    relu6,
    relu6_derivative,
    relu_derivative,
    rrelu,
    rrelu_derivative,
    selu,
    selu_derivative,
    threshold,
    threshold_derivative,
)
from ._rows import (
    glu,
    glu_derivative,
    log_softmax,
    log_softmax_derivative,
    logsumexp,
    logsumexp_derivative,
    softmax,
    softmax_derivative,
    softmin,
    softmin_derivative,
    sparsemax,
    sparsemax_derivative,
)
from ._shrinks import (
    hardshrink,
    hardshrink_derivative,
    softshrink,
    softshrink_derivative,
    tanhshrink,
    tanhshrink_derivative,
)
from ._sigmoids import (
    hardsigmoid,
    hardsigmoid_derivative,
    hardtanh,
    hardtanh_derivative,
    logsigmoid,
    logsigmoid_derivative,
    sigmoid,
    sigmoid_derivative,
    softsign,
    softsign_derivative,
    sparse_sigmoid,
    sparse_sigmoid_derivative,
    tanh,
    tanh_derivative,
)


def __getattr__(name):
    # plot and table draw with the standard library, which MicroPython lacks: they are loaded
    # on first use (PEP 562), so that importing the package stays as small as it is.
    if name in ("plot", "table"):
        from . import _draw

        return getattr(_draw, name)
    raise AttributeError("module %r has no attribute %r" % (__name__, name))


def __dir__():
    return sorted(list(globals()) + ["plot", "table"])

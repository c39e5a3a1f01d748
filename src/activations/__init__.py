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

The functions live in one module per family (_rectifiers, _sigmoids, _gates,
_shrinks, _softmaxes, _glus), each loaded on the first use of one of its
functions, so that ``import activations`` itself costs almost nothing;
_lift.py lifts each from one number to every input.  ``plot``, ``table``
and ``export`` (the source of a function, to copy) are loaded the same way.
"""

__all__ = [
    "celu",
    "celu_",
    "celu_derivative",
    "elu",
    "elu_",
    "elu_derivative",
    "geglu",
    "geglu_derivative",
    "gelu",
    "gelu_derivative",
    "glu",
    "glu_derivative",
    "gumbel_softmax",
    "hardshrink",
    "hardshrink_derivative",
    "hardsigmoid",
    "hardsigmoid_derivative",
    "hardswish",
    "hardswish_derivative",
    "hardtanh",
    "hardtanh_",
    "hardtanh_derivative",
    "leaky_relu",
    "leaky_relu_",
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
    "quick_gelu",
    "quick_gelu_derivative",
    "reglu",
    "reglu_derivative",
    "relu",
    "relu6",
    "relu6_derivative",
    "relu_",
    "relu_derivative",
    "rrelu",
    "rrelu_",
    "rrelu_derivative",
    "selu",
    "selu_",
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
    "squared_relu",
    "squared_relu_derivative",
    "squareplus",
    "squareplus_derivative",
    "swiglu",
    "swiglu_derivative",
    "swish",
    "swish_derivative",
    "tanh",
    "tanh_derivative",
    "tanhshrink",
    "tanhshrink_derivative",
    "threshold",
    "threshold_",
    "threshold_derivative",
]
__version__ = "0.4.0"

# The module of each family, with the functions it defines; each function's derivative
# (name_derivative) and PyTorch's in-place form (name_) live beside it.
_FAMILIES = (
    ("_rectifiers", ("relu", "relu6", "leaky_relu", "prelu", "rrelu", "elu", "selu", "celu")),
    ("_rectifiers", ("threshold", "squared_relu")),
    ("_sigmoids", ("sigmoid", "tanh", "softsign", "logsigmoid", "hardsigmoid", "hardtanh")),
    ("_sigmoids", ("sparse_sigmoid",)),
    ("_gates", ("gelu", "silu", "swish", "mish", "softplus", "hardswish", "squareplus")),
    ("_gates", ("sparse_plus", "quick_gelu")),
    ("_shrinks", ("softshrink", "hardshrink", "tanhshrink")),
    ("_softmaxes", ("softmax", "log_softmax", "softmin", "logsumexp", "sparsemax")),
    ("_softmaxes", ("gumbel_softmax",)),
    ("_glus", ("glu", "swiglu", "geglu", "reglu")),
)
# What else is loaded on first use, from modules that need CPython's standard library.
_TOOLS = {
    "export": "_export",
    "plot": "_draw",
    "table": "_draw",
    "Figure": "_draw",
    "Table": "_draw",
}


def __getattr__(name):
    # A function is made when its family's module is first loaded (PEP 562), so that importing
    # the package loads nothing else, which matters on a microcontroller's heap.
    if name in _TOOLS:
        return getattr(_loaded(_TOOLS[name]), name)
    if name not in __all__:
        raise AttributeError("module %r has no attribute %r" % (__name__, name))
    module = _loaded(_family_of(name))
    from ._lift import PUBLIC

    # An alias (swish) is the module's name for another function (silu).
    function = PUBLIC.get(name) or PUBLIC[getattr(module, name).__name__]
    globals()[name] = function
    return function


def __dir__():
    return sorted(set(list(globals()) + __all__ + list(_TOOLS)))


def _family_of(name):
    base = name[: -len("_derivative")] if name.endswith("_derivative") else name.rstrip("_")
    for module, names in _FAMILIES:
        if base in names:
            return module
    raise AttributeError("module %r has no attribute %r" % (__name__, name))


def _loaded(module):
    __import__(__name__ + "." + module)
    return globals()[module]  # importing a submodule makes it an attribute of the package

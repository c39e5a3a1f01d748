"""One battery of properties, run over every public function.

Adding a function to activations.__all__ adds it here: shapes, iterables,
types, special values, errors and derivatives are checked for all alike.
"""

import array
import copy
import inspect
import math
from decimal import Decimal
from fractions import Fraction

import pytest

import activations
from activations._lift import LIFTED, MAX_DEPTH
from activations._lift import REQUIRED as NO_DEFAULT
from activations._reals import is_real

from cases import same
from catalogue import FUNCTIONS as NAMES
from catalogue import RANDOM, ROWWISE  # see test_rows.py

# Arguments for the parameters that have no default.
REQUIRED = {
    "threshold": {"threshold": 0.5, "value": -1.0},
    "threshold_derivative": {"threshold": 0.5, "value": -1.0},
    "prelu": {"weight": 0.25},
    "prelu_derivative": {"weight": 0.25},
}
# Functions that compute in their input's own type; every other one returns a float.
PIECEWISE = {
    name + suffix
    for name in [
        "relu",
        "leaky_relu",
        "relu6",
        "hardtanh",
        "softshrink",
        "hardshrink",
        "threshold",
        "prelu",
        "rrelu",
    ]
    for suffix in ["", "_derivative"]
}
# Where each function (and its derivative) has a kink, to keep finite differences away from.
KINKS = {
    "relu": [0.0],
    "leaky_relu": [0.0],
    "relu6": [0.0, 6.0],
    "hardtanh": [-1.0, 1.0],
    "elu": [0.0],
    "selu": [0.0],
    "celu": [0.0],
    "hardsigmoid": [-3.0, 3.0],
    "hardswish": [-3.0, 3.0],
    "softshrink": [-0.5, 0.5],
    "hardshrink": [-0.5, 0.5],
    "threshold": [0.5],
    "prelu": [0.0],
    "rrelu": [0.0],
    "sparse_sigmoid": [-1.0, 1.0],
    "sparse_plus": [-1.0, 1.0],
    "squared_relu": [0.0],
}


def with_required_arguments(function):
    """function, called with the arguments its required parameters need (REQUIRED)."""
    arguments = REQUIRED.get(function.__name__)
    if not arguments:
        return function

    def call(x, *args, **kwargs):
        return function(x, *args, **dict(arguments, **kwargs))

    call.__name__ = function.__name__
    call.__doc__ = function.__doc__
    return call


FUNCTIONS = [
    with_required_arguments(getattr(activations, name)) for name in NAMES if name not in ROWWISE
]
VALUES = [name for name in NAMES if not name.endswith("_derivative")]
ELEMENTWISE_VALUES = [name for name in VALUES if name not in ROWWISE and name != "swish"]

SPECIAL_FLOATS = [
    0.0,
    -0.0,
    5e-324,
    -5e-324,
    1e-300,
    1.5,
    -1.5,
    30.0,
    -30.0,
    800.0,
    -800.0,
    math.inf,
    -math.inf,
    math.nan,
]
SPECIAL_REALS = [
    10**400,
    -(10**400),
    3,
    -3,
    0,
    True,
    False,
    Fraction(10**400),
    Fraction(-(10**400), 3),
    Fraction(-1, 3),
    Decimal("1e400"),
    Decimal("-1e400"),
    Decimal("-0.5"),
    Decimal("2"),
    Decimal("NaN"),
    Decimal("-Infinity"),
]
BAD_VALUES = ["1", "", b"1", bytearray(b"1"), None, 1j, complex(2, 0), {"a": 1}, {1.0}, object()]


def ids(function):
    return function.__name__


def nearest_float(x):
    try:
        return float(x)
    except OverflowError:
        return math.inf if x > 0 else -math.inf


def same_value(a, b):
    a, b = nearest_float(a), nearest_float(b)
    return a == b or a != a and b != b


# --- the API --------------------------------------------------------------------


def test_all_is_sorted_and_pairs_every_function_with_its_derivative():
    assert activations.__all__ == sorted(activations.__all__)
    derivatives = [name + "_derivative" for name in VALUES if name not in RANDOM]
    assert sorted(VALUES + derivatives) == NAMES
    assert isinstance(activations.__version__, str)


@pytest.mark.parametrize("name", NAMES)
def test_is_a_documented_function_with_its_own_name(name):
    function = getattr(activations, name)
    assert inspect.isfunction(function)
    assert (
        function.__name__ == name
        or name.startswith("swish")
        and function is getattr(activations, name.replace("swish", "silu"))
    )
    assert ">>> " + function.__name__ in function.__doc__
    first = "logits" if name in RANDOM else "x"  # gumbel_softmax's, as PyTorch's
    assert (
        inspect.signature(function).parameters[first].kind
        is inspect.Parameter.POSITIONAL_OR_KEYWORD
    )


# --- shapes and iterables -------------------------------------------------------


@pytest.mark.parametrize("function", FUNCTIONS, ids=ids)
def test_nested_lists_keep_their_shape(function):
    nested = [[-2.0, 0.5], [], [[3.0], [-0.0, [math.nan]]], 7.0]
    expected = [
        [function(-2.0), function(0.5)],
        [],
        [[function(3.0)], [function(-0.0), [function(math.nan)]]],
        function(7.0),
    ]
    assert same(function(nested), expected)


@pytest.mark.parametrize("function", FUNCTIONS, ids=ids)
def test_every_iterable_gives_a_list(function):
    numbers = [-3.0, -0.5, 0.0, 2.0]
    expected = [function(v) for v in numbers]
    assert same(function(numbers), expected)
    assert same(function(tuple(numbers)), expected)
    assert same(function(v for v in numbers), expected)
    assert same(function(array.array("d", numbers)), expected)
    assert same(function(iter(numbers)), expected)
    assert same(function(range(-2, 2)), [function(v) for v in [-2, -1, 0, 1]])
    assert same(function(((-1.0,), [2.0])), [[function(-1.0)], [function(2.0)]])


@pytest.mark.parametrize("function", FUNCTIONS, ids=ids)
def test_empty_in_empty_out(function):
    assert function([]) == []
    assert function([[]]) == [[]]
    assert function(()) == []
    assert function([[], [[]]]) == [[], [[]]]


@pytest.mark.parametrize("function", FUNCTIONS, ids=ids)
def test_input_is_never_changed_and_result_is_new(function):
    nested = [[-1.0, 2.0], [3, [4.5]]]
    before = copy.deepcopy(nested)
    result = function(nested)
    assert nested == before
    assert result is not nested and result[0] is not nested[0]
    flat = [1.0, 2.0]
    assert function(flat) is not flat


@pytest.mark.parametrize("function", FUNCTIONS, ids=ids)
def test_a_generator_is_read_once(function):
    reads = []

    def numbers():
        for v in [1.0, -1.0, [2.0]]:
            reads.append(v)
            yield v

    assert same(function(numbers()), [function(1.0), function(-1.0), [function(2.0)]])
    assert reads == [1.0, -1.0, [2.0]]


@pytest.mark.parametrize("function", FUNCTIONS, ids=ids)
def test_nesting_to_the_limit_and_no_deeper(function):
    deep = 1.0
    for _ in range(MAX_DEPTH):
        deep = [deep]
    result = function(deep)
    for _ in range(MAX_DEPTH):
        result = result[0]
    assert same(result, function(1.0))
    with pytest.raises(ValueError) as raised:
        function([deep])
    assert str(raised.value) == "%s: input nests deeper than %d levels" % (
        function.__name__,
        MAX_DEPTH,
    )
    itself = []
    itself.append(itself)
    with pytest.raises(ValueError):
        function(itself)


# --- numbers ---------------------------------------------------------------------


@pytest.mark.parametrize("function", FUNCTIONS, ids=ids)
@pytest.mark.parametrize("x", SPECIAL_FLOATS + SPECIAL_REALS, ids=lambda x: "%.12r" % (x,))
def test_no_real_number_makes_a_function_raise(function, x):
    result = function(x)
    assert same(function([x, [x]]), [result, [result]])
    if function.__name__ not in PIECEWISE:
        assert type(result) is float
    if type(x) is not float:  # another type takes another path: it must agree with the float
        assert same_value(result, function(nearest_float(x)))
    # nan comes only from nan, and every result is a number
    assert (nearest_float(result) != nearest_float(result)) == (
        nearest_float(x) != nearest_float(x)
    )


@pytest.mark.parametrize("function", FUNCTIONS, ids=ids)
def test_float_in_float_out(function):
    for x in SPECIAL_FLOATS:
        assert type(function(x)) is float


@pytest.mark.parametrize(
    "name",
    [
        "relu",
        "relu_derivative",
        "relu6",
        "relu6_derivative",
        "hardshrink",
        "softshrink_derivative",
        "hardtanh_derivative",
    ],
)
def test_piecewise_functions_keep_exact_types(name):
    function = getattr(activations, name)
    for x in [-3, 0, 3, Fraction(-1, 3), Fraction(5, 2), Decimal("-2"), Decimal("2")]:
        assert type(function(x)) is type(x)


def test_leaky_relu_computes_in_the_types_of_x_and_its_slope():
    assert activations.leaky_relu(-3, negative_slope=2) == -6
    assert activations.leaky_relu(Fraction(-3), negative_slope=Fraction(1, 3)) == Fraction(-1)
    assert activations.leaky_relu_derivative(-3, negative_slope=Fraction(1, 3)) == Fraction(1, 3)
    assert type(activations.leaky_relu_derivative(3)) is int
    assert type(activations.leaky_relu_derivative(-3)) is float  # the default slope is 0.01
    assert type(activations.leaky_relu(Decimal("-2"))) is float  # Decimal does not mix with 0.01


def test_exact_types_are_compared_exactly():
    # A positive Fraction too small for a float is still positive: no kink here.
    tiny = Fraction(1, 10**400)
    assert activations.relu_derivative(tiny) == 1
    assert activations.relu_derivative(-tiny) == 0
    assert activations.leaky_relu_derivative(tiny) == 1
    assert activations.relu(-tiny) == 0


def test_relu_returns_its_input_itself():
    for x in [2.5, 10**400, Fraction(1, 3), Decimal("7")]:
        assert activations.relu(x) is x
    assert activations.relu(Fraction(-1, 3)) == Fraction(0)
    assert activations.relu(Decimal("-1")) == Decimal(0)


# --- errors ----------------------------------------------------------------------


@pytest.mark.parametrize("function", FUNCTIONS, ids=ids)
@pytest.mark.parametrize("bad", BAD_VALUES, ids=lambda bad: type(bad).__name__)
def test_bad_values_are_named_with_their_position(function, bad):
    name, shown = function.__name__, "%r (%s)" % (bad, type(bad).__name__)
    expectations = [
        (bad, "%s: x is %s, expected a real number or an iterable of them" % (name, shown)),
        ([bad], "%s: element [0] is %s, expected a real number" % (name, shown)),
        ([1.0, 2.0, bad], "%s: element [2] is %s, expected a real number" % (name, shown)),
        (
            (0.5, [1.0, [-1.0, bad]]),
            "%s: element [1][1][1] is %s, expected a real number" % (name, shown),
        ),
        (
            [[1.0], [[2.0], [], [3.0, 4.0, bad, 5.0]]],
            "%s: element [1][2][2] is %s, expected a real number" % (name, shown),
        ),
    ]
    for x, message in expectations:
        with pytest.raises(TypeError) as raised:
            function(x)
        assert str(raised.value) == message


@pytest.mark.parametrize("function", FUNCTIONS, ids=ids)
def test_a_string_is_never_read_as_a_number_or_a_list(function):
    for x in ["3", "3.0", "nan", "abc"]:
        with pytest.raises(TypeError):
            function(x)
        with pytest.raises(TypeError):
            function([x])


DECLARED = [
    (getattr(activations, name), parameter)
    for name in NAMES
    if name not in ROWWISE
    for parameter in LIFTED[getattr(activations, name)].parameters
    if parameter.name != "approximate"
]
# Valid values for each kind of parameter, and values that are not of its kind.
GOOD = {
    "a real number": [0.5, 2, Fraction(1, 4), 10**400, -(10**400), math.nan],
    "a real number or None": [None, 0.5, 10**400],
    "a real number or a list of them": [0.5, [0.5], [0.5, 2, Fraction(1, 3)]],
    "True or False": [False],
}
BAD = ["0.1", 1j, [0.1, "a"], {0.1}]
# The other parameters: harmless values, with bounds that every value above respects.
HARMLESS = {
    "min_val": -math.inf,
    "max_val": math.inf,
    "lower": -math.inf,
    "upper": math.inf,
    "training": False,
}


@pytest.mark.parametrize(
    "function, parameter", DECLARED, ids=lambda p: getattr(p, "__name__", getattr(p, "name", p))
)
def test_parameters_must_be_of_their_kind(function, parameter):
    others = {
        p.name: HARMLESS.get(p.name, 0.5)
        for p in LIFTED[function].parameters
        if p.name not in (parameter.name, "approximate")
    }
    for bad in BAD + [None] * (parameter.kind != "a real number or None"):
        if (
            parameter.kind == "a real number or a list of them"
            and isinstance(bad, list)
            and all(map(is_real, bad))
        ):
            continue
        message = "%s: %s is %r (%s), expected %s" % (
            function.__name__,
            parameter.name,
            bad,
            type(bad).__name__,
            parameter.kind,
        )
        with pytest.raises(TypeError) as raised:
            function(1.0, **dict(others, **{parameter.name: bad}))
        assert str(raised.value) == message
    for good in GOOD[parameter.kind]:
        if parameter.is_expected is not None and not parameter.is_expected(good):
            continue  # out of range: see test_parameters_out_of_their_range_are_value_errors
        channels = [-1.0, 1.0, 0.0][: len(good)] if isinstance(good, list) else [-1.0, 1.0]
        result = function(channels, **dict(others, **{parameter.name: good}))
        assert len(result) == len(channels) and all(
            type(value) in (int, float, Fraction) for value in result
        )


def test_a_bad_positional_parameter_is_named_too():
    with pytest.raises(TypeError) as raised:
        activations.leaky_relu([1.0], "0.1")
    assert str(raised.value) == "leaky_relu: negative_slope is '0.1' (str), expected a real number"


@pytest.mark.parametrize("name", ["gelu", "gelu_derivative"])
def test_approximate_is_none_or_tanh(name):
    function = getattr(activations, name)
    assert function(1.0, approximate="none") == function(1.0)
    assert function(1.0, approximate="tanh") != function(1.0)
    with pytest.raises(ValueError) as raised:
        function(1.0, approximate="erf")
    assert str(raised.value) == "%s: approximate is 'erf', expected 'none' or 'tanh'" % name
    with pytest.raises(TypeError) as raised:
        function(1.0, approximate=1)
    assert str(raised.value) == "%s: approximate is 1 (int), expected a string" % name


@pytest.mark.parametrize(
    "call, message",
    [
        (
            lambda: activations.hardtanh(0.0, min_val=2.0, max_val=1.0),
            "hardtanh: min_val 2.0 is above max_val 1.0",
        ),
        (lambda: activations.celu([0.0], alpha=0), "celu: alpha is 0, expected a positive number"),
        (
            lambda: activations.celu_derivative(-1.0, alpha=-1.5),
            "celu_derivative: alpha is -1.5, expected a positive number",
        ),
        (
            lambda: activations.softplus(1.0, beta=0.0),
            "softplus: beta is 0.0, expected a nonzero number",
        ),
        (
            lambda: activations.softshrink([1.0], lambd=-0.5),
            "softshrink: lambd is -0.5, expected a number >= 0",
        ),
        (
            lambda: activations.hardshrink_derivative(1.0, -1),
            "hardshrink_derivative: lambd is -1, expected a number >= 0",
        ),
    ],
)
def test_parameters_out_of_their_range_are_value_errors(call, message):
    with pytest.raises(ValueError) as raised:
        call()
    assert str(raised.value) == message


def test_a_parameter_it_does_not_have_is_the_interpreters_type_error():
    # Every public function has its parameters written out, so the interpreter binds them,
    # and says which function and which name, as it does for a missing one (MicroPython's
    # closures bind them themselves: see test_lift.py).
    for call, message in [
        (
            lambda: activations.leaky_relu(1.0, slope=0.1),
            "leaky_relu() got an unexpected keyword argument 'slope'",
        ),
        (
            lambda: activations.threshold(1.0, 0.5, -1.0, False, 3),
            "threshold() takes from 3 to 4 positional arguments but 5 were given",
        ),
        (
            lambda: activations.softplus([1.0], 2.0, beta=3.0),
            "softplus() got multiple values for argument 'beta'",
        ),
        (
            lambda: activations.threshold(1.0),
            "threshold() missing 2 required positional arguments: 'threshold' and 'value'",
        ),
        (
            lambda: activations.prelu([1.0]),
            "prelu() missing 1 required positional argument: 'weight'",
        ),
        (
            lambda: activations.relu_([1.0], inplace=False),
            "relu_() got an unexpected keyword argument 'inplace'",
        ),
    ]:
        with pytest.raises(TypeError) as raised:
            call()
        assert str(raised.value) == message


# --- derivatives -----------------------------------------------------------------

GRID = [i / 8.0 for i in range(-48, 49)] + [-20.0, -9.5, 11.25, 25.0]


@pytest.mark.parametrize("name", ELEMENTWISE_VALUES)
def test_derivative_matches_a_central_difference(name):
    value = with_required_arguments(getattr(activations, name))
    derivative = with_required_arguments(getattr(activations, name + "_derivative"))
    checked = 0
    for x in GRID:
        step = 1e-6 * max(1.0, abs(x))
        if any(abs(x - kink) <= 2 * step for kink in KINKS.get(name, [])):
            continue
        estimate = (value(x + step) - value(x - step)) / (2 * step)
        assert derivative(x) == pytest.approx(estimate, rel=1e-6, abs=1e-9), x
        checked += 1
    assert checked >= len(GRID) - len(KINKS.get(name, []))


@pytest.mark.parametrize("function", FUNCTIONS, ids=ids)
def test_declared_parameters_are_the_scalar_functions_own(function):
    """The mechanism calls the scalar function with its own defaults: they must be the same."""
    lifted = LIFTED[getattr(activations, function.__name__)]
    parameters = list(inspect.signature(lifted.scalar).parameters.values())[1:]
    assert [p.name for p in parameters] == [p.name for p in lifted.parameters]
    for parameter, declared in zip(parameters, lifted.parameters):
        if parameter.default is inspect.Parameter.empty:
            assert declared.default is NO_DEFAULT
        else:
            assert parameter.default == declared.default and type(parameter.default) is type(
                declared.default
            )

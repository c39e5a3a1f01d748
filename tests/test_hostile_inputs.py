"""Issue #20's classes of inputs: each reproduction, and the class around it.

Huge exponents, integers that could wrap, nan parameters, random draws, NumPy's text and
0-d arrays, NumPy integers as dim, values with only __index__.  NumPy's cases are skipped
where it is not installed (CI runs them once with NumPy).
"""

import math
import random
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction

import pytest
from test_cli import ENVIRONMENT

import activations as act

from catalogue import RANDOM, ROWWISE

nan, inf = math.nan, math.inf
try:
    import numpy
except ImportError:
    numpy = None
needs_numpy = pytest.mark.skipif(numpy is None, reason="NumPy is not installed")
REQUIRED = {"threshold": (0.5, -1.0), "prelu": (0.25,)}


def arguments(name):
    return REQUIRED.get(name.replace("_derivative", "").rstrip("_"), ())


# --- 1. a short input that hangs ---------------------------------------------------------

# The hang itself, for every function and every class of huge input: tests/test_hardening.py.


def test_huge_decimals_give_the_limits():
    # In a child process too, so that a regression hangs no test run.
    code = (
        "import activations as act\nfrom decimal import Decimal\n"
        # Beyond the decimal module's own default range: its arithmetic refuses to negate them.
        "big, low = Decimal('1e100000000'), Decimal('-1e100000000')\n"
        "print([act.sigmoid(big), act.sigmoid(low), act.tanh(low), act.gelu(low)])\n"
        "print([act.sigmoid(Decimal('1e-100000000')), act.elu(0.0, alpha=big)])\n"
        "print([act.leaky_relu(low, 0.5), act.leaky_relu(-1.0, big), act.softplus(big)])\n"
        "print([act.softmax([big, 0]), act.relu(low), act.relu(big) is big])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=ENVIRONMENT, timeout=120
    )
    assert done.stdout.splitlines() == [
        "[1.0, 0.0, -1.0, -0.0]",
        "[0.5, 0.0]",  # elu(0.0, alpha=10**100000000) is 0.0, not inf * 0
        "[-inf, -inf, inf]",
        "[[1.0, 0.0], Decimal('0'), True]",
    ], done.stderr


# --- 2 and 9. integers that wrap, and values with only __index__ --------------------------


class Index:
    """An integer with __index__ alone: no __float__, no arithmetic."""

    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


def test_a_value_with_only_index_is_the_integer_it_stands_for():
    assert act.relu(Index(-3)) == 0 and type(act.relu(Index(5))) is int
    assert act.leaky_relu([Index(-100)], 3) == [-300] and act.sigmoid(Index(0)) == 0.5
    assert act.softmax([Index(0), Index(0)]) == [0.5, 0.5]
    assert act.leaky_relu(-2.0, Index(3)) == -6.0


def test_a_value_with_neither_float_nor_index_is_no_number():
    class Nothing:
        pass

    with pytest.raises(TypeError, match=r"relu: x is <.*Nothing object at .*> \(Nothing\)"):
        act.relu(Nothing())


@needs_numpy
@pytest.mark.parametrize("kind", ["int8", "int16", "int32", "int64", "uint8"])
def test_numpy_integers_compute_as_python_ints(kind):
    cast = getattr(numpy, kind)
    low = numpy.iinfo(kind).min
    for call, expected in [
        (lambda: act.leaky_relu(cast(low), 3), low * 3),
        (lambda: act.leaky_relu([cast(low)], cast(3)), [low * 3]),
        (lambda: act.hardtanh(cast(low), 2 * low, 0), low),
        (lambda: act.prelu([[cast(low), cast(5)]], [3, 2]), [[low * 3, 5]]),
        (lambda: act.threshold(cast(low), 0, cast(low)), low),
        (lambda: act.relu(cast(7)), 7),
    ]:
        result = call()
        assert result == expected
        assert type(result if type(result) is not list else _first(result)) is int


def _first(nested):
    while type(nested) is list:
        nested = nested[0]
    return nested


@needs_numpy
def test_the_reported_wraps():
    assert act.leaky_relu(numpy.int8(-100), 3) == -300
    assert act.leaky_relu(numpy.int64(-(2**62)), 4) == -(2**64)
    assert act.prelu([[numpy.int16(-20000), 5]], [3, 2]) == [[-60000, 5]]


# --- 3. glu's tails (the gated family shares them: tests/test_torch_values.py) ---------------


def test_glu_keeps_its_digits_in_both_tails():
    assert act.glu_derivative([1e300, 720.0]) == [[1.0, 2.0322308024242934e-13]]
    assert act.glu_derivative([1e308, 800.0])[0][1] == pytest.approx(3.667874584177687e-40, 1e-15)
    assert act.glu_derivative([inf, 800.0]) == [[1.0, inf]]
    assert act.glu([inf, -3000.0]) == [inf] and act.glu([inf, -1000.0]) == [inf]
    assert act.glu([1.0, -3000.0]) == [0.0] and act.glu([-1.0, -3000.0]) == [-0.0]
    # b below -708, and subnormal results: within 4 ulp of the exact a * exp(b)
    for a, b in [(1.0, -740.0), (1e300, -1400.0), (3.0, -745.0)]:
        exact = a * math.exp(b + 0.0) if b > -745 else None
        if exact is not None:
            assert abs(act.glu([a, b])[0] - exact) <= 4 * 5e-324


# --- 4. a nan parameter and the derivative's branch ---------------------------------------

# Each function with comparisons against its parameters: (name, parameters) on a grid.
BRANCHING = [
    ("threshold", [(0.5, 3.0), (nan, 3.0), (0.5, nan), (-inf, 1.0), (inf, 1.0)]),
    ("hardtanh", [(-1.0, 1.0), (nan, 1.0), (-1.0, nan), (nan, nan), (-inf, inf)]),
    ("leaky_relu", [(0.01,), (nan,), (-2.0,)]),
    ("rrelu", [(0.1, 0.3), (nan, 0.3), (0.1, nan)]),
    ("prelu", [(0.25,), (nan,)]),
    ("softshrink", [(0.5,), (nan,), (0.0,)]),
    ("hardshrink", [(0.5,), (nan,), (0.0,)]),
]
GRID = [-2.0, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 2.0, 3.0, inf, -inf]


@pytest.mark.parametrize("name, parameter_sets", BRANCHING)
def test_the_derivative_agrees_with_the_functions_own_branch(name, parameter_sets):
    function, derivative = getattr(act, name), getattr(act, name + "_derivative")
    for parameters in parameter_sets:
        assert math.isnan(derivative(nan, *parameters))
        for x in GRID:
            value, slope = function(x, *parameters), derivative(x, *parameters)
            passes = value is x or (value == x and math.copysign(1, value) == math.copysign(1, x))
            # where x is 0, infinite or a parameter, a slope times x can equal x by chance
            at_kink = x in (0.0, inf, -inf) or any(x == p or x == -p for p in parameters)
            if passes and not at_kink:
                assert slope == 1.0, (name, x, parameters, value, slope)
            elif not passes and not at_kink and name in ("threshold", "hardtanh"):
                assert slope == 0.0, (name, x, parameters, value, slope)


def test_the_reported_nan_parameters():
    assert act.threshold(2.0, nan, 3.0) == 2.0 and act.threshold_derivative(0.0, nan, 3.0) == 1.0
    assert act.hardtanh_derivative(0.0, nan, 1.0) == 1.0
    assert act.hardtanh_derivative(0.0, -1.0, nan) == 1.0
    assert act.hardtanh_derivative([-1.0, 1.0], -1.0, 1.0) == [0.0, 0.0]  # 0 at the ends


# --- 5. one draw per element --------------------------------------------------------------


def test_rrelu_draws_once_per_element_in_order_whatever_the_path():
    def drawn(x, **keywords):
        random.seed(0)
        return act.rrelu(x, training=True, **keywords)

    plain = drawn([-1.0, -2.0, 3.0, -4.0])
    assert drawn(Decimal(-1)) == drawn(-1.0) == drawn(-1) == drawn(Fraction(-1))
    assert drawn([Decimal(-1), (-2.0,), 3, [-4.0]]) == [plain[0], [plain[1]], 3.0, [plain[3]]]
    assert drawn([-(10**400), -2.0]) == [-inf, plain[1]]
    x = [-1.0, (-2.0,)]
    with pytest.raises(TypeError):
        act.rrelu_(x, training=True)  # a tuple cannot be written into: refused before drawing
    assert x == [-1.0, (-2.0,)]
    random.seed(0)
    y = [-1.0, [-2.0], 3.0, [-4.0]]
    assert act.rrelu_(y, training=True) == [plain[0], [plain[1]], 3.0, [plain[3]]]


# --- 6, 7 and 8. NumPy's text, scalars and 0-d arrays, and NumPy integers as dim -------------


@needs_numpy
@pytest.mark.parametrize("name", sorted(ROWWISE - RANDOM))
def test_row_functions_name_numpy_text_as_relu_does(name):
    for text in [numpy.str_("q"), numpy.bytes_(b"q")]:
        shown = "%r (%s)" % (text, type(text).__name__)
        with pytest.raises(TypeError) as raised:
            getattr(act, name)([1.0, text])
        assert str(raised.value) == "%s: element [1] is %s, expected a real number" % (name, shown)
        with pytest.raises(TypeError) as raised:
            act.relu([1.0, text])
        assert str(raised.value) == "relu: element [1] is %s, expected a real number" % shown


@needs_numpy
def test_inplace_takes_what_the_plain_call_takes():
    for x in ([1.0, numpy.array(-1.0)], [numpy.float64(-2.0), [numpy.array(3.0)]]):
        expected = act.relu(x)
        assert act.relu(x, inplace=True) is x and x == expected
    z = [1.0, numpy.complex128(1)]
    with pytest.raises(TypeError) as raised:
        act.relu(z, inplace=True)
    assert str(raised.value) == (
        "relu: element [1] is np.complex128(1+0j) (complex128), expected a real number"
    )
    assert z == [1.0, numpy.complex128(1)]


@needs_numpy
@pytest.mark.parametrize("name", ["softmax", "log_softmax", "logsumexp", "glu", "swiglu"])
def test_a_numpy_integer_is_a_dim(name):
    x = [[1.0, 2.0], [3.0, 5.0]]
    function = getattr(act, name)
    for dim in [numpy.int64(0), numpy.int32(-1), numpy.uint8(1), Index(0)]:
        assert function(x, dim=dim) == function(x, dim=int(dim.__index__()))
    with pytest.raises(TypeError, match="dim is True"):
        function(x, dim=True)


# --- Also: a list that contains itself -------------------------------------------------------


@pytest.mark.parametrize("name", ["relu", "softmax"])
def test_a_list_that_contains_itself_is_a_value_error_where_it_is_read_as_nested(name):
    x = []
    x.append(x)
    with pytest.raises(ValueError, match="nests deeper than 32 levels"):
        getattr(act, name)(x)

"""Seeded properties over random inputs from the classes that issue #20's fuzzing targeted.

inplace against the plain call, dim along every axis against a reference that moves the axis
by hand, prelu's channels, rrelu's draws, NumPy scalars and arrays, Decimal and Fraction
inputs, and numbers far beyond the floats.  Each property runs EXAMPLES random examples from
a fixed seed, so a failure is repeatable; CI runs the default, a few seconds in all.  Set
ACTIVATIONS_PROPERTY_EXAMPLES to run more by hand, e.g. 2000 as the fuzzing did.
"""

import inspect
import math
import os
import random
from decimal import Decimal, localcontext
from fractions import Fraction

import pytest

import activations as act

from cases import same
from catalogue import FUNCTIONS, PIECEWISE, RANDOM, TAKES_INPLACE
from catalogue import ROWWISE as ALL_ROWWISE
from reference import CONTEXT

EXAMPLES = int(os.environ.get("ACTIVATIONS_PROPERTY_EXAMPLES", "20"))
inf, nan = math.inf, math.nan
# Not the in-place forms (relu with inplace=True, tested as such) nor the random gumbel_softmax.
NAMES = [name for name in FUNCTIONS if name not in RANDOM]
ROWWISE = ALL_ROWWISE - RANDOM
ELEMENTWISE = [name for name in NAMES if name not in ROWWISE]
INPLACE = [name for name in TAKES_INPLACE if name not in RANDOM]
# Random valid values for each parameter (floats only where a property compares with floats).
CHOICES = {
    "negative_slope": [0.01, 0.5, -1.0, 3.0],
    "weight": [0.25, -1.0, 2.0],
    "alpha": [0.5, 1.0, 2.0],
    "beta": [0.5, 1.0, 2.0, -1.0],
    "threshold": [-1.0, 0.5, 3.0],
    "value": [-1.0, 0.0, 7.0],
    "lambd": [0.0, 0.5, 2.0],
    "min_val": [-1.0, -2.5],
    "max_val": [1.0, 2.5],
    "lower": [0.0, 0.125],
    "upper": [0.25, 1.0],
    "b": [4.0, 1.0, 0.5],
    "approximate": ["none", "tanh"],
}
REQUIRED = {"threshold", "value", "weight"}
BAD = ["a", None, 1j, b"1", object]

try:
    import numpy
except ImportError:
    numpy = None


def rng_for(*labels):
    return random.Random(":".join(str(label) for label in labels))


def parameters_for(rng, name):
    """Random values for name's parameters after x: the required ones, the others half the time."""
    function = getattr(act, name)
    names = list(inspect.signature(function).parameters)[1:]
    chosen = {}
    for parameter in names:
        if parameter in CHOICES and (parameter in REQUIRED or rng.random() < 0.5):
            chosen[parameter] = rng.choice(CHOICES[parameter])
    if name.startswith("softplus") and rng.random() < 0.3:
        chosen["threshold"] = rng.choice([None, 5.0, 20.0])
    return chosen


def random_float(rng):
    kind = rng.random()
    if kind < 0.6:
        return rng.uniform(-10.0, 10.0)
    if kind < 0.8:
        return rng.choice([-1.0, 1.0]) * 10.0 ** rng.uniform(-320.0, 308.0)
    return rng.choice([0.0, -0.0, 5e-324, -5e-324, 1e308, -1e308, inf, -inf, nan, 750.0, -750.0])


def random_real(rng):
    """A real number of any of the types the package takes, NumPy's when it is there."""
    kinds = [
        random_float,
        lambda r: r.randint(-20, 20),
        lambda r: r.choice([10**400, -(10**400), True, False]),
        lambda r: Fraction(r.randint(-50, 50), r.randint(1, 12)),
        lambda r: Decimal(repr(r.uniform(-10.0, 10.0))),
        lambda r: r.choice([Decimal("1e400"), Decimal("-1e-400"), Decimal("NaN")]),
    ]
    if numpy is not None:
        kinds += [
            lambda r: numpy.float64(r.uniform(-10.0, 10.0)),
            lambda r: numpy.float32(r.uniform(-10.0, 10.0)),
            lambda r: getattr(numpy, r.choice(["int8", "int16", "int64"]))(r.randint(-100, 100)),
            lambda r: numpy.array(r.uniform(-10.0, 10.0)),
        ]
    return rng.choice(kinds)(rng)


def random_nested(rng, depth, make, bad_chance=0.0):
    """A list of up to five items, each a list again (while depth lasts) or make(rng)."""
    items = []
    for _ in range(rng.randint(0, 5)):
        if depth > 0 and rng.random() < 0.3:
            items.append(random_nested(rng, depth - 1, make, bad_chance))
        elif rng.random() < bad_chance:
            items.append(rng.choice(BAD))
        else:
            items.append(make(rng))
    return items


def outcome(call):
    """What call() gives: ("value", result), or ("error", type name, message)."""
    try:
        return ("value", call())
    except Exception as error:
        return ("error", type(error).__name__, str(error))


def copied(x):
    """x's lists copied, the objects inside them the same ones."""
    if type(x) is list:
        return [copied(item) for item in x]
    return x


def identical(x, y):
    if type(x) is list:
        return type(y) is list and len(x) == len(y) and all(map(identical, x, y))
    return x is y


def same_value(result, expected):
    """Equal as numbers, nan equal to nan, whatever the types (a zero's sign aside)."""
    if type(expected) is list:
        return (
            type(result) is list
            and len(result) == len(expected)
            and all(map(same_value, result, expected))
        )
    if expected != expected:
        return result != result
    return result == expected


@pytest.mark.parametrize("name", INPLACE)
def test_inplace_gives_the_plain_result_or_the_plain_error_and_leaves_x_alone(name):
    function = getattr(act, name)
    rng = rng_for("inplace", name)
    for _ in range(EXAMPLES):
        x = random_nested(rng, 3, random_real, bad_chance=0.05)
        parameters = parameters_for(rng, name)
        plain = outcome(lambda: function(copied(x), **parameters))
        before = copied(x)
        result = outcome(lambda: function(x, inplace=True, **parameters))
        if plain[0] == "error":
            assert result == plain, before
            assert identical(x, before), "x changed although the call refused it"
        else:
            assert result[0] == "value" and result[1] is x, (before, result)
            assert same(x, plain[1]), (before, x, plain[1])


# dim along every axis, against a reference that moves the axis by hand.


def shape_of(x):
    shape = []
    while type(x) is list:
        shape.append(len(x))
        x = x[0]
    return shape


def at(x, index):
    for i in index:
        x = x[i]
    return x


def indices(shape):
    if not shape:
        return [()]
    return [(i,) + rest for i in range(shape[0]) for rest in indices(shape[1:])]


def build(shape, value_at):
    """Nested lists of shape whose item at index is value_at(index)."""
    if not shape:
        return value_at(())
    return [build(shape[1:], lambda rest, i=i: value_at((i,) + rest)) for i in range(shape[0])]


def by_hand(name, x, axis, keepdim=False):
    """name along axis of x: each row taken out by hand and given to name as a flat list."""
    function = getattr(act, name)
    shape = shape_of(x)
    others = shape[:axis] + shape[axis + 1 :]

    def row_at(other):
        return [at(x, other[:axis] + (k,) + other[axis:]) for k in range(shape[axis])]

    results = {other: function(row_at(other)) for other in indices(others)}
    if name.endswith("_derivative") and name != "logsumexp_derivative":  # Jacobians
        return build(others, lambda other: results[other])
    if name == "logsumexp":
        if keepdim:
            return build(
                shape[:axis] + [1] + shape[axis + 1 :], lambda i: results[i[:axis] + i[axis + 1 :]]
            )
        return build(others, lambda other: results[other])
    length = len(next(iter(results.values())))
    return build(
        shape[:axis] + [length] + shape[axis + 1 :],
        lambda i: results[i[:axis] + i[axis + 1 :]][i[axis]],
    )


@pytest.mark.parametrize("name", sorted(ROWWISE))
def test_every_axis_gives_what_moving_it_by_hand_gives(name):
    function = getattr(act, name)
    rng = rng_for("dim", name)
    for _ in range(EXAMPLES):
        shape = [rng.randint(1, 4) for _ in range(rng.randint(1, 4))]
        axis = rng.randrange(len(shape))
        if "glu" in name:  # glu and its variants split the axis in halves
            shape[axis] = 2 * rng.randint(1, 2)
        x = build(shape, lambda index: rng.uniform(-20.0, 20.0))
        for dim in (axis, axis - len(shape)):
            assert same(function(x, dim=dim), by_hand(name, x, axis)), (shape, dim)
            if name == "logsumexp":
                assert same(function(x, dim=dim, keepdim=True), by_hand(name, x, axis, True))


@pytest.mark.parametrize("name", ["prelu", "prelu_derivative"])
def test_each_channel_takes_its_own_weight(name):
    function = getattr(act, name)
    rng = rng_for("prelu", name)
    make = rng.choice(
        [random_float, lambda r: r.randint(-9, 9), lambda r: Fraction(r.randint(-9, 9), 4)]
    )
    for _ in range(EXAMPLES):
        channels = rng.randint(2, 4)
        weight = [rng.choice([0.25, -1.0, 2, Fraction(1, 3)]) for _ in range(channels)]
        if rng.random() < 0.3:  # a flat list: its items are the channels (the extension)
            x = [make(rng) for _ in range(channels)]
            expected = [function(v, w) for v, w in zip(x, weight)]
        else:
            shape = [rng.randint(1, 3), channels] + [
                rng.randint(1, 3) for _ in range(rng.randint(0, 2))
            ]
            x = build(shape, lambda index: make(rng))
            expected = build(shape, lambda index: function(at(x, index), weight[index[1]]))
        assert same(function(x, weight), expected), (x, weight)
        assert same(function(x, weight[:1]), function(x, weight[0]))


def drawn(x, lower, upper):
    """rrelu with training=True by hand: one uniform(lower, upper) per negative element, in
    order, depth first; the others as they are."""
    if isinstance(x, (list, tuple)):
        return [drawn(item, lower, upper) for item in x]
    if x == x and x >= 0:  # exactly, in x's own type; nan takes the slope, as x >= 0 fails
        return x
    slope = random.uniform(lower, upper)
    try:
        return slope * float(x)
    except OverflowError:
        return -inf


def test_rrelu_draws_one_slope_per_negative_element_in_order():
    rng = rng_for("rrelu")

    def element(r):
        value = random_real(r)
        return tuple(random_nested(r, 0, random_real)) if r.random() < 0.1 else value

    for example in range(EXAMPLES):
        x = random_nested(rng, 3, element)
        if numpy is not None:  # numpy arrays' tolist() gives their numbers as Python's
            x = [item.tolist() if hasattr(item, "ndim") else item for item in x]
        lower, upper = rng.choice([(0.125, 1 / 3), (0.0, 0.5), (0.3, 0.3)])
        random.seed(example)
        result = act.rrelu(x, lower, upper, training=True)
        after = random.getstate()
        random.seed(example)
        expected = drawn(x, lower, upper)
        assert random.getstate() == after, "a different number of draws for %r" % (x,)
        assert same_value(result, expected), x


@pytest.mark.skipif(numpy is None, reason="NumPy is not installed")
@pytest.mark.parametrize("name", NAMES)
def test_numpy_scalars_and_arrays_give_what_python_numbers_give(name):
    function = getattr(act, name)
    rng = rng_for("numpy", name)
    integer_kinds = ["int8", "int16", "int32", "int64", "uint8", "uint64"]
    for _ in range(EXAMPLES):
        parameters = parameters_for(rng, name)
        if name in ROWWISE:
            row = [rng.uniform(-10.0, 10.0) for _ in range(2 * rng.randint(1, 3))]
            kind = rng.choice(["float64", "float32"])
            array = numpy.array(row, dtype=kind)
            assert same(function(array), function(array.tolist()))
            assert same(function(list(array)), function(array.tolist()))
            continue
        kind = rng.choice(integer_kinds)
        limits = numpy.iinfo(kind)
        value = rng.randint(int(limits.min), int(limits.max))
        # An integer computes as the Python int it stands for (issue #20, items 2 and 9).
        assert same(
            function(getattr(numpy, kind)(value), **parameters), function(value, **parameters)
        )
        v = rng.uniform(-10.0, 10.0)
        scalars = [numpy.float64(v), numpy.array(v)]
        if name not in PIECEWISE:  # which compute a float32 in float32, its own type
            scalars.append(numpy.float32(v))
        for scalar in scalars:
            assert same_value(function(scalar, **parameters), function(float(scalar), **parameters))
        nested = [[rng.uniform(-10.0, 10.0) for _ in range(3)] for _ in range(2)]
        assert same(function(numpy.array(nested), **parameters), function(nested, **parameters))


@pytest.mark.parametrize("name", NAMES)
def test_decimal_and_fraction_inputs_give_the_float_inputs_results(name):
    # Decimal(v) and Fraction(v) are v exactly: the smooth functions give the same float, and
    # the piecewise ones the same value in their own type.
    function = getattr(act, name)
    rng = rng_for("exact", name)
    for _ in range(EXAMPLES):
        parameters = parameters_for(rng, name)
        if name in ROWWISE:
            row = [rng.uniform(-30.0, 30.0) for _ in range(2 * rng.randint(1, 3))]
            for kind in (Decimal, Fraction):
                assert same(function([kind(v) for v in row]), function(row))
            continue
        v = random_float(rng)
        for kind in (Decimal, Fraction):
            if kind is Fraction and (v != v or v in (inf, -inf)):
                continue  # no Fraction for those
            x = kind(v)
            expected = function(float(x), **parameters)  # v, but +0.0 for Fraction(-0.0)
            result = function(x, **parameters)
            if name in PIECEWISE:
                assert same_value(result, expected), (x, parameters, result, expected)
            else:
                assert same(result, expected), (x, parameters, result, expected)


def decimal_power(rng, low, high):
    """A Decimal m * 10**e with m in [1, 10) and e in [low, high], of either sign."""
    mantissa = Decimal(repr(rng.uniform(1.0, 9.99)))
    text = "%se%d" % (mantissa, rng.randint(low, high))
    return Decimal(text) if rng.random() < 0.5 else Decimal("-" + text)


@pytest.mark.parametrize("name", NAMES)
def test_numbers_far_beyond_the_floats_give_the_value_of_their_class(name):
    # Every x beyond 1e400 (or within 1e-400 of 0) rounds every function to what x = +-1e400
    # (or +-1e-400) gives, but where the function gives x itself back.
    function = getattr(act, name)
    rng = rng_for("far", name)
    for _ in range(EXAMPLES):
        big = rng.random() < 0.5
        x = decimal_power(rng, 400, 3000) if big else decimal_power(rng, -3000, -400)
        representative = Decimal("%s1e%s400" % ("-" if x < 0 else "", "" if big else "-"))
        if name in ROWWISE:
            assert same(
                function([x, 1.0, x, 2.0]), function([representative, 1.0, representative, 2.0])
            )
            continue
        required = {"threshold": 0.5, "value": 0.0, "weight": 0.25}
        arguments = {
            k: v for k, v in required.items() if k in inspect.signature(function).parameters
        }
        expected = function(representative, **arguments)
        result = function(x, **arguments)
        if expected is representative:
            assert result is x
        else:
            assert same(result, expected), (x, result, expected)


def exact_pairs():
    """(name, a function of x and the parameter, its exact value from Decimals, its slope in
    the ratio or product t): functions of x / alpha or x * beta, both beyond the floats."""

    def celu_exact(x, alpha):
        return (x / alpha).exp()

    def softplus_exact(x, beta):
        return 1 / (1 + (-(x * beta)).exp())

    return [
        ("celu_derivative", "alpha", lambda rng: rng.uniform(-3.0, 0.0), celu_exact),
        ("softplus_derivative", "beta", lambda rng: rng.uniform(-3.0, 3.0), softplus_exact),
        # elu's tiny x against a huge alpha is left alone (test_hardening.py says why)
    ]


@pytest.mark.parametrize(
    "name, parameter, make_t, exact", exact_pairs(), ids=[pair[0] for pair in exact_pairs()]
)
def test_numbers_beyond_the_floats_keep_their_ratio_to_a_parameter(name, parameter, make_t, exact):
    # x and the parameter both beyond the floats, their ratio (or product) t an ordinary number:
    # within the README's bound, 4 ulp of the result plus what 4 ulp of t would change.
    function = getattr(act, name)
    rng = rng_for("ratio", name)
    for _ in range(EXAMPLES):
        exponent = rng.randint(400, 3000)
        t = Decimal(repr(make_t(rng)))
        with localcontext(CONTEXT):
            scale = Decimal("1e%d" % exponent)
            if name == "celu_derivative":
                x, value = t * scale, scale  # x / alpha = t
            elif name == "softplus_derivative":
                x, value = t / scale, scale  # x * beta = t
            else:
                x, value = -1 / scale, -t * scale  # alpha * x = t, x a tiny negative
            expected = exact(x, value)
            step = abs(exact(x * (1 + Decimal("1e-15")), value) - expected)
        result = function(x, **{parameter: value})
        allowed = 4 * _ulp(float(expected)) + 4 * float(step)
        assert abs(Decimal(result) - expected) <= Decimal(allowed), (
            x,
            value,
            result,
            float(expected),
        )


def _ulp(x):
    x = abs(x)
    if x == 0.0:
        return 5e-324
    return math.ldexp(1.0, max(math.frexp(x)[1] - 53, -1074))

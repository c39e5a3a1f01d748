"""Properties over random inputs, of the classes the fuzzing of issue #20 targeted.

Seeded, so that a failure repeats; ACTIVATIONS_PROPERTY_EXAMPLES sets how many examples each
property draws (a few dozen by default, for CI; thousands by hand, as a fuzzing run).
"""

import copy
import math
import os
import random
from decimal import Decimal
from fractions import Fraction

import pytest

import activations as act

from cases import same
from catalogue import ELEMENTWISE, RANDOM, ROWWISE

EXAMPLES = int(os.environ.get("ACTIVATIONS_PROPERTY_EXAMPLES", "40"))
try:
    import numpy
except ImportError:
    numpy = None
INPLACE = [name for name in ELEMENTWISE if "inplace" in act.__dict__[name].__code__.co_varnames]
PARAMETERS = {"threshold": (0.5, -1.0), "prelu": (0.25,), "rrelu": (), "hardtanh": (-2.0, 2.0)}


def number(rng):
    return rng.choice(
        [
            rng.uniform(-10.0, 10.0),
            rng.uniform(-800.0, 800.0),
            math.copysign(10.0 ** rng.uniform(-320, 308), rng.random() - 0.5),
            rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324]),
            rng.randint(-5, 5),
        ]
    )


def nested(rng, depth):
    if depth == 0 or rng.random() < 0.3:
        return number(rng)
    return [nested(rng, depth - 1) for _ in range(rng.randint(0, 4))]


def table(rng, shape):
    if not shape:
        return number(rng)
    return [table(rng, shape[1:]) for _ in range(shape[0])]


def arguments(name):
    return PARAMETERS.get(name.replace("_derivative", ""), ())


@pytest.mark.parametrize("name", INPLACE)
def test_inplace_writes_what_the_plain_call_returns_and_nothing_on_error(name):
    rng = random.Random(name)
    function = getattr(act, name)
    for _ in range(EXAMPLES):
        x = [nested(rng, 3) for _ in range(rng.randint(1, 4))]
        expected = function(copy.deepcopy(x), *arguments(name))
        assert same(function(x, *arguments(name), inplace=True), expected)
        assert same(x, expected)
        spoilt = copy.deepcopy(x) + [[1.0, "bad"]]
        before = copy.deepcopy(spoilt)
        with pytest.raises(TypeError):
            function(spoilt, *arguments(name), inplace=True)
        assert same(spoilt, before)


def lines_along(x, shape, axis):
    """Each line of a table along axis, keyed by its index on the other axes."""
    others = [range(n) for i, n in enumerate(shape) if i != axis]
    indexes = [[]]
    for axis_range in others:
        indexes = [index + [i] for index in indexes for i in axis_range]
    lines = {}
    for index in indexes:
        line = []
        for k in range(shape[axis]):
            at = index[:axis] + [k] + index[axis:]
            value = x
            for i in at:
                value = value[i]
            line.append(value)
        lines[tuple(index)] = line
    return lines


@pytest.mark.parametrize("name", sorted(ROWWISE - RANDOM))
def test_row_functions_along_any_axis_are_their_rows_moved_last(name):
    rng = random.Random(name)
    function = getattr(act, name)
    for _ in range(EXAMPLES // 4 + 1):
        shape = [rng.randint(1, 3) * 2 for _ in range(rng.randint(1, 3))]
        x = table(rng, shape)
        for axis in range(len(shape)):
            result = function(x, dim=axis - len(shape) if rng.random() < 0.5 else axis)
            for index, line in lines_along(x, shape, axis).items():
                expected = function(line)
                if act._lift.LIFTED[function].result in ("matrix", "number"):  # the axis goes
                    got = result
                    for i in index:
                        got = got[i]
                else:  # the result keeps the axis where it was
                    got_shape = list(shape)
                    got_shape[axis] = len(expected)
                    got = lines_along(result, got_shape, axis)[index]
                assert same(got, expected), (name, shape, axis, index)


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_exact_and_numpy_types_give_what_the_nearest_float_gives(name):
    rng = random.Random(name)
    function = getattr(act, name)
    kinds = [Fraction, Decimal]  # the float's exact value
    if numpy is not None:
        kinds += [numpy.float64, lambda v: numpy.array(v)]
    for _ in range(EXAMPLES):
        x = rng.uniform(-50.0, 50.0) if rng.random() < 0.8 else float(rng.randint(-9, 9))
        expected = function(x, *arguments(name))
        for kind in kinds:
            # computed exactly in the input's own type (relu) and then rounded, or in floats
            result = float(function(kind(x), *arguments(name)))
            assert result == expected or result != result and expected != expected, (
                name,
                x,
                kind,
                result,
                expected,
            )


def test_rrelu_draws_once_per_element_in_order_on_random_nestings():
    rng = random.Random(20)
    for _ in range(EXAMPLES):
        values = [-rng.uniform(0.1, 5.0) for _ in range(rng.randint(1, 6))]
        kinds = [lambda v: v, Fraction, lambda v: Decimal(repr(v)), lambda v: [v], lambda v: (v,)]
        mixed = [rng.choice(kinds)(v) for v in values]
        random.seed(1)
        expected = act.rrelu(values, training=True)
        random.seed(1)
        result = act.rrelu(mixed, training=True)
        flat = [r[0] if type(r) is list else r for r in result]
        assert flat == expected

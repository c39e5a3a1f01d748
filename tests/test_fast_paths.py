"""The fast paths (a whole flat list through the kernel at once) agree with the slow ones.

A model walks random nested inputs element by element, calling each
function on single numbers only, and predicts the exact result or the
exact error (the first bad element, depth first); the real call on the
whole input must match it.
"""

import inspect
import math
import random
from decimal import Decimal
from fractions import Fraction

import pytest

import activations
from activations._reals import describe, is_real

from cases import same
from catalogue import ELEMENTWISE

FUNCTIONS = [getattr(activations, name) for name in ELEMENTWISE]
# Valid values for each parameter: required ones are always given, the others half of the time.
CHOICES = {
    "negative_slope": [0.01, 0.5, -1, 3, Fraction(1, 3)],
    "alpha": [0.5, 1.0, 2, Fraction(3, 2)],
    "beta": [0.5, 1.0, 2, -1],
    "lambd": [0, 0.5, 2, Fraction(1, 3)],
    "min_val": [-1.0, -2, Fraction(-1, 2)],
    "max_val": [1.0, 2, Fraction(1, 2)],
    "threshold": [-1, 0.5, Fraction(1, 3)],
    "value": [-1.0, 0, 7],
    "approximate": ["none", "tanh"],
    "weight": [0.25, -1, Fraction(1, 2), [0.5]],
    "lower": [0.1, 0, Fraction(1, 8)],
    "upper": [0.4, 1, Fraction(1, 3)],
    "training": [False],
    "b": [4.0, 0, 1, Fraction(1, 2)],
}
NUMBERS = [
    lambda rng: rng.uniform(-10.0, 10.0),
    lambda rng: rng.uniform(-1000.0, 1000.0),
    lambda rng: rng.choice(
        [0.0, -0.0, 5e-324, -5e-324, 1e308, -1e308, math.inf, -math.inf, math.nan]
    ),
    lambda rng: rng.randint(-5, 5),
    lambda rng: rng.choice([10**400, -(10**400), True, False]),
    lambda rng: Fraction(rng.randint(-9, 9), rng.randint(1, 9)),
    lambda rng: rng.choice([Decimal("-2.5"), Decimal("0"), Decimal("1e400"), Decimal("NaN")]),
]
BAD = ["a", "", None, 1j, b"x", {}, {1.0}, object()]
# Random inputs per function, of about 24 elements each, an eighth of them with a bad element
# somewhere.  Twice as many made this file the slowest of the suite, which CI runs on seven
# interpreters.
TRIALS = 200


class Permissive:
    """Says yes to every comparison, but is no number."""

    def __lt__(self, other):
        return True

    __le__ = __gt__ = __ge__ = __lt__


BAD.append(Permissive())
try:
    import numpy
except ImportError:
    numpy = None
else:  # NumPy's scalars and arrays: numbers, containers through tolist(), complex ones refused
    NUMBERS += [
        lambda rng: numpy.float64(rng.uniform(-10.0, 10.0)),
        lambda rng: numpy.float32(rng.uniform(-10.0, 10.0)),
        lambda rng: numpy.int64(rng.randint(-5, 5)),
        lambda rng: numpy.array(rng.uniform(-10.0, 10.0)),
        lambda rng: numpy.array([rng.uniform(-10.0, 10.0)]),
    ]
    BAD += [numpy.complex64(1 + 2j), numpy.complex128(1 - 1j)]


class Bad(Exception):
    def __init__(self, path, value):
        Exception.__init__(self)
        self.path, self.value = path, value


def random_input(rng, depth, bad_chance):
    if depth == 0 or rng.random() < 0.3:
        if rng.random() < bad_chance:
            return rng.choice(BAD)
        return rng.choice(NUMBERS)(rng)
    items = [random_input(rng, depth - 1, bad_chance) for _ in range(rng.randint(0, 6))]
    return items if rng.random() < 0.8 else tuple(items)


def model(function, x, parameters, path=()):
    if is_real(x):
        return function(x, **parameters)
    if hasattr(x, "tolist") and hasattr(x, "__len__"):  # a NumPy array, 0-d ones included
        return model(function, x.tolist(), parameters, path)
    if isinstance(x, (list, tuple)):
        return [model(function, item, parameters, path + (index,)) for index, item in enumerate(x)]
    raise Bad(path, x)


def random_parameters(rng, function):
    """Random valid values for the parameters after x: all of them, or only the required ones."""
    parameters = list(inspect.signature(function).parameters.values())[1:]
    parameters = [p for p in parameters if p.name != "inplace"]  # tested in test_pytorch.py
    everything = rng.random() < 0.5
    return {
        p.name: rng.choice(CHOICES[p.name])
        for p in parameters
        if everything or p.default is inspect.Parameter.empty
    }


def expected_message(name, bad):
    if not bad.path:
        return "%s: x is %s, expected a real number or an iterable of them" % (
            name,
            describe(bad.value),
        )
    where = "".join("[%d]" % index for index in bad.path)
    return "%s: element %s is %s, expected a real number" % (name, where, describe(bad.value))


@pytest.mark.parametrize("function", FUNCTIONS, ids=lambda f: f.__name__)
def test_fast_paths_give_what_the_element_by_element_model_predicts(function):
    rng = random.Random(function.__name__)
    for trial in range(TRIALS):
        x = random_input(rng, depth=4, bad_chance=0.02 if trial % 2 else 0.0)
        parameters = random_parameters(rng, function)
        try:
            expected = model(function, x, parameters)
        except Bad as bad:
            with pytest.raises(TypeError) as raised:
                function(x, **parameters)
            assert str(raised.value) == expected_message(function.__name__, bad)
        else:
            assert same(function(x, **parameters), expected), x


def test_the_random_inputs_hide_bad_elements_deep_down():
    rng = random.Random(1)
    depths = []
    for _ in range(400):
        try:
            model(activations.relu, random_input(rng, 4, 0.02), {})
        except Bad as bad:
            depths.append(len(bad.path))
    assert 20 < len(depths) < 380
    assert max(depths) >= 3

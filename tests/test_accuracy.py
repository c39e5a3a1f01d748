"""Accuracy against a 50-digit reference over the whole double range."""

import pytest

import activations
from reference import REFERENCES, is_normal_result, reference, sample, ulp_error

# Worst error allowed, in units in the last place of the correctly rounded result.
# EXACT allows only the reference's own rounding at 50 digits.
EXACT = 1e-30
LIMITS = {
    "relu": EXACT,
    "relu_derivative": EXACT,
    "leaky_relu": 0.5,  # one correctly rounded product
    "leaky_relu_derivative": EXACT,
    "sigmoid": 2.0,
    "tanh": 2.0,
    "sigmoid_derivative": 4.0,
    "tanh_derivative": 4.0,
}
POINTS = sample(3000)


def test_every_function_has_a_limit_and_a_reference():
    assert sorted(LIMITS) == sorted(REFERENCES) == sorted(activations.__all__)


@pytest.mark.parametrize("name", sorted(LIMITS))
def test_worst_error_in_ulps(name):
    results = getattr(activations, name)(POINTS)
    worst, worst_x, checked = 0.0, None, 0
    for x, result in zip(POINTS, results):
        exact = reference(name, x)
        if not is_normal_result(exact):
            continue
        checked += 1
        error = ulp_error(result, exact)
        if error > worst:
            worst, worst_x = error, x
    assert checked > 1000
    assert worst <= LIMITS[name], "%s is %.3g ulp off at x = %r" % (name, worst, worst_x)


def test_reference_is_trustworthy():
    # Known values, to 16 digits, of the formulas the references compute.
    assert float(reference("sigmoid", 1.0)) == 0.7310585786300049
    assert float(reference("tanh", 1e-300)) == 1e-300
    assert float(reference("tanh", 0.5)) == 0.46211715726000974
    assert float(reference("tanh_derivative", 20.0)) == 1.6993417021166355e-17

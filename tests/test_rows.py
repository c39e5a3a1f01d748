"""softmax and log_softmax over the last axis, and their Jacobians."""

import math
import random
from decimal import Decimal, localcontext
from fractions import Fraction

import pytest

import activations
from activations._lift import MAX_DEPTH

from cases import same
from reference import CONTEXT, _log1p, _ulp

ROWWISE = [
    activations.softmax,
    activations.softmax_derivative,
    activations.log_softmax,
    activations.log_softmax_derivative,
]
nan, inf = math.nan, math.inf


def exact_exps(row):
    """exp(x_i - max(x)) at 50 digits, from the float inputs exactly, and their sum."""
    with localcontext(CONTEXT):
        values = [Decimal(v) for v in row]
        exps = [(v - max(values)).exp() for v in values]
        return exps, sum(exps)


def exact_softmax(row):
    exps, total = exact_exps(row)
    with localcontext(CONTEXT):
        return [e / total for e in exps]


def exact_complements(row):
    """1 - softmax(row)_k at 50 digits, as the others' share, which does not cancel."""
    exps, total = exact_exps(row)
    with localcontext(CONTEXT):
        return [
            sum((e for j, e in enumerate(exps) if j != k), Decimal(0)) / total
            for k in range(len(exps))
        ]


def exact_log_softmax(row):
    """log_softmax at 50 digits; the log of the sum is log1p of the terms but the largest,
    which keeps the largest entry's tiny value where ln(1 + tiny) would round it to 0."""
    with localcontext(CONTEXT):
        values = [Decimal(v) for v in row]
        top = max(values)
        largest = values.index(top)
        rest = sum(
            ((v - top).exp() for index, v in enumerate(values) if index != largest), Decimal(0)
        )
        return [v - top - _log1p(rest) for v in values]


def ulps(result, exact):
    spacing = _ulp(float(exact)) if float(exact) != 0 else 5e-324
    with localcontext(CONTEXT):
        return float(abs(Decimal(result) - exact) / Decimal(spacing))


def test_values_and_the_conventions_of_pytorch():
    assert activations.softmax([1000.0, 0.0]) == [1.0, 0.0]
    assert activations.log_softmax([-1000.0, 0.0, 1000.0]) == [-2000.0, -1000.0, 0.0]
    assert activations.softmax([0, 0]) == [0.5, 0.5]
    assert activations.softmax([-inf, 0.0]) == [0.0, 1.0]
    assert activations.log_softmax([-inf, 0.0]) == [-inf, 0.0]
    for row in [[inf, 1.0], [-inf, -inf], [nan, 0.0], [1.0, inf, -inf]]:
        for function in [activations.softmax, activations.log_softmax]:
            assert all(v != v for v in function(row)), (function.__name__, row)
        assert all(v != v for line in activations.softmax_derivative(row) for v in line)
    # 10**400 is beyond the floats but not infinite: the row is shifted exactly.
    assert activations.softmax([10**400, 0]) == [1.0, 0.0]
    assert activations.log_softmax([10**400, 0]) == [0.0, -inf]
    assert (
        activations.softmax([Decimal("1e400"), 0])
        == activations.softmax([Fraction(10**400), 0])
        == [1.0, 0.0]
    )
    assert activations.log_softmax([Decimal("1e400"), Fraction(0)]) == [0.0, -inf]
    assert activations.softmax([Fraction(1, 2), Decimal("0.5"), True]) == activations.softmax(
        [0.5, 0.5, 1.0]
    )


def within_bound(results, exacts, partials, row):
    """The bound for rows: |error_i| <= 4 ulp(f_i) + 4 sum_k ulp(x_k) |df_i/dx_k|."""
    with localcontext(CONTEXT):
        worst = 0.0
        for i, (result, exact) in enumerate(zip(results, exacts)):
            allowed = 4 * Decimal(_ulp(float(exact))) + 4 * sum(
                Decimal(_ulp(v)) * abs(partials(i, k)) for k, v in enumerate(row)
            )
            worst = max(worst, float(abs(Decimal(result) - exact) / allowed))
        return worst


@pytest.mark.parametrize("seed", range(40))
def test_rows_sum_to_one_and_are_within_the_bound_of_a_50_digit_reference(seed):
    rng = random.Random(seed)
    row = [rng.uniform(-1, 1) * 10 ** rng.uniform(-3, 3) for _ in range(rng.randint(1, 30))]
    probabilities = activations.softmax(row)
    assert abs(math.fsum(probabilities) - 1.0) <= 4 * len(row) * 2**-53
    s, complement = exact_softmax(row), exact_complements(row)
    assert (
        within_bound(
            probabilities, s, lambda i, k: s[i] * (complement[k] if i == k else -s[k]), row
        )
        <= 1.0
    )
    assert (
        within_bound(
            activations.log_softmax(row),
            exact_log_softmax(row),
            lambda i, k: complement[k] if i == k else -s[k],
            row,
        )
        <= 1.0
    )


def test_long_rows_keep_their_accuracy():
    """Thousands of terms, one dominant: the sums must keep what plain summation would lose."""
    rng = random.Random(2026)
    row = [0.0] + [rng.uniform(-45.0, -35.0) for _ in range(3000)]
    probabilities, s = activations.softmax(row), exact_softmax(row)
    assert max(ulps(p, exact) for p, exact in zip(probabilities, s)) <= 4
    assert ulps(activations.log_softmax(row)[0], exact_log_softmax(row)[0]) <= 4


def jacobian_by_central_differences(function, row, step=1e-6):
    columns = []
    for j in range(len(row)):
        up, down = list(row), list(row)
        up[j] += step
        down[j] -= step
        columns.append([(a - b) / (2 * step) for a, b in zip(function(up), function(down))])
    return [[columns[j][i] for j in range(len(row))] for i in range(len(row))]


@pytest.mark.parametrize("name", ["softmax", "log_softmax"])
def test_jacobian_matches_central_differences(name):
    rng = random.Random(name)
    for _ in range(10):
        row = [rng.uniform(-3, 3) for _ in range(rng.randint(1, 6))]
        jacobian = getattr(activations, name + "_derivative")(row)
        estimate = jacobian_by_central_differences(getattr(activations, name), row)
        for computed_row, estimated_row in zip(jacobian, estimate):
            assert computed_row == pytest.approx(estimated_row, rel=1e-6, abs=1e-8)
    assert activations.softmax_derivative([0.0, 0.0]) == [[0.25, -0.25], [-0.25, 0.25]]
    assert activations.log_softmax_derivative([5.0]) == [[0.0]]


def test_jacobian_of_a_dominant_term_keeps_its_accuracy():
    # 1 - s_0 is about 2e-9 here: computed by subtraction it would lose half its digits.
    jacobian = activations.softmax_derivative([20.0, 0.0])
    exact, complement = exact_softmax([20.0, 0.0]), exact_complements([20.0, 0.0])
    with localcontext(CONTEXT):
        assert ulps(jacobian[0][0], exact[0] * complement[0]) <= 4
        assert ulps(activations.log_softmax_derivative([20.0, 0.0])[0][0], complement[0]) <= 4


@pytest.mark.parametrize("function", ROWWISE, ids=lambda f: f.__name__)
def test_lists_of_rows_and_other_iterables(function):
    rows = [[1.0, 2.0], [0.5, -0.5, 3.0]]
    expected = [function(row) for row in rows]
    assert same(function(rows), expected)
    assert same(function((tuple(row) for row in rows)), expected)
    assert same(function([rows, [[7.0]]]), [expected, [function([7.0])]])
    before = [list(row) for row in rows]
    function(rows)
    assert rows == before


@pytest.mark.parametrize("function", ROWWISE, ids=lambda f: f.__name__)
def test_errors_name_the_function_the_value_and_its_position(function):
    name = function.__name__
    cases = [
        (
            3.0,
            ValueError,
            "%s: x is 3.0 (float), expected a row of numbers or a list of rows" % name,
        ),
        ([], ValueError, "%s: x is an empty row, expected at least one number" % name),
        (
            [[1.0], []],
            ValueError,
            "%s: element [1] is an empty row, expected at least one number" % name,
        ),
        (
            "12",
            TypeError,
            "%s: x is '12' (str), expected a real number or an iterable of them" % name,
        ),
        ([1.0, "2"], TypeError, "%s: element [1] is '2' (str), expected a real number" % name),
        (
            [[1.0, None]],
            TypeError,
            "%s: element [0][1] is None (NoneType), expected a real number" % name,
        ),
        (
            [[1.0], 2.0],
            TypeError,
            "%s: element [1] is 2.0 (float), expected a row of numbers" % name,
        ),
        ([1.0, [2.0]], TypeError, "%s: element [1] is [2.0] (list), expected a real number" % name),
        ([1j], TypeError, "%s: element [0] is 1j (complex), expected a real number" % name),
    ]
    for x, error, message in cases:
        with pytest.raises(error) as raised:
            function(x)
        assert str(raised.value) == message
    deep = [1.0]
    for _ in range(MAX_DEPTH):
        deep = [deep]
    with pytest.raises(ValueError):
        function(deep)

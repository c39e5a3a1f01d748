"""PyTorch's call signatures: dim, inplace, softplus's threshold, and the functions added for them.

PyTorch is not a test dependency: expected values are computed here from each function's
definition, at 50 digits with the decimal module, and compared within a few ulp.
"""

import ast
import copy
import itertools
import math
import os
import random
import re
from decimal import Decimal, localcontext

import pytest

import activations as act

from cases import same
from reference import CONTEXT, _ulp

X1 = [0.5, -1.0, 2.0, 0.0]
X2 = [[1.0, 2.0, 3.0, -1.0], [0.5, 0.5, -2.0, 4.0], [3.0, -3.0, 0.0, 1.0]]
X3 = [[[1.0, 2.0], [3.0, -1.0], [0.0, 0.25]], [[-2.0, 4.0], [1.5, 1.5], [8.0, -8.0]]]


def shape_of(x):
    shape = []
    while isinstance(x, list):
        shape.append(len(x))
        x = x[0]
    return tuple(shape)


def at(x, index):
    for i in index:
        x = x[i]
    return x


def lines_along(x, dim):
    """{index of the other axes: the numbers along dim}, by plain index arithmetic."""
    shape = shape_of(x)
    dim %= len(shape)
    others = [range(n) for axis, n in enumerate(shape) if axis != dim]
    lines = {}
    for rest in itertools.product(*others):
        lines[rest] = [at(x, rest[:dim] + (k,) + rest[dim:]) for k in range(shape[dim])]
    return lines, dim


def exact(row, name):
    """The definition of each row function, at 50 digits."""
    with localcontext(CONTEXT):
        v = [Decimal(value) for value in row]
        if name == "softmin":
            v = [-value for value in v]
        top = max(v)
        total = sum((value - top).exp() for value in v)
        if name in ("softmax", "softmin"):
            return [(value - top).exp() / total for value in v]
        if name == "log_softmax":
            return [value - top - total.ln() for value in v]
        if name == "logsumexp":
            return top + total.ln()
        if name == "glu":
            half = len(v) // 2
            return [a / (1 + (-b).exp()) for a, b in zip(v[:half], v[half:])]
    raise AssertionError(name)


def close(result, expected, ulps=4):
    if isinstance(expected, list):
        return len(result) == len(expected) and all(
            close(r, e, ulps) for r, e in zip(result, expected)
        )
    return abs(Decimal(result) - expected) <= ulps * Decimal(
        _ulp(float(expected)) if expected else 5e-324
    )


@pytest.mark.parametrize("name", ["softmax", "log_softmax", "softmin", "glu"])
@pytest.mark.parametrize(
    "x, dims",
    [(X1, [0, -1]), (X2, [0, 1, -1, -2]), (X3, [0, 1, 2, -1, -2, -3])],
    ids=["1-d", "2-d", "3-d"],
)
def test_row_functions_along_every_axis_match_their_definition(name, x, dims):
    function = getattr(act, name)
    for dim in dims:
        lines, axis = lines_along(x, dim)
        if name == "glu" and shape_of(x)[axis] % 2:
            continue
        result = function(x, dim=dim)
        for rest, line in lines.items():
            expected = exact(line, name)
            got = [at(result, rest[:axis] + (k,) + rest[axis:]) for k in range(len(expected))]
            assert close(got, expected), (name, dim, rest, got)
        assert (
            shape_of(result)[:axis] + shape_of(result)[axis + 1 :]
            == tuple(len(r) for r in [[0] * n for n in shape_of(x)])[:axis]
            + shape_of(x)[axis + 1 :]
        )


@pytest.mark.parametrize(
    "x, dims", [(X1, [0, -1]), (X2, [0, 1, -2]), (X3, [0, 1, 2, -3])], ids=["1-d", "2-d", "3-d"]
)
def test_logsumexp_reduces_its_axis_or_keeps_it_with_length_one(x, dims):
    for dim in dims:
        lines, axis = lines_along(x, dim)
        reduced, kept = act.logsumexp(x, dim=dim), act.logsumexp(x, dim, True)
        other = shape_of(x)[:axis] + shape_of(x)[axis + 1 :]
        assert shape_of(reduced) == other
        assert shape_of(kept) == shape_of(x)[:axis] + (1,) + shape_of(x)[axis + 1 :]
        for rest, line in lines.items():
            expected = exact(line, "logsumexp")
            assert close(at(reduced, rest) if rest else reduced, expected)
            assert close(at(kept, rest[:axis] + (0,) + rest[axis:]), expected)


@pytest.mark.parametrize(
    "name, width",
    [("softmax", 1), ("log_softmax", 1), ("softmin", 1), ("sparsemax", 1), ("glu", 2)],
)
def test_jacobians_put_the_axis_last_as_two(name, width):
    derivative = getattr(act, name + "_derivative")
    for dim in [0, 1, 2]:
        n = shape_of(X3)[dim]
        if n % width:
            continue
        result = derivative(X3, dim=dim)
        others = tuple(length for axis, length in enumerate(shape_of(X3)) if axis != dim)
        assert shape_of(result) == others + (n // width, n)
        lines, _ = lines_along(X3, dim)
        for rest, line in lines.items():
            assert same(at(result, rest), derivative(line))


def test_logsumexp_derivative_is_softmax_along_dim():
    assert same(act.logsumexp_derivative(X3, dim=1), act.softmax(X3, dim=1))


def test_the_last_axis_is_the_default():
    for name in [
        "softmax",
        "log_softmax",
        "softmin",
        "sparsemax",
        "glu",
        "logsumexp",
        "softmax_derivative",
    ]:
        function = getattr(act, name)
        assert same(function(X3), function(X3, dim=-1)) and same(function(X3), function(X3, 2))


def test_ragged_lists_and_axes_out_of_range_are_value_errors():
    cases = [
        (
            lambda: act.softmax([[1.0, 2.0], [3.0]], dim=0),
            "softmax: dim 0 needs lists of equal lengths; x starts with shape (2, 2), "
            "but element [1] has 1 items",
        ),
        (
            lambda: act.log_softmax([[1.0, 2.0], 3.0], dim=-2),
            "log_softmax: dim -2 needs lists of equal lengths; x starts with shape (2, 2), "
            "but element [1] is a number",
        ),
        (
            lambda: act.softmin([[1.0, [2.0]], [3.0, 4.0]], dim=0),
            "softmin: dim 0 needs lists of equal lengths; x starts with shape (2, 2), "
            "but element [0][1] is a list",
        ),
        (
            lambda: act.softmax([[1.0, 2.0]], dim=2),
            "softmax: dim 2 is out of range for x of shape (1, 2)",
        ),
        (
            lambda: act.logsumexp(X3, dim=-4),
            "logsumexp: dim -4 is out of range for x of shape (2, 3, 2)",
        ),
        (
            lambda: act.glu([[1.0, 2.0, 3.0]], dim=1),
            "glu: dim 1 has length 3, expected an even length",
        ),
        (
            lambda: act.glu([1.0, 2.0, 3.0]),
            "glu: x has 3 numbers along dim -1, expected an even number",
        ),
    ]
    for call, message in cases:
        with pytest.raises(ValueError) as raised:
            call()
        assert str(raised.value) == message
    with pytest.raises(TypeError) as raised:
        act.softmax(X1, dim=1.0)
    assert str(raised.value) == "softmax: dim is 1.0 (float), expected an integer"
    with pytest.raises(TypeError) as raised:
        act.logsumexp(X1, keepdim="yes")
    assert str(raised.value) == "logsumexp: keepdim is 'yes' (str), expected True or False"


def test_the_last_axis_takes_rows_of_different_lengths():
    assert same(act.softmax([[0.0, 0.0], [5.0]]), [[0.5, 0.5], [1.0]])


INPLACE = [
    "relu",
    "relu6",
    "leaky_relu",
    "elu",
    "selu",
    "celu",
    "silu",
    "mish",
    "hardtanh",
    "hardsigmoid",
    "hardswish",
    "threshold",
    "rrelu",
]


@pytest.mark.parametrize("name", INPLACE)
def test_inplace_writes_into_the_given_lists_and_returns_the_outer_one(name):
    function = getattr(act, name)
    arguments = (0.5, -1.0) if name == "threshold" else ()
    inner = [-2.0, 0.5]
    x = [inner, [3.0, [-0.25]], 7.0]
    expected = function(copy.deepcopy(x), *arguments)
    result = function(x, *arguments, inplace=True)
    assert result is x and x[0] is inner
    assert same(x, expected)
    assert function([], *arguments, inplace=True) == []


def test_inplace_takes_its_pytorch_position():
    x = [-1.0, 2.0]
    assert act.leaky_relu(x, 0.2, True) is x and x == [-0.2, 2.0]
    y = [-1.0, 2.0]
    assert act.relu(y, True) is y and y == [0.0, 2.0]
    z = [0.0, 5.0]
    assert act.threshold(z, 1.0, -1.0, True) is z and z == [-1.0, 5.0]


@pytest.mark.parametrize("name", INPLACE)
def test_inplace_leaves_the_input_untouched_after_a_bad_element_deep_inside(name):
    function = getattr(act, name)
    arguments = (0.5, -1.0) if name == "threshold" else ()
    x = [[-2.0, 0.5], [3.0, [-0.25, [1.0, "bad"]]]]
    before = copy.deepcopy(x)
    with pytest.raises(TypeError) as raised:
        function(x, *arguments, inplace=True)
    assert (
        str(raised.value)
        == "%s: element [1][1][1][1] is 'bad' (str), expected a real number" % name
    )
    assert x == before


def test_inplace_needs_lists():
    for x in [1.5, (1.0, -1.0), (v for v in [1.0]), range(3)]:
        with pytest.raises(TypeError) as raised:
            act.relu(x, inplace=True)
        assert str(raised.value).startswith("relu: inplace=True needs a list, x is ")
    x = [[-1.0], (-1.0, 2.0)]
    with pytest.raises(TypeError) as raised:
        act.relu(x, inplace=True)
    assert (
        str(raised.value)
        == "relu: inplace=True needs lists all the way down, element [1] is (-1.0, 2.0) (tuple)"
    )
    assert x == [[-1.0], (-1.0, 2.0)]
    with pytest.raises(TypeError) as raised:
        act.relu([1.0], inplace="yes")
    assert str(raised.value) == "relu: inplace is 'yes' (str), expected True or False"


def test_inplace_false_returns_a_new_list():
    x = [-1.0, 2.0]
    assert act.relu(x, inplace=False) is not x and x == [-1.0, 2.0]


def test_softplus_follows_pytorchs_threshold_exactly_when_given_one():
    beta, threshold = 2.0, 20.0
    above, at_threshold, below = 10.000000000000002, 10.0, 9.999999999999998
    assert act.softplus(above, beta=beta, threshold=threshold) == above  # beta * x > 20: x itself
    with localcontext(CONTEXT):
        for x in [at_threshold, below]:
            expected = (1 + (Decimal(beta) * Decimal(x)).exp()).ln() / Decimal(beta)
            assert close(act.softplus(x, beta=beta, threshold=threshold), expected, 2)
    assert act.softplus(above, beta=beta) != above  # no threshold: exact
    assert act.softplus_derivative(above, beta=beta, threshold=threshold) == 1.0
    assert act.softplus_derivative(at_threshold, beta=beta, threshold=threshold) < 1.0
    assert act.softplus([30.0, -30.0], 1, 20) == [30.0, act.softplus(-30.0)]


def test_prelu_takes_one_slope_or_one_per_channel():
    assert act.prelu([-2.0, 3.0], 0.25) == [-0.5, 3.0]
    assert act.prelu([-2.0, 3.0], [0.25]) == [-0.5, 3.0]  # one weight for every channel
    assert act.prelu([-2.0, -4.0, 1.0], [0.5, 0.25, 0.1]) == [
        -1.0,
        -1.0,
        1.0,
    ]  # 1-d: channels on axis 0
    x = [[[-1.0, -2.0], [-1.0, 4.0]], [[3.0, -8.0], [-0.5, 0.0]]]  # (N, C, L): channels on axis 1
    assert act.prelu(x, [0.5, 0.25]) == [[[-0.5, -1.0], [-0.25, 4.0]], [[3.0, -4.0], [-0.125, 0.0]]]
    assert act.prelu_derivative(x, [0.5, 0.25]) == [
        [[0.5, 0.5], [0.25, 1.0]],
        [[1.0, 0.5], [0.25, 0.25]],
    ]
    with pytest.raises(ValueError) as raised:
        act.prelu([[-1.0, 2.0, 3.0]], [0.5, 0.25])
    assert str(raised.value) == "prelu: element [0] has 3 channels, but weight has 2 values"
    with pytest.raises(TypeError) as raised:
        act.prelu([[-1.0, "a"]], [0.5, 0.25])
    assert str(raised.value) == "prelu: element [0][1] is 'a' (str), expected a real number"
    with pytest.raises(TypeError) as raised:
        act.prelu(1.0)
    assert str(raised.value) == "prelu() missing 1 required positional argument: 'weight'"


def test_rrelu_uses_the_mean_slope_unless_training_and_is_repeatable_under_a_seed():
    assert act.rrelu(-1.0) == -(0.125 + 1 / 3) / 2
    assert act.rrelu([-2.0, 3.0], 0.1, 0.3) == [-0.4, 3.0]
    x = [-1.0] * 1000 + [2.0]
    random.seed(7)
    first = act.rrelu(x, training=True)
    random.seed(7)
    assert act.rrelu(x, training=True) == first
    slopes = [-value for value in first[:-1]]
    assert all(0.125 <= s <= 1 / 3 for s in slopes) and len(set(slopes)) > 900 and first[-1] == 2.0
    assert act.rrelu_derivative([-1.0, 0.0, 2.0], 0.1, 0.3) == [0.2, 0.2, 1.0]
    with pytest.raises(ValueError) as raised:
        act.rrelu_derivative(-1.0, training=True)
    assert "training=True" in str(raised.value) and str(raised.value).startswith(
        "rrelu_derivative: "
    )
    with pytest.raises(ValueError) as raised:
        act.rrelu(-1.0, lower=0.5, upper=0.25)
    assert str(raised.value) == "rrelu: lower 0.5 is above upper 0.25"


def test_sparsemax_rows_sum_to_one_with_exact_zeros():
    rng = random.Random(2026)
    for _ in range(200):
        row = [rng.uniform(-3.0, 3.0) for _ in range(rng.randint(1, 12))]
        result = act.sparsemax(row)
        assert abs(math.fsum(result) - 1.0) <= 4 * len(row) * 2**-53
        assert all(value >= 0.0 for value in result)
        # The projection onto the simplex: tau is the same for every positive entry.
        support = [i for i, value in enumerate(result) if value > 0.0]
        taus = [row[i] - result[i] for i in support]
        assert max(taus) - min(taus) <= 8 * 2**-52 * max(1.0, max(abs(v) for v in row))
        assert all(row[i] <= min(taus) + 1e-12 for i in range(len(row)) if i not in support)
    assert act.sparsemax([0.0, 0.5, 3.0]) == [0.0, 0.0, 1.0]
    assert act.sparsemax([1.0, 1.0]) == [0.5, 0.5]
    assert act.sparsemax([1e308, -1e308]) == [1.0, 0.0]


def test_sparsemax_jacobian_matches_central_differences():
    row = [0.3, 0.1, -0.4, 0.25]
    jacobian = act.sparsemax_derivative(row)
    step = 1e-7
    for j in range(len(row)):
        up, down = list(row), list(row)
        up[j] += step
        down[j] -= step
        column = [(a - b) / (2 * step) for a, b in zip(act.sparsemax(up), act.sparsemax(down))]
        assert [line[j] for line in jacobian] == pytest.approx(column, abs=1e-6)


@pytest.mark.parametrize("name", ["softmin", "glu", "logsumexp"])
def test_the_new_jacobians_match_central_differences(name):
    value, derivative = getattr(act, name), getattr(act, name + "_derivative")
    row = [0.3, -1.1, 2.0, 0.7]
    jacobian = derivative(row)
    step = 1e-6
    for j in range(len(row)):
        up, down = list(row), list(row)
        up[j] += step
        down[j] -= step
        difference = value(up), value(down)
        if name == "logsumexp":
            assert jacobian[j] == pytest.approx(
                (difference[0] - difference[1]) / (2 * step), rel=1e-6
            )
        else:
            column = [(a - b) / (2 * step) for a, b in zip(*difference)]
            assert [line[j] for line in jacobian] == pytest.approx(column, rel=1e-6, abs=1e-9)


def test_squareplus_sparse_plus_and_sparse_sigmoid_as_jax_defines_them():
    assert act.squareplus([-1.5, 0.0, 1.5]) == [0.5, 1.0, 2.0]
    assert act.squareplus(-1e8) == 1e-8  # the textbook form cancels to 0.0 here
    assert act.squareplus([-3.0, 3.0], b=0) == [0.0, 3.0]
    assert act.sparse_plus([-2.0, -1.0, 0.0, 1.0, 2.0]) == [0.0, 0.0, 0.25, 1.0, 2.0]
    assert act.sparse_sigmoid([-2.0, -1.0, 0.0, 1.0, 2.0]) == [0.0, 0.0, 0.5, 1.0, 1.0]
    assert act.sparse_plus_derivative([-1.0, 0.0, 1.0]) == act.sparse_sigmoid([-1.0, 0.0, 1.0])
    assert act.sparse_sigmoid_derivative([-1.0, 0.0, 1.0]) == [0.0, 0.5, 0.0]


GUIDE = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs", "porting.md"
)


def porting_table():
    """The rows of the porting guide's table (docs/porting.md): (here, gives, x itself?)."""
    with open(GUIDE, encoding="utf-8") as guide:
        section = guide.read()
    rows = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not cells[1].startswith("`"):
            continue
        calls = re.findall(r"`([^`]+)`", cells[1])
        results = re.findall(r"`([^`]+)`", cells[2])
        rows.append((calls, results, "x itself" in cells[2]))
    return rows


def rounded(value):
    if isinstance(value, list):
        return [rounded(item) for item in value]
    return round(value, 4) + 0.0


@pytest.mark.parametrize("calls, results, itself", porting_table(), ids=lambda v: str(v)[:40])
def test_every_line_of_the_porting_guide_runs_as_shown(calls, results, itself):
    assert len(calls) == len(results)
    for call, result in zip(calls, results):
        x = [[-1.0, 2.0], [0.5, -3.0]]
        value = eval(call, {"F": act, "x": x})
        assert rounded(value) == ast.literal_eval(result), call
        assert (value is x) == itself, call


def test_the_porting_guide_has_its_lines():
    assert len(porting_table()) >= 35

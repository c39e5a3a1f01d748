"""Every real input and every real parameter: the edge cases that property-based fuzzing found.

Each test is one reproduction from issue #11 (actual before -> expected), kept here where it
needs Fraction, Decimal or NumPy; the ones MicroPython can run are in tests/cases.py too.
"""

import math
import random
from decimal import Decimal, localcontext
from fractions import Fraction

import pytest

import activations as act

from cases import same
from catalogue import FUNCTIONS, ROWWISE
from reference import CONTEXT, REFERENCES, bound_error, reference, ulp_error

inf, nan = math.inf, math.nan
BIG = 10**400

try:
    import numpy
except ImportError:
    numpy = None
needs_numpy = pytest.mark.skipif(numpy is None, reason="NumPy is not installed")


def test_an_intermediate_that_overflows_is_not_multiplied_by_zero():
    assert same(act.mish_derivative(1e308), 1.0)
    assert same(act.mish_derivative(-1e308), -0.0)
    assert same(act.mish_derivative(inf), 1.0)


@pytest.mark.parametrize(
    "big", [BIG, Decimal("1e400"), Fraction(BIG)], ids=["int", "Decimal", "Fraction"]
)
def test_a_row_beyond_the_floats_is_shifted_exactly(big):
    assert act.softmax([big, 0]) == [1.0, 0.0]
    assert act.log_softmax([big, 0]) == [0.0, -inf]
    assert act.softmin([-big, 0]) == [1.0, 0.0]
    assert (
        act.logsumexp([big, 0]) == inf
    )  # the exact value, 10**400 plus a little, is beyond the floats


@pytest.mark.parametrize(
    "call, expected",
    [
        (lambda: act.elu(0.0, alpha=BIG), 0.0),
        (lambda: act.leaky_relu(0.0, negative_slope=BIG), 0.0),
        (lambda: act.softplus_derivative(0.0, beta=BIG), 0.5),
        (lambda: act.celu(-1.0, alpha=BIG), -1.0),
        (lambda: act.softshrink(inf, lambd=BIG), inf),
        (lambda: act.elu_derivative(-746.0, alpha=BIG), 1.0382848095158282e76),
        (lambda: act.leaky_relu(-BIG, negative_slope=-0.0), 0.0),
        (lambda: act.elu(-1e-320, alpha=BIG), -9.99988867182683e79),
    ],
)
def test_parameters_beyond_the_floats_give_the_exact_value_rounded(call, expected):
    assert same(call(), expected)


def test_the_exact_values_above_are_right():
    # 10**400 * exp(-746) and 10**400 * expm1(-1e-320), to 50 digits, rounded.
    from reference import CONTEXT

    with localcontext(CONTEXT):
        assert float(Decimal(BIG) * Decimal(-746.0).exp()) == 1.0382848095158282e76
        assert float(Decimal(BIG) * Decimal(-1e-320)) == -9.99988867182683e79


def test_tiny_positive_exact_parameters_are_positive():
    assert (
        act.softplus(1.0, beta=Fraction(1, 10**400)) == inf
    )  # log(2) * 10**400 is beyond the floats
    assert same(act.celu(-1.0, alpha=Decimal("1e-400")), -0.0)  # -1e-400, rounded
    assert same(act.celu_derivative(-1.0, alpha=Decimal("1e-400")), 0.0)
    assert act.softplus_derivative(1.0, beta=Fraction(1, 10**400)) == 0.5


@pytest.mark.parametrize(
    "key, x",
    [
        ("silu", -740.0),
        ("silu", -746.0),
        ("silu_derivative", -746.0),
        ("mish", -746.0),
        ("mish_derivative", -746.0),
        ("softsign_derivative", 1.34e154),
        ("softsign_derivative", 4e161),
        ("gelu_derivative(approximate='tanh')", -21.449834703311584),
        ("gelu", -38.31505355461909),
        ("elu_derivative(alpha=1000.0)", -740.0),
        ("celu(alpha=1e10)", -1e-300),
        ("softplus(beta=2.0)", 1e308),
    ],
)
def test_results_are_within_the_bound_subnormal_ones_and_any_parameter_included(key, x):
    assert key in REFERENCES
    exact = reference(key, x)
    name, _, arguments = key.partition("(")
    keywords = eval("dict(%s" % arguments) if arguments else {}
    result = getattr(act, name)(x, **keywords)
    assert result != 0.0 or float(exact) == 0.0, "%s(%r) is 0 where the exact value is %s" % (
        key,
        x,
        exact,
    )
    assert ulp_error(result, exact) <= 4.0 or bound_error(key, x, result, exact) <= 1.0, (
        key,
        x,
        result,
        exact,
    )


def test_subnormal_results_that_were_lost():
    assert act.silu(-746.0) == -7.76e-322  # was -0.0
    assert act.softsign_derivative(1e155) == 1e-310  # was 0.0


@needs_numpy
@pytest.mark.parametrize("kind", ["complex64", "complex128"])
def test_numpy_complex_scalars_are_not_real(kind):
    value = getattr(numpy, kind)(1 + 2j)
    shown = "%r (%s)" % (value, kind)
    for function in [getattr(act, name) for name in FUNCTIONS]:
        name = function.__name__
        if name in ROWWISE:
            with pytest.raises(TypeError) as raised:
                function([1.0, value])
            assert str(raised.value) == "%s: element [1] is %s, expected a real number" % (
                name,
                shown,
            )
            continue
        arguments = {"threshold": (0.5, 0.0), "threshold_derivative": (0.5, 0.0)}.get(name) or (
            (0.25,) if name.startswith("prelu") else ()
        )
        with pytest.raises(TypeError) as raised:
            function(value, *arguments)
        assert str(raised.value) == "%s: x is %s, expected a real number or an iterable of them" % (
            name,
            shown,
        )
        with pytest.raises(TypeError) as raised:
            function([0.5, [value]], *arguments)
        assert str(raised.value) == "%s: element [1][0] is %s, expected a real number" % (
            name,
            shown,
        )


@needs_numpy
def test_the_fast_path_and_the_general_path_agree_on_numpy_values():
    assert act.relu([numpy.array([-1.0])]) == [[0.0]]
    inner = numpy.array(-3.0)
    result = act.relu([inner])
    assert result == [0.0] and result[0] is not inner
    assert act.relu(numpy.array(-3.0)) == 0.0


class Permissive:
    """Says yes to every comparison, but is no number."""

    def __lt__(self, other):
        return True

    __le__ = __gt__ = __ge__ = __lt__

    def __repr__(self):
        return "Permissive()"


def test_an_object_with_permissive_comparisons_is_refused_alone_and_in_a_list():
    for function in [act.relu, act.relu_derivative, act.hardtanh, act.threshold]:
        arguments = (0.5, 0.0) if function is act.threshold else ()
        with pytest.raises(TypeError) as raised:
            function(Permissive(), *arguments)
        assert "x is Permissive() (Permissive)" in str(raised.value)
        with pytest.raises(TypeError) as raised:
            function([1.0, Permissive()], *arguments)
        assert "element [1] is Permissive() (Permissive)" in str(raised.value)


@needs_numpy
def test_float32_scalars_are_computed_in_double_and_give_a_python_float():
    assert same(act.silu_derivative(numpy.float32(50.0)), 1.0)
    assert same(act.tanhshrink(numpy.float32(0.7)), act.tanhshrink(float(numpy.float32(0.7))))
    assert same(act.tanhshrink([numpy.float32(0.7)]), [act.tanhshrink(float(numpy.float32(0.7)))])
    assert type(act.sigmoid(numpy.float64(0.5))) is float
    assert type(act.silu([numpy.float64(0.5)])[0]) is float


@pytest.mark.parametrize(
    "name", ["tanh", "softsign", "softsign_derivative", "tanhshrink_derivative", "sigmoid", "gelu"]
)
def test_a_signalling_nan_is_a_nan(name):
    assert math.isnan(getattr(act, name)(Decimal("sNaN")))
    assert math.isnan(getattr(act, name)([Decimal("sNaN")])[0])


def test_the_decimal_context_plays_no_part():
    with localcontext() as context:
        context.prec = 2
        x, alpha = Decimal("1.23456"), Decimal("1.1111")
        assert act.sigmoid(x) == act.sigmoid(1.23456)
        assert act.sigmoid_derivative(x) == act.sigmoid_derivative(1.23456)
        assert act.logsigmoid(x) == act.logsigmoid(1.23456)
        assert act.tanh_derivative(x) == act.tanh_derivative(1.23456)
        assert act.softmax([x, Decimal(0)]) == act.softmax([1.23456, 0.0])
        assert act.celu_derivative(Decimal("-1.23456"), alpha=alpha) == act.celu_derivative(
            -1.23456, alpha=1.1111
        )
        assert act.softplus_derivative(x, beta=alpha) == act.softplus_derivative(
            1.23456, beta=1.1111
        )


class FloatFails:
    def __init__(self, error):
        self.error = error

    def __float__(self):
        raise self.error("no float here")

    def __repr__(self):
        return "FloatFails()"


@pytest.mark.parametrize("error", [ValueError, TypeError])
def test_a_value_whose_float_conversion_fails_is_not_a_real_number(error):
    for function in [act.relu, act.sigmoid, act.leaky_relu, act.softmax]:
        with pytest.raises(TypeError) as raised:
            function([1, FloatFails(error)])
        assert (
            str(raised.value)
            == "%s: element [1] is FloatFails() (FloatFails), expected a real number"
            % function.__name__
        )


@needs_numpy
def test_a_number_where_a_row_is_expected_says_so():
    with pytest.raises(ValueError) as raised:
        act.softmax(numpy.array(3.0))
    assert str(raised.value) == "softmax: x is array(3.) (ndarray), a number, expected a row"


def test_a_float_x_gets_a_float_whatever_the_parameter():
    assert same(act.leaky_relu_derivative(-1.0, negative_slope=Decimal("0.1")), 0.1)
    assert same(act.leaky_relu(-1.0, negative_slope=Decimal("0.1")), -0.1)
    assert same(act.hardtanh(-5.0, min_val=Decimal(-2), max_val=Decimal(2)), -2.0)
    assert same(act.threshold(0.0, Fraction(1, 2), Decimal(7)), 7.0)
    assert same(
        act.leaky_relu_derivative(-1, negative_slope=Fraction(1, 3)), Fraction(1, 3)
    )  # an int keeps exact


def test_a_negative_zero_parameter_keeps_its_sign():
    assert same(act.leaky_relu_derivative(-1.0, negative_slope=-0.0), -0.0)
    assert same(act.hardtanh(-5.0, min_val=-0.0), -0.0)
    assert same(act.hardtanh([-5.0], min_val=-0.0), [-0.0])


# Found by a second fuzzing run, after the rewrite.


def test_a_decimal_slope_for_a_float_is_a_float_slope():
    weight = Decimal("302.281142746073555827024392783641815185546875")
    assert same(act.prelu(-2.0, weight), -2.0 * float(weight))
    assert same(act.prelu([-2.0, 1.0], weight=weight), [-2.0 * float(weight), 1.0])
    assert act.prelu(Fraction(-1, 2), weight) == -float(weight) / 2
    assert math.isnan(act.prelu_derivative(-1.9e-59, weight=Decimal("NaN")))
    assert type(act.prelu_derivative(-1.9e-59, weight=Decimal("NaN"))) is float


def test_a_large_factor_meets_a_subnormal_exp():
    # exp(-800) is far below the normal floats, but the products are not.
    with localcontext(CONTEXT):
        exact = Decimal(1e300) * Decimal(-800.0).exp()
    assert ulp_error(act.elu_derivative(-800.0, alpha=1e300), exact) <= 4
    assert same(act.elu_derivative(-800.0, alpha=Decimal("1E+400")), 3.667874584177687e52)
    assert act.elu_derivative(-1e308, alpha=1e300) == 0.0


def test_a_positive_number_too_small_for_a_float_is_still_positive():
    tiny = Fraction(3, 10**400)
    assert act.selu_derivative(tiny) == act.selu_derivative(1.0)  # not the value at the kink
    assert act.elu_derivative(tiny, alpha=-0.0) == 1.0
    assert act.celu_derivative(tiny) == 1.0


def test_an_input_beyond_the_floats_keeps_its_ratio_to_a_parameter():
    assert same(act.celu_derivative(-(2**1024), alpha=1.7976931348623157e308), 0.3678794411714422)


def test_squareplus_with_extreme_b():
    assert math.isnan(act.squareplus(Decimal("sNaN"), b=0))
    assert math.isnan(act.squareplus_derivative(math.nan, b=0.0))
    tiny_b = Fraction(1, 10**400)
    assert same(
        act.squareplus_derivative(Decimal("-6.21163705E-171"), b=tiny_b), 6.47929666536897e-61
    )
    assert same(act.squareplus(-5e-324, b=tiny_b), 5.000000000000016e-201)
    assert same(act.squareplus(1.0, b=2**1024), 6.703903964971299e153)  # sqrt(b) / 2, nearly
    assert act.squareplus_derivative(10**400) == 1.0


def test_an_empty_axis_is_a_value_error_on_every_axis():
    for x, dim in [([], 0), ([[], []], 1), ([[], []], 0)]:
        with pytest.raises(ValueError) as raised:
            act.softmax(x, dim=dim)
        assert "no numbers along some axis" in str(raised.value)


def test_squareplus_with_b_zero_is_relu():
    assert act.squareplus(1e-200, b=0) == 1e-200
    assert act.squareplus_derivative(1e-200, b=0) == 1.0
    assert act.squareplus_derivative(5.1689e-158, b=0.0) == 1.0  # was above its maximum, 1
    assert act.squareplus_derivative([-1.0, 0.0, 1.0], b=0) == [0.0, 0.5, 1.0]


def test_squareplus_with_b_near_the_ends_of_the_floats():
    assert same(act.squareplus(-1e-160, b=1e-318), 4.524934697325926e-160)
    assert same(act.squareplus(-1e-23, b=5e-324), 1.2351641146031165e-301)
    assert same(act.squareplus(1e149, b=1.7976931348623157e308), 6.703953965157757e153)
    assert same(act.squareplus_derivative(1e149, b=1.7976931348623157e308), 0.5000037291703655)
    assert act.squareplus(0.0, b=10**400) == act.squareplus(-1.0, b=10**400) == 5e199


def test_a_tiny_beta_or_gate_divides_or_multiplies_before_exp_loses_its_digits():
    assert (
        ulp_error(act.elu_derivative(-1400.0, alpha=1.7976931348623157e308), _exact_elu_1400()) <= 4
    )
    assert same(act.softplus(-8e302, beta=1e-300), 3.66787458417727e-48)
    assert same(act.glu([1e10, -740.0]), [4.18873988005e-312])
    assert same(act.glu_derivative([-745.0, -745.0])[0][1], -2.105e-321)


def _exact_elu_1400():
    with localcontext(CONTEXT):
        return Decimal(1.7976931348623157e308) * Decimal(-1400.0).exp()


def test_rrelu_draws_one_slope_per_element_whatever_the_path():
    values = [-1.0, -1.0, Fraction(-1), -2]
    draws = []
    for call in [
        lambda: act.rrelu(values, training=True),
        lambda: act.rrelu(tuple(values), training=True),
        lambda: [act.rrelu(v, training=True) for v in values],
    ]:
        random.seed(1)
        draws.append(call())
    assert draws[0] == draws[1] == draws[2]


@needs_numpy
def test_a_0d_array_in_a_row_is_a_number():
    expected = act.softmax([1.0, 2.0])
    assert act.softmax([numpy.array(1.0), numpy.array(2.0)]) == expected
    assert act.softmax([1.0, numpy.array(2.0)]) == expected


def test_prelu_names_the_bad_element_and_takes_any_real_weight():
    with pytest.raises(TypeError) as raised:
        act.prelu([-1.0, "a"], [0.1, 0.5])
    assert str(raised.value) == "prelu: element [1] is 'a' (str), expected a real number"
    assert act.prelu(-1.0, 10**400) == -math.inf
    assert act.prelu([-1.0, -1.0], [Fraction(1, 3), 10**400]) == [-1 / 3, -math.inf]
    assert act.prelu(-1e300, Fraction(1, 10**400)) == -1e-100
    assert same(act.prelu_derivative(-1.0, 2), 2.0)


def test_inplace_leaves_a_generator_inside_unread_when_it_refuses():
    def numbers():
        yield -1.0

    inside = numbers()
    with pytest.raises(TypeError) as raised:
        act.relu([[-1.0], inside], inplace=True)
    assert "needs lists all the way down, element [1]" in str(raised.value)
    assert list(inside) == [-1.0]

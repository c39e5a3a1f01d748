"""What a real number is here, and the arithmetic that keeps or widens its type.

The public functions take int (of any size), float, bool, fractions.Fraction,
decimal.Decimal and any other type that behaves as a real number, such as
numpy.float64, without importing those modules.  The rule, in one sentence: a
real number is an int, a float, or any value that converts to float (__float__)
or is an integer (__index__), but is not complex and not a container.  An integer
of another type (numpy.int8, any value with __index__) is taken as the Python int
it stands for, ``plain(x)``, so that no result wraps around:
leaky_relu(numpy.int8(-100), 3) is -300, a Python int.

The piecewise-linear functions compute in their input's own type, with the
help of ``one_like``, ``zero_like`` and ``like``: relu(-3) is 0, relu(-2.5)
is 0.0, relu(Fraction(-1, 3)) is Fraction(0).  The smooth functions compute in
floats.  Where float arithmetic cannot hold a value at all (10**400, or
Fraction(1, 10**400), which would round to 0.0), ``float_or_exact`` gives an
``ExactReal`` instead: it mixes with floats in exact arithmetic and rounds each
result to a float as soon as a float can hold it, so that elu(0.0, alpha=10**400)
is 0.0 and not inf * 0.0 = nan.
"""

from math import exp, inf, ldexp

NAN = float("nan")


def is_real(x):
    """True for int, float, bool and every type that behaves as a real number (see above)."""
    if isinstance(x, (int, float, bool)):  # bool is not an int on MicroPython
        return True
    if isinstance(x, (complex, str, bytes)) or hasattr(x, "__len__"):
        return False
    if not hasattr(x, "__float__") and not is_integer(x):
        return False
    # NumPy's complex scalars convert to float too (dropping the imaginary part): refuse them.
    return getattr(getattr(x, "dtype", None), "kind", "f") != "c"


def is_integer(x):
    """Whether x's __index__ gives an int, as an integer's does."""
    try:
        return type(x.__index__()) is int
    except Exception:  # no __index__, or one that fails: no integer
        return False


def plain(x):
    """x, or the Python int it stands for if it is an integer of another type (numpy.int8),
    whose own arithmetic could wrap around; a bool stays a bool."""
    if type(x) is int or type(x) is float or type(x) is bool or not hasattr(x, "__index__"):
        return x
    return x.__index__()


def describe(value):
    """A value as error messages show it: its repr and its type, e.g. '3' (str)."""
    return "%s (%s)" % (shown(value), type(value).__name__)


def shown(value):
    """repr(value), or for an int too long to show (CPython refuses to convert one of more
    than 4300 digits), its size."""
    try:
        return repr(value)
    except ValueError:
        return "an integer of %d bits" % abs(value).bit_length()


def one_like(x):
    """1 in x's own type: 1 for an int, 1.0 for a float, Fraction(1) for a Fraction."""
    return x**0  # a one of x's type, for infinities and nan too


def zero_like(x):
    """0 in x's own type: 0 for an int, 0.0 for a float, Fraction(0) for a Fraction."""
    return 0 * one_like(x)  # not x - x, which is nan at infinity


def like(x, value):
    """value in x's arithmetic: value times a one of x's type.

    hardtanh's bounds and leaky_relu's slope come back this way: hardtanh(-5, min_val=-2)
    is -2, hardtanh(-5.0, min_val=-2) is -2.0, and a -0.0 keeps its sign.
    """
    return value * one_like(x)


def to_float(x):
    """The float nearest to the real number x, never raising: 10**400 becomes inf.

    A type whose conversion fails is not a real number after all: TypeError.
    """
    try:
        return float(x)
    except OverflowError:
        return inf if x > 0 else -inf
    except (TypeError, ValueError):
        if _is_signalling_nan(x):  # Decimal('sNaN') refuses to convert; it is a nan all the same
            return NAN
        raise TypeError("cannot convert %s to float" % describe(x)) from None


def float_or_exact(x):
    """x as float arithmetic can use it: the nearest float, or an ExactReal where none is near.

    A value beyond the floats' range (10**400, Decimal('1e400')), or too small to tell
    from 0 (Fraction(1, 10**400)), is kept exactly; so is nothing else.
    """
    if type(x) is float or type(x) is ExactReal:
        return x
    x = plain(x)  # a value with only __index__ converts as the int it stands for
    numerator, denominator = getattr(x, "numerator", 0), getattr(x, "denominator", 1)
    if denominator != 1 and denominator.bit_length() > abs(numerator).bit_length() + 1100:
        return ExactReal(*_ratio_within_reach(x))  # a Fraction far below the smallest float
    near = to_float(x)
    if near != near or not hasattr(x, "as_integer_ratio"):  # nan; or MicroPython's ints
        return near
    if near in (inf, -inf) or near == 0.0:
        if x == near:  # a true infinity or zero
            return near
        return ExactReal(*_ratio_within_reach(x))
    return near


# Beyond 10**±4000, no product or quotient with floats comes back into the floats' range, so
# that a value further out (Decimal('1e100000000'), an int of a million digits) stands as
# 10**±4000 with its sign: a Decimal's own as_integer_ratio() would build 10**100000000, and
# take minutes, and exact arithmetic on such numbers takes time for nothing.
_REACH = 4000
_FAR = 10**_REACH
_REACH_BITS = 13300  # a little beyond log2(10**4000): sizes told apart by bit length alone


def _ratio_within_reach(x):
    """x's (numerator, denominator), x being beyond the floats or too small for them."""
    sign = 1 if x > 0 else -1
    adjusted = getattr(x, "adjusted", None)  # a Decimal's exponent, of its first digit
    if adjusted is not None and abs(adjusted()) > _REACH:
        return (sign * _FAR, 1) if adjusted() > 0 else (sign, _FAR)
    numerator, denominator = x.as_integer_ratio()
    size = abs(numerator).bit_length() - denominator.bit_length()  # about log2(|x|)
    if size > _REACH_BITS:
        return sign * _FAR, 1
    if size < -_REACH_BITS:
        return sign, _FAR
    return numerator, denominator


def rounded(x):
    """x as the nearest float if it is an ExactReal, else x itself."""
    if type(x) is ExactReal:
        return float(x)
    return x


def _is_signalling_nan(x):
    is_snan = getattr(x, "is_snan", None)
    return is_snan is not None and is_snan()


class ExactReal:
    """A real number that no float can hold, as an exact fraction that mixes with floats.

    Sums, differences, products and quotients with floats, ints and other ExactReals are
    exact, and come back as the correctly rounded float whenever the result is neither
    beyond the floats' range nor too small to tell from 0; comparisons are exact.  A math
    function (exp, log1p, ...) sees the nearest float: inf, or a zero.
    """

    def __init__(self, numerator, denominator=1):
        self.numerator, self.denominator = numerator, denominator

    def __repr__(self):
        return "ExactReal(%d, %d)" % (self.numerator, self.denominator)

    def __float__(self):
        try:
            return self.numerator / self.denominator  # correctly rounded, a signed 0.0 if tiny
        except OverflowError:
            return inf if self.numerator > 0 else -inf

    def __pow__(self, exponent):
        if exponent != 0:
            return NotImplemented
        return 1.0  # a one of its own arithmetic, which is float arithmetic (see one_like)

    def __neg__(self):
        return ExactReal(-self.numerator, self.denominator)

    def __abs__(self):
        return ExactReal(abs(self.numerator), self.denominator)

    def __add__(self, other):
        return _combine(self, other, _add)

    def __radd__(self, other):
        return _combine(other, self, _add)

    def __sub__(self, other):
        return _combine(self, -other, _add)

    def __rsub__(self, other):
        return _combine(other, -self, _add)

    def __mul__(self, other):
        return _combine(self, other, _multiply)

    def __rmul__(self, other):
        return _combine(other, self, _multiply)

    def __truediv__(self, other):
        return _combine(self, other, _divide)

    def __rtruediv__(self, other):
        return _combine(other, self, _divide)

    def __lt__(self, other):
        return _compare(self, other, _below)

    def __le__(self, other):
        return _compare(self, other, _at_most)

    def __gt__(self, other):
        return _compare(self, other, _above)

    def __ge__(self, other):
        return _compare(self, other, _at_least)

    def __eq__(self, other):
        return _compare(self, other, _equal)

    def __ne__(self, other):
        return _compare(self, other, _unequal)

    __hash__ = None


def _ratio(x):
    """(numerator, denominator) of a finite real, the denominator positive."""
    if type(x) is ExactReal:
        return x.numerator, x.denominator
    return x.as_integer_ratio()


def _add(a, b, c, d):
    return a * d + b * c, b * d


def _multiply(a, b, c, d):
    return a * c, b * d


def _divide(a, b, c, d):
    if c < 0:
        return -a * d, -b * c
    return a * d, b * c


def _combine(x, y, operation):
    """operation on x and y: one of them an ExactReal (never 0), the other any real."""
    for value, other in ((x, y), (y, x)):
        if type(value) is float and (value != value or value in (inf, -inf) or value == 0.0):
            return _with_special_float(x, y, operation, value, other)
    numerator, denominator = operation(*(_ratio(x) + _ratio(y)))
    if numerator == 0:
        return 0.0
    result = ExactReal(numerator, denominator)
    near = float(result)
    if near in (inf, -inf) or near == 0.0:
        return result
    return near


def _with_special_float(x, y, operation, special, exact):
    """What float arithmetic does with nan, an infinity or a signed zero and a number that
    is only too big or too small for a float: only the exact number's sign matters, except
    that adding a zero leaves it unchanged."""
    if operation is _add and special == 0.0:
        return exact
    sign = 1.0 if exact.numerator > 0 else -1.0
    x, y = (special, sign) if x is special else (sign, special)
    if operation is _add:
        return x + y
    if operation is _multiply:
        return x * y
    return x / y


def _compare(x, y, holds):
    """holds(difference) for the exact difference x - y (x an ExactReal); False against nan."""
    if type(y) is float and (y != y or y in (inf, -inf)):
        if y != y:
            return holds is _unequal
        return holds(-y)
    a, b = _ratio(x)
    c, d = _ratio(y)
    return holds(a * d - c * b)


def _below(difference):
    return difference < 0


def _at_most(difference):
    return difference <= 0


def _above(difference):
    return difference > 0


def _at_least(difference):
    return difference >= 0


def _equal(difference):
    return difference == 0


def _unequal(difference):
    return difference != 0


def times_exp(factor, x):
    """factor * exp(x), accurate where exp(x) alone would be subnormal and short of digits.

    Below x = -708, exp(x) falls among the subnormal floats, which carry fewer digits:
    silu(-740.0) as x * exp(x) would be 162 ulp off.  There exp(x) is split as
    exp(r) * 2**k, with r = x - k log(2) small, and factor * exp(r) is scaled by 2**k
    at the end, with ldexp, which rounds once.
    """
    if x >= -708.0 or x != x:
        return factor * exp(x)
    if x < -2000.0:  # below the smallest float: a zero of factor's sign, but inf stays inf
        return factor if factor in (inf, -inf) else factor * 0.0
    k = int(x / _LN2_HIGH)
    r = (x - k * _LN2_HIGH) - k * _LN2_LOW  # k * _LN2_HIGH is exact: it has 32 bits
    if type(factor) is float or type(factor) is int:
        return ldexp(ldexp(factor, -2) * exp(r), k + 2)  # the quarter keeps it finite till then
    return factor * exp(r) / 2**-k  # a factor beyond the floats (an ExactReal): scaled exactly


def product_times_exp(a, b, x):
    """a * b * exp(x), as times_exp gives it, also where a * b alone would overflow.

    b is a moderate scale (silu's x, gelu's tail factor): where a * b overflows, a is so
    large that a * exp(x) is far from subnormal, and b multiplies it last.
    """
    if x < -2000.0:  # b cannot lift the result above 0 here: only its sign counts (b = -inf)
        return times_exp(a, x) * (1.0 if b > 0.0 else -1.0)
    product = a * b
    if -1e300 < product < 1e300:
        return times_exp(product, x)
    return times_exp(a, x) * b


# log(2) as a float of 32 bits and the rest, so that k * _LN2_HIGH is exact for |k| < 2**20.
_LN2_HIGH = 0.6931471806019545
_LN2_LOW = -4.2009150726810846e-11

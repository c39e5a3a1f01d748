"""What an interpreter's standard library lacks or gets wrong, written in plain Python.

CPython and PyPy use their own ``math.log1p``, ``math.fsum``, ``math.hypot`` and
``itertools.repeat``; MicroPython, whose ``math`` has none of the first three and whose
``itertools`` may be missing on a board, uses these, which are as accurate for the way
this package uses them.  ``erfc`` replaces PyPy's ``math.erfc``, which is up to 54 ulp off
where it subtracts erf from 1, wherever ``math.erfc`` is found to be that far off.
"""

from math import erf, exp, inf, log, sqrt
from math import erfc as _math_erfc

try:
    from math import log1p
except ImportError:

    def log1p(y):
        """log(1 + y), accurate for tiny y too (Goldberg's correction of the rounded 1 + y)."""
        u = 1.0 + y
        if u == 1.0:
            return y
        return log(u) * y / (u - 1.0)


try:
    from math import fsum
except ImportError:

    def fsum(values):
        """A sum as accurate as math.fsum for softmax's rows (Neumaier's compensated sum)."""
        total = compensation = 0.0
        for value in values:
            partial = total + value
            if abs(total) >= abs(value):
                compensation += (total - partial) + value
            else:
                compensation += (value - partial) + total
            total = partial
        return total + compensation


# From CPython 3.12 on, sum() of floats is compensated too (Neumaier's algorithm) and several
# times quicker than fsum: as accurate for sums of positive terms such as softmax's.
if sum([1.0, 1e100, 1.0, -1e100]) == 2.0:
    fsum = sum  # noqa: F811

try:
    from math import hypot
except ImportError:

    def hypot(x, y):
        """sqrt(x**2 + y**2), without the overflow of squaring a large x."""
        x, y = abs(x), abs(y)
        if x == inf or y == inf:
            return inf
        if x != x or y != y:
            return x + y  # nan
        if x < y:
            x, y = y, x
        if x == 0.0:
            return 0.0
        ratio = y / x
        return x * sqrt(1.0 + ratio * ratio)


try:
    from itertools import repeat
except ImportError:

    def repeat(value):
        """value, again and again (for map() over a list and one fixed parameter)."""
        while True:
            yield value


# erfc and exp(-z**2) at z = 0.5, 0.75, ..., 3, correctly rounded (from tests/reference.py).
_ERFC_CENTRES = [
    (0.5, 0.4795001221869535, 0.7788007830714049),
    (0.75, 0.28884436634648486, 0.569782824730923),
    (1.0, 0.15729920705028513, 0.36787944117144233),
    (1.25, 0.07709987174354177, 0.2096113871510978),
    (1.5, 0.033894853524689274, 0.10539922456186433),
    (1.75, 0.013328328780817557, 0.04677062238395898),
    (2.0, 0.004677734981047266, 0.01831563888873418),
    (2.25, 0.0014627165866811518, 0.006329715427485747),
    (2.5, 0.0004069520174449589, 0.0019304541362277093),
    (2.75, 0.00010062192211963683, 0.0005195746821548384),
    (3.0, 2.209049699858544e-05, 0.00012340980408667956),
]
_TWO_OVER_SQRT_PI = 1.1283791670955126
_INV_SQRT_PI = 0.5641895835477563


def erfc_in_python(z):
    """The complementary error function, within 5 ulp, from erf, exp and arithmetic.

    Below 0.375, 1 - erf(z), which does not cancel there.  Up to 3.125, the Taylor series
    about the nearest of the centres above, whose derivatives are Hermite polynomials
    times exp(-c**2): erfc(c + h) = erfc(c) - 2/sqrt(pi) exp(-c**2) sum (-1)**n H_n(c)
    h**(n + 1) / (n + 1)!.  Beyond, Laplace's continued fraction for exp(z**2) erfc(z).
    """
    if z < 0.0:
        return 2.0 - erfc_in_python(-z)
    if z < 0.375:
        return 1.0 - erf(z)
    if z < 3.125:
        centre, value, gauss = _ERFC_CENTRES[int((z - 0.375) * 4.0)]
        h = z - centre
        total, power, factorial, hermite, previous = 0.0, h, 1.0, 1.0, 0.0
        for n in range(30):
            term = hermite * power / factorial
            total += -term if n % 2 else term
            if abs(term) < 1e-17 * abs(total):
                break
            hermite, previous = 2.0 * centre * hermite - 2.0 * n * previous, hermite
            power *= h
            factorial *= n + 2
        return value - _TWO_OVER_SQRT_PI * gauss * total
    if z > 27.3:
        return 0.0 if z == z else z  # below the smallest float, or nan
    fraction = z
    for n in range(60, 0, -1):
        fraction = z + 0.5 * n / fraction
    # exp(-z**2), with z split in halves whose squares are exact (Veltkamp), so that the
    # rounding of z**2 does not reach the result.
    scaled = 134217729.0 * z
    high = scaled - (scaled - z)
    low = z - high
    return exp(-high * high) * exp(-(2.0 * high + low) * low) * _INV_SQRT_PI / fraction


# math.erfc(1.4) is 0.04771488023735121, one ulp from the exact value, on CPython and
# MicroPython; PyPy 7.3 gives 0.047714880237351154, seven ulp off.
if abs(_math_erfc(1.4) - 0.0477148802373512) <= 1.4e-17:
    erfc = _math_erfc
else:
    erfc = erfc_in_python

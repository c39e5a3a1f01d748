"""What MicroPython's standard library lacks, written in plain Python.

CPython and PyPy use their own ``math.log1p``, ``math.fsum``, ``math.hypot`` and
``itertools.repeat``; MicroPython, whose ``math`` has none of the first three and whose
``itertools`` may be missing on a board, uses these, which are as accurate for the way
this package uses them.
"""

from math import inf, log, sqrt

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

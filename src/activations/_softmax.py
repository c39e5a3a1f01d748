"""softmax and log_softmax over the last axis, and their Jacobians.

Each kernel takes one row of numbers; ``@rowwise`` (see _elementwise.py)
applies it to a list of numbers, or to every row of a list of rows.
Every row is shifted by its maximum before exp, so nothing overflows.
"""

from math import exp, inf

from ._elementwise import rowwise
from ._functions import NAN, log1p

try:
    from math import fsum
except ImportError:  # MicroPython's math has no fsum

    def fsum(values):
        """A sum as accurate as math.fsum for these rows (Neumaier's compensated summation)."""
        total = compensation = 0.0
        for value in values:
            partial = total + value
            if abs(total) >= abs(value):
                compensation += (total - partial) + value
            else:
                compensation += (value - partial) + total
            total = partial
        return total + compensation


@rowwise
def softmax(x):
    """Softmax over the last axis: exp(x_i) / sum_j exp(x_j), a row summing to 1.

        softmax(x)_i = exp(x_i) / sum_j exp(x_j)

    Computed from x_i - max(x), so it never overflows: softmax([1000.0, 0.0])
    is [1.0, 0.0].  A row containing nan or +inf, or of only -inf, gives
    nan throughout, as in PyTorch.  A number, or an empty row, is a ValueError.

    Args:
        x: a row of real numbers, or a list of rows (nested to any depth).

    Example:
        >>> softmax([0.0, 0.0])
        [0.5, 0.5]
        >>> softmax([[1000.0, 0.0], [1.0, 1.0]])
        [[1.0, 0.0], [0.5, 0.5]]
    """
    shifted = _shifted(x)
    if shifted is None:
        return [NAN] * len(x)
    exps, rest, _ = shifted
    total = 1.0 + rest
    return [e / total for e in exps]


@rowwise
def softmax_derivative(x):
    """Jacobian of softmax: J[i][j] = s_i * (delta_ij - s_j), s = softmax(x).

        softmax'(x)[i][j] = s_i * (1 - s_i) if i == j else -s_i * s_j

    A row gives its Jacobian (a list of rows); a list of rows gives one
    Jacobian per row.  1 - s_i is computed from the other terms' sum, not
    by subtraction, where s_i is the largest.

    Args:
        x: a row of real numbers, or a list of rows (nested to any depth).

    Example:
        >>> softmax_derivative([0.0, 0.0])
        [[0.25, -0.25], [-0.25, 0.25]]
    """
    return [[s_i * complement if i == j else -s_i * s_j for j, s_j in enumerate(row)] for i, (s_i, complement, row) in enumerate(_jacobian_parts(x))]


@rowwise
def log_softmax(x):
    """Log of softmax over the last axis: x_i - log(sum_j exp(x_j)).

        log_softmax(x)_i = x_i - max(x) - log(sum_j exp(x_j - max(x)))

    Never overflows: log_softmax([-1000.0, 0.0, 1000.0]) is
    [-2000.0, -1000.0, 0.0].  The log of the sum is log1p of the terms other
    than the largest, accurate when they are tiny.  A row containing nan or
    +inf, or of only -inf, gives nan throughout, as in PyTorch.

    Args:
        x: a row of real numbers, or a list of rows (nested to any depth).

    Example:
        >>> log_softmax([0.0, 0.0])
        [-0.6931471805599453, -0.6931471805599453]
        >>> log_softmax([-1000.0, 0.0, 1000.0])
        [-2000.0, -1000.0, 0.0]
    """
    shifted = _shifted(x)
    if shifted is None:
        return [NAN] * len(x)
    top = max(x)
    log_total = log1p(shifted[1])
    return [(v - top) - log_total for v in x]


@rowwise
def log_softmax_derivative(x):
    """Jacobian of log_softmax: J[i][j] = delta_ij - s_j, s = softmax(x).

        log_softmax'(x)[i][j] = 1 - s_i if i == j else -s_j

    A row gives its Jacobian; a list of rows gives one Jacobian per row.

    Args:
        x: a row of real numbers, or a list of rows (nested to any depth).

    Example:
        >>> log_softmax_derivative([0.0, 0.0])
        [[0.5, -0.5], [-0.5, 0.5]]
    """
    return [[complement if i == j else -s_j for j, s_j in enumerate(row)] for i, (s_i, complement, row) in enumerate(_jacobian_parts(x))]


def _shifted(row):
    """(exp(x_i - max), the sum of those terms but the largest, its index), or None for a nan row.

    A nan elsewhere than first makes that sum nan, and so every result.
    """
    top = max(row)
    if top != top or top == inf or top == -inf:  # nan; +inf - inf; a row of only -inf: nan, as in PyTorch
        return None
    exps = [exp(v - top) for v in row]
    largest = exps.index(1.0)
    exps[largest] = 0.0
    rest = fsum(exps)
    exps[largest] = 1.0
    return exps, rest, largest


def _jacobian_parts(row):
    """For each i: s_i, 1 - s_i (without cancellation) and the whole softmax row."""
    shifted = _shifted(row)
    if shifted is None:
        nans = [NAN] * len(row)
        return [(NAN, NAN, nans)] * len(row)
    exps, rest, largest = shifted
    total = 1.0 + rest
    s = [e / total for e in exps]
    # s_i <= 1/2 except at the largest term, so 1 - s_i is exact enough there; at the
    # largest, 1 - s_i is the sum of the others, rest / total.
    return [(s_i, rest / total if i == largest else 1.0 - s_i, s) for i, s_i in enumerate(s)]


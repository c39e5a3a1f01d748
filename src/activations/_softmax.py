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


# From CPython 3.12, sum() of floats is compensated too (Neumaier), and several
# times faster than fsum: as accurate for sums of positive terms like these.
if sum([1.0, 1e100, 1.0, -1e100]) == 2.0:
    fsum = sum  # noqa: F811


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
    exps = _shifted_exps(x, max(x))
    if exps is None:
        return [NAN] * len(x)
    total = fsum(exps)
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
    s, complements = _softmax_and_complements(x)
    return _with_diagonal([[minus_s_i * s_j for s_j in s] for minus_s_i in [-v for v in s]], [s_i * c_i for s_i, c_i in zip(s, complements)])


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
    top = max(x)
    exps = _shifted_exps(x, top)
    if exps is None:
        return [NAN] * len(x)
    log_total = log1p(_rest(exps)[0])
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
    s, complements = _softmax_and_complements(x)
    minus_s = [-v for v in s]
    return _with_diagonal([minus_s[:] for _ in s], complements)


def _shifted_exps(row, top):
    """exp(x_i - top) for each x_i, where top = max(row), or None for a row that gives nan.

    The largest term is exp(0) = 1.  A nan elsewhere than first makes the
    terms' sum nan, and so every result.
    """
    if top != top or top == inf or top == -inf:  # nan; +inf - inf; a row of only -inf: nan, as in PyTorch
        return None
    return [exp(v - top) for v in row]


def _rest(exps):
    """The sum of the terms but the largest, exp(0) = 1, and the largest's index.

    Summed without the 1, so that it keeps its accuracy when it is tiny.
    """
    largest = exps.index(1.0)
    exps[largest] = 0.0
    rest = fsum(exps)
    exps[largest] = 1.0
    return rest, largest


def _softmax_and_complements(row):
    """softmax(row) and 1 - softmax(row), the second without cancellation."""
    exps = _shifted_exps(row, max(row))
    if exps is None:
        nans = [NAN] * len(row)
        return nans, nans
    rest, largest = _rest(exps)
    total = 1.0 + rest
    s = [e / total for e in exps]
    # s_i <= 1/2 except at the largest term, so 1 - s_i is exact enough there; at the
    # largest, 1 - s_i is the sum of the others, rest / total.
    complements = [1.0 - s_i for s_i in s]
    complements[largest] = rest / total
    return s, complements


def _with_diagonal(rows, diagonal):
    """rows, with rows[i][i] replaced by diagonal[i]: a Jacobian from its off-diagonal form."""
    for i, row in enumerate(rows):
        row[i] = diagonal[i]
    return rows

"""Softmax and its kin: a row of scores turned into probabilities, their logs, or one number.

softmax, log_softmax, softmin and sparsemax turn a row of scores into probabilities (or
their logs), and logsumexp reduces a row to one number.  Each is written for one row, a list
of floats; ``_lift_rows.py`` finds the rows along any axis (``dim``, the last by default, as
PyTorch's implicit choice is deprecated).  Their derivatives are Jacobians, one matrix per
row.  Every row is shifted by its maximum before exp, so nothing overflows.
"""

from math import exp, inf, log
from random import random

from ._fallbacks import fsum, log1p
from ._lift import flag, positive, real
from ._lift_rows import rowwise
from ._reals import NAN


@rowwise()
def softmax(row):
    """Softmax: exp(x_i) / sum_j exp(x_j) along dim, rows summing to 1.

        softmax(x)_i = exp(x_i) / sum_j exp(x_j)

    Computed from x_i - max(x), so it never overflows: softmax([1000.0, 0.0])
    is [1.0, 0.0].  A row containing nan or +inf, or of only -inf, gives
    nan throughout, as in PyTorch.  A number, or an empty row, is a ValueError.

    Args:
        x: a row of real numbers, or nested lists of them.
        dim: the axis along which the rows run (default -1, the last).

    Example:
        >>> softmax([0.0, 0.0])
        [0.5, 0.5]
        >>> softmax([[1000.0, 0.0], [1.0, 1.0]])
        [[1.0, 0.0], [0.5, 0.5]]
        >>> softmax([[1.0, 1.0], [1.0, 3.0]], dim=0)
        [[0.5, 0.11920292202211755], [0.5, 0.8807970779778823]]
    """
    exps = _shifted_exps(row)
    if exps is None:
        return [NAN] * len(row)
    total = fsum(exps)
    return [e / total for e in exps]


@rowwise(result="matrix")
def softmax_derivative(row):
    """Jacobian of softmax: J[i][j] = s_i * (delta_ij - s_j), s = softmax(x).

        softmax'(x)[i][j] = s_i * (1 - s_i) if i == j else -s_i * s_j

    One n x n matrix per row: for x of shape (..., n, ...) with the rows
    along dim, the result has the other axes, then n x n.  1 - s_i is
    computed from the other terms' sum, not by subtraction, where s_i is
    the largest.

    Args:
        x: a row of real numbers, or nested lists of them.
        dim: the axis along which the rows run (default -1, the last).

    Example:
        >>> softmax_derivative([0.0, 0.0])
        [[0.25, -0.25], [-0.25, 0.25]]
    """
    s, complements = _softmax_and_complements(row)
    jacobian = [[-s_i * s_j for s_j in s] for s_i in s]
    return _with_diagonal(jacobian, [s_i * c_i for s_i, c_i in zip(s, complements)])


@rowwise()
def log_softmax(row):
    """Log of softmax along dim: x_i - log(sum_j exp(x_j)).

        log_softmax(x)_i = x_i - max(x) - log(sum_j exp(x_j - max(x)))

    Never overflows: log_softmax([-1000.0, 0.0, 1000.0]) is
    [-2000.0, -1000.0, 0.0].  The log of the sum is log1p of the terms other
    than the largest, accurate when they are tiny.  A row containing nan or
    +inf, or of only -inf, gives nan throughout, as in PyTorch.

    Args:
        x: a row of real numbers, or nested lists of them.
        dim: the axis along which the rows run (default -1, the last).

    Example:
        >>> log_softmax([0.0, 0.0])
        [-0.6931471805599453, -0.6931471805599453]
        >>> log_softmax([-1000.0, 0.0, 1000.0])
        [-2000.0, -1000.0, 0.0]
    """
    top = max(row)
    exps = _shifted_exps(row, top)
    if exps is None:
        return [NAN] * len(row)
    log_total = log1p(_rest(exps)[0])
    return [(v - top) - log_total for v in row]


@rowwise(result="matrix")
def log_softmax_derivative(row):
    """Jacobian of log_softmax: J[i][j] = delta_ij - s_j, s = softmax(x).

        log_softmax'(x)[i][j] = 1 - s_i if i == j else -s_j

    One n x n matrix per row, arranged as softmax_derivative's.

    Args:
        x: a row of real numbers, or nested lists of them.
        dim: the axis along which the rows run (default -1, the last).

    Example:
        >>> log_softmax_derivative([0.0, 0.0])
        [[0.5, -0.5], [-0.5, 0.5]]
    """
    s, complements = _softmax_and_complements(row)
    minus_s = [-v for v in s]
    return _with_diagonal([minus_s[:] for _ in s], complements)


@rowwise()
def softmin(row):
    """Softmin: softmax of -x, weights that favour the smallest numbers.

        softmin(x)_i = exp(-x_i) / sum_j exp(-x_j)

    As softmax otherwise: never overflows; a row containing nan or -inf, or of
    only +inf, gives nan throughout.

    Args:
        x: a row of real numbers, or nested lists of them.
        dim: the axis along which the rows run (default -1, the last).

    Example:
        >>> softmin([0.0, 1000.0])
        [1.0, 0.0]
    """
    return softmax([-v for v in row])


@rowwise(result="matrix")
def softmin_derivative(row):
    """Jacobian of softmin: J[i][j] = -s_i * (delta_ij - s_j), s = softmin(x).

        softmin'(x)[i][j] = -s_i * (1 - s_i) if i == j else s_i * s_j

    One n x n matrix per row, arranged as softmax_derivative's.

    Args:
        x: a row of real numbers, or nested lists of them.
        dim: the axis along which the rows run (default -1, the last).

    Example:
        >>> softmin_derivative([0.0, 0.0])
        [[-0.25, 0.25], [0.25, -0.25]]
    """
    jacobian = softmax_derivative([-v for v in row])
    return [[-entry for entry in line] for line in jacobian]


@rowwise(result="number")
def logsumexp(row):
    """Log of the sum of the exponentials along dim: one number per row.

        logsumexp(x) = log(sum_j exp(x_j)) = max(x) + log1p(sum_j exp(x_j - max(x)) - 1)

    Never overflows, and keeps its digits when the largest term dominates.
    As torch.logsumexp: inf if the row holds +inf, -inf if it holds only -inf,
    nan if it holds nan.  The axis goes from the result, or stays with length
    1 if keepdim is True.

    Args:
        x: a row of real numbers, or nested lists of them.
        dim: the axis along which the rows run (default -1, the last).
        keepdim: keep the axis, with length 1 (default False).

    Example:
        >>> logsumexp([0.0, 0.0])
        0.6931471805599453
        >>> logsumexp([[1000.0, 1000.0], [float("-inf"), float("-inf")]], keepdim=True)
        [[1000.6931471805599], [-inf]]
    """
    top = max(row)
    if top == inf or top == -inf:
        return NAN if any(v != v for v in row) else top
    exps = _shifted_exps(row, top)
    if exps is None:
        return NAN
    return top + log1p(_rest(exps)[0])


@rowwise()
def logsumexp_derivative(row):
    """Derivative of logsumexp: softmax along dim, of x's shape.

        logsumexp'(x)_i = exp(x_i) / sum_j exp(x_j)

    Args:
        x: a row of real numbers, or nested lists of them.
        dim: the axis along which the rows run (default -1, the last).

    Example:
        >>> logsumexp_derivative([0.0, 0.0])
        [0.5, 0.5]
    """
    return softmax(row)


@rowwise()
def sparsemax(row):
    """Sparsemax: the point of the probability simplex nearest to x.

        sparsemax(x)_i = max(x_i - tau, 0), with tau such that the results sum to 1

    (Martins and Astudillo, 2016.)  Like softmax, a row of probabilities, but
    many of them exactly 0.  tau is found from the sorted row; a row
    containing nan or +inf, or of only -inf, gives nan throughout, as softmax does.

    Args:
        x: a row of real numbers, or nested lists of them.
        dim: the axis along which the rows run (default -1, the last).

    Example:
        >>> sparsemax([0.0, 0.5, 3.0])
        [0.0, 0.0, 1.0]
        >>> sparsemax([0.0, 0.5, 1.0])
        [0.0, 0.25, 0.75]
    """
    shifted, tau = _shifted_and_threshold(row)
    if shifted is None:
        return [NAN] * len(row)
    return [z - tau if z > tau else 0.0 for z in shifted]


@rowwise(result="matrix")
def sparsemax_derivative(row):
    """Jacobian of sparsemax: J[i][j] = s_i (delta_ij - s_j / k).

        sparsemax'(x)[i][j] = s_i * (delta_ij - s_j / k)

    where s_i is 1 if sparsemax(x)_i > 0 (the support) and 0 otherwise, and
    k is the support's size.  One n x n matrix per row, arranged as
    softmax_derivative's.

    Args:
        x: a row of real numbers, or nested lists of them.
        dim: the axis along which the rows run (default -1, the last).

    Example:
        >>> sparsemax_derivative([0.0, 0.5, 1.0])
        [[0.0, 0.0, 0.0], [0.0, 0.5, -0.5], [0.0, -0.5, 0.5]]
    """
    shifted, tau = _shifted_and_threshold(row)
    if shifted is None:
        return [[NAN] * len(row) for _ in row]
    support = [1.0 if z > tau else 0.0 for z in shifted]
    share = 1.0 / sum(support)
    jacobian = [[0.0 - s_i * s_j * share for s_j in support] for s_i in support]  # 0.0, not -0.0
    return _with_diagonal(jacobian, [s_i - s_i * share for s_i in support])


@rowwise(positive("tau", 1), flag("hard"), real("eps", 1e-10), first="logits")
def gumbel_softmax(row, tau=1, hard=False, eps=1e-10):
    """Gumbel-softmax: a random sample of probabilities, as torch draws it.

        gumbel_softmax(x)_i = softmax((x + g) / tau)_i,  g_i = -log(E_i),  E_i ~ Exponential(1)

    Each number draws its own Gumbel noise g_i from Python's random module, row by
    row, so random.seed makes a run repeatable (torch.manual_seed does not apply).
    With hard=True, each row is one-hot: 1.0 at the argmax of the sample (the
    first, if tied) and 0.0 elsewhere, so that the argmax falls on i with
    probability softmax(x)_i.  tau must be positive.  eps is PyTorch's, accepted
    and unused there too.  There is no derivative: a new sample at every call.

    Args:
        logits: a row of real numbers, or nested lists of them.
        tau: the temperature: below 1 the samples come nearer to one-hot (default 1).
        hard: one-hot rows (default False).
        eps: unused, as in PyTorch (default 1e-10).
        dim: the axis along which the rows run (default -1, the last).

    Example:
        >>> import random
        >>> random.seed(0)
        >>> gumbel_softmax([1.0, 2.0, 0.5], hard=True)
        [0.0, 1.0, 0.0]
    """
    # 1 - random() is in (0, 1], so its log is finite; at 1, E would be 0 and g infinite,
    # which the smallest float stands for.
    sample = [(v - log(-log(1.0 - random()) or 5e-324)) / tau for v in row]
    soft = softmax(sample)
    if not hard or soft[0] != soft[0]:
        return soft  # nan throughout (a nan or +inf in the row) stays nan
    top = sample.index(max(sample))
    return [1.0 if i == top else 0.0 for i in range(len(row))]


def _shifted_exps(row, top=None):
    """exp(x_i - max(x)) for each x_i, or None for a row that gives nan.

    The largest term is exp(0) = 1.  A nan elsewhere than first makes the terms'
    sum nan, and so every result.
    """
    if top is None:
        top = max(row)
    if top != top or top == inf or top == -inf:  # nan; +inf - inf; only -inf: nan, as in PyTorch
        return None
    return [exp(v - top) for v in row]


def _rest(exps):
    """The sum of the terms but the largest, exp(0) = 1, and the largest's index.

    Summed without the 1, so that it keeps its digits when it is tiny.
    """
    largest = exps.index(1.0)
    exps[largest] = 0.0
    rest = fsum(exps)
    exps[largest] = 1.0
    return rest, largest


def _softmax_and_complements(row):
    """softmax(row) and 1 - softmax(row), the second without cancellation."""
    exps = _shifted_exps(row)
    if exps is None:
        nans = [NAN] * len(row)
        return nans, nans
    rest, largest = _rest(exps)
    total = 1.0 + rest
    s = [e / total for e in exps]
    # s_i <= 1/2 but for the largest term, so 1 - s_i is exact enough there; for the
    # largest, 1 - s_i is the others' share, rest / total.
    complements = [1.0 - s_i for s_i in s]
    complements[largest] = rest / total
    return s, complements


def _with_diagonal(rows, diagonal):
    """rows, with rows[i][i] replaced by diagonal[i]: a Jacobian from its off-diagonal form."""
    for i, row in enumerate(rows):
        row[i] = diagonal[i]
    return rows


def _shifted_and_threshold(row):
    """The row shifted by its maximum, and sparsemax's threshold tau for it; or None, None
    for a row that gives nan.

    sparsemax does not change when the row is shifted, and the shifted row cannot
    overflow.  With z sorted from the largest down, the support is the longest start
    z_1..z_k with 1 + k z_k > z_1 + ... + z_k, and tau = (z_1 + ... + z_k - 1) / k.
    """
    top = max(row)
    if top != top or top == inf or top == -inf or any(v != v for v in row):
        return None, None
    shifted = [v - top for v in row]
    ordered = sorted(shifted, reverse=True)
    # The running total only chooses the support; tau itself comes from an exact sum of it.
    total, size = 0.0, 0
    for k, z in enumerate(ordered, 1):
        if 1.0 + k * z <= total + z:
            break
        total += z
        size = k
    return shifted, (fsum(ordered[:size]) - 1.0) / size

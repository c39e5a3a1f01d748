"""The mechanism of _lift.py for functions of a whole row, such as softmax, along any axis.

A row function is written for one row, a list of floats, and ``@rowwise(...)`` above it
declares how its public function finds the rows: along ``dim``, the last axis by default (as
PyTorch's implicit choice is deprecated), in any nested list.  dim=-1 takes any list of rows,
even of different lengths; any other axis needs nested lists of equal lengths, a table of
numbers, whose axis is moved last and back.  Loaded only by the row-wise families.
"""

from ._lift import (
    _WRITES_SOURCE,
    Lifted,
    _is_number_array,
    _not_a_number,
    _only_floats,
    axis,
    flag,
    position,
    publish,
    raise_as_the_callers,
    written,
)
from ._reals import describe, float_or_exact, is_real, rounded


def rowwise(*parameters, result="row", even=False, first="x"):
    """Declare the public function of the row function below; give back the row function.

    parameters: the declared parameters between x and dim (gumbel_softmax's tau), in order,
        with the row function's own defaults.
    result: what the row function returns for one row: a "row" that takes the input row's
        place (of the same length, or half of it), a "number" (logsumexp: the axis goes,
        or stays with length 1 under keepdim=True, as in PyTorch), or a "matrix", the
        row's Jacobian (the axis moves last and becomes two).
    even: the axis must have even length (glu).
    first: the name of the public function's first parameter (gumbel_softmax's logits).
    """

    def lift(row_function):
        lifted = LiftedRows(row_function, parameters, result, even)
        publish(lifted, lifted.name, _public_function(lifted, first))
        return row_function

    return lift


# The public function of every row-wise activation, written out as _lift.py's are.
_ROW_FUNCTION = """\
def {name}({first}{parameters}, dim=-1{keepdim}):
    return _call({first}, ({values_tuple}), dim, {keepdim_value})
"""


def _public_function(lifted, first):
    names = [parameter.name for parameter in lifted.parameters]
    if not _WRITES_SOURCE:  # MicroPython: a closure, as in _lift.py

        def public(x, *args, **kwargs):
            values = lifted.bound(args, kwargs, lifted.trailing)
            return lifted.call(x, values[: len(names)], *values[len(names) :])

        return public
    fields = {
        "first": first,
        "parameters": "".join(", %s=_default_%s" % (name, name) for name in names),
        "keepdim": ", keepdim=False" if lifted.result == "number" else "",
        "values_tuple": "".join(name + "," for name in names),
        "keepdim_value": "keepdim" if lifted.result == "number" else "False",
    }
    return written(_ROW_FUNCTION, lifted, lifted.name, fields, __file__)


class LiftedRows(Lifted):
    """A function of one row: the rows found along any axis.

    dim=-1, the default, works on any list of rows, even of different lengths; any
    other axis needs nested lists of equal lengths, a table of numbers.
    """

    def __init__(self, row_function, parameters, result, even):
        Lifted.__init__(self, row_function, parameters, False, False, None)
        self.result, self.even = result, even
        self.axis, self.keepdim = axis("dim", -1), flag("keepdim")
        self.trailing = [("dim", -1)] + [("keepdim", False)] * (result == "number")

    def call(self, x, values, dim=-1, keepdim=False):
        """The function at x, with the values of its declared parameters, along dim."""
        try:
            return self.computed(x, values, dim, keepdim)
        except (TypeError, ValueError) as error:
            raise_as_the_callers(error, self.name)

    def computed(self, x, values, dim, keepdim):
        self.axis.check(self.name, dim)
        self.keepdim.check(self.name, keepdim)
        dim = int(dim)  # numpy.int64(0) as 0
        parameters = self.checked(values, False)
        if dim == -1:
            results = self.rows(x, (), parameters)
            return _wrap_numbers(results) if keepdim else results
        data, shape = self.table(x, dim)
        index = self.axis_of(dim, shape)
        if 0 in shape:
            raise ValueError(
                "%s: x has shape %s: no numbers along some axis, expected at least one"
                % (self.name, _shape_text(shape))
            )
        results = self.rows(_axis_last(data, index), (), parameters)
        if self.result == "matrix" or (self.result == "number" and not keepdim):
            return results
        return _axis_back(_wrap_numbers(results) if keepdim else results, index)

    def rows(self, x, path, parameters):
        """The row function applied to every row of x, the rows being its last axis."""
        if is_real(x):
            if not path:
                raise self.not_rows(x)
            raise TypeError(
                "%s: %s is %s, expected a row of numbers" % (self.name, position(path), describe(x))
            )
        items = self.items(x, path)
        if type(items) is not list:  # a 0-d NumPy array: a number
            raise ValueError(
                "%s: %s is %s, a number, expected a row" % (self.name, position(path), describe(x))
            )
        if not items:
            raise ValueError(
                "%s: %s is an empty row, expected at least one number" % (self.name, position(path))
            )
        if not (is_real(items[0]) or _is_number_array(items[0])):
            return [
                self.rows(item, path + (index,), parameters) for index, item in enumerate(items)
            ]
        if self.even and len(items) % 2:
            raise ValueError(
                "%s: %s has %d numbers along dim -1, expected an even number"
                % (self.name, position(path), len(items))
            )
        if _only_floats(items):
            if parameters is None:
                return self.scalar(items)  # floats in, floats out: nothing to round
        else:
            items = [self.number(item, path + (index,)) for index, item in enumerate(items)]
        result = self.scalar(items) if parameters is None else self.scalar(items, *parameters)
        return _rounded_all(result)

    def not_rows(self, x):
        return ValueError(
            "%s: x is %s, expected a row of numbers or a list of rows" % (self.name, describe(x))
        )

    def number(self, x, path):
        """x, which must be a real number, as float arithmetic can use it."""
        if _is_number_array(x):
            x = x.tolist()
        if not is_real(x):
            if type(x) is list:
                self.nested(x, path)  # a list that contains itself nests too deep: ValueError
            raise _not_a_number(self.name, x, path)
        try:
            return float_or_exact(x)
        except TypeError:  # its __float__ fails: not a real number after all
            raise _not_a_number(self.name, x, path) from None

    def table(self, x, dim):
        """x as nested lists of numbers of equal lengths along each axis, and its shape."""
        data = self.nested(x, ())
        shape = []
        level = data
        while type(level) is list:
            shape.append(len(level))
            level = level[0] if level else None
        self.check_shape(data, tuple(shape), (), dim)
        return data, tuple(shape)

    def nested(self, x, path):
        if is_real(x):
            if not path:
                raise self.not_rows(x)
            return self.number(x, path)
        items = self.items(x, path)
        if type(items) is not list:
            return self.nested(items, path)
        return [self.nested(item, path + (index,)) for index, item in enumerate(items)]

    def check_shape(self, data, shape, path, dim):
        """Each list as long as the first at its depth, and numbers only at the bottom."""
        depth = len(path) + 1
        for index, item in enumerate(data):
            if type(item) is not list:
                problem = "is a number" if depth < len(shape) else None
            elif depth == len(shape):
                problem = "is a list"
            else:
                problem = "has %d items" % len(item) if len(item) != shape[depth] else None
            if problem:
                raise ValueError(
                    "%s: dim %d needs lists of equal lengths; x starts with shape %s, but %s %s"
                    % (self.name, dim, _shape_text(shape), position(path + (index,)), problem)
                )
            if type(item) is list:
                self.check_shape(item, shape, path + (index,), dim)

    def axis_of(self, dim, shape):
        """dim as an index into shape, negative dims counting from the end."""
        index = dim + len(shape) if dim < 0 else dim
        if not 0 <= index < len(shape):
            raise ValueError(
                "%s: dim %d is out of range for x of shape %s"
                % (self.name, dim, _shape_text(shape))
            )
        if self.even and shape[index] % 2:
            raise ValueError(
                "%s: dim %d has length %d, expected an even length" % (self.name, dim, shape[index])
            )
        return index


def _shape_text(shape):
    return "(" + ", ".join(str(length) for length in shape) + ("," if len(shape) == 1 else "") + ")"


def _rounded_all(result):
    if type(result) is list:
        return [_rounded_all(item) for item in result]
    return rounded(result)


def _wrap_numbers(results):
    """Each number in results as a row of one: keepdim."""
    if type(results) is list:
        return [_wrap_numbers(item) for item in results]
    return [results]


def _axis_last(data, axis):
    """data, nested lists of equal lengths, with axis moved last: rows along it."""
    if axis == 0:
        return _stack(data)
    return [_axis_last(item, axis - 1) for item in data]


def _stack(items):
    """Arrays of one shape, made one array of that shape whose numbers are rows of them."""
    if type(items[0]) is not list:
        return list(items)
    return [_stack([item[index] for item in items]) for index in range(len(items[0]))]


def _axis_back(results, axis):
    """The inverse of _axis_last: the rows of results spread back along axis."""
    if axis > 0:
        return [_axis_back(item, axis - 1) for item in results]
    return [_take(results, index) for index in range(_row_length(results))]


def _row_length(results):
    while type(results[0]) is list:
        results = results[0]
    return len(results)


def _take(results, index):
    """The number at index in every row of results, in results' shape."""
    if type(results[0]) is not list:
        return results[index]
    return [_take(item, index) for item in results]

"""The one mechanism that lifts a function of one real number to every input.

Each activation is written once, as a plain function of one real number (its *scalar*
function), and ``@elementwise(...)`` makes the public function from it:

* a float goes straight to the scalar function, with nothing in between;
* a list is one comprehension over it, and nested lists are walked the same way;
* anything else (an int, a Fraction, a tuple, a generator, a NumPy array, a value that
  is not a number), or any failure on those fast paths, goes to the general path.  It
  reads every iterable once, converts each element as the function needs it (floats
  for the smooth functions, the input's own type for the piecewise-linear ones), and
  names the position of anything that is not a real number.

The parameters after x are declared once per function, with what their values must be
(``real("negative_slope", 0.01)``), and checked once per call before any element is
computed; a float with its defaults, or with float parameters that pass, skips that.
The public function is written out from one template with those parameters
(``_PUBLIC_FUNCTION``), so that the interpreter binds them as fast as for a plain def.
``inplace=True``, PyTorch's, writes the results into the given lists once every one of
them is computed.  ``@rowwise`` lifts a function of one whole row, such as softmax,
along any axis of a nested list.
"""

from ._fallbacks import repeat
from ._reals import ExactReal, describe, float_or_exact, is_real, rounded

MAX_DEPTH = 32
"""How deeply lists may nest; deeper input (or a list that contains itself) is a ValueError.

Far beyond any real use, and within what MicroPython's default stack can walk (about 40).
"""

REQUIRED = object()
"""The default of a parameter that must be given (threshold's threshold and value)."""

# Iterables that are never read as lists of numbers: text, and unordered containers.
_NOT_A_LIST = (str, bytes, bytearray, dict, set, frozenset)
# What a scalar function may raise for a real number that float arithmetic cannot take as it
# is: OverflowError for 10**400, TypeError for a Decimal meeting a float, and
# decimal.InvalidOperation (an ArithmeticError) for ordering Decimal('NaN').
_NOT_AS_IT_IS = (TypeError, ArithmeticError)
# Every public function made here, with what it was made from (for derivative_of and tests).
LIFTED = {}


class Parameter:
    """A parameter after x: its name, its default, and what its values must be."""

    def __init__(self, name, default, kind, is_kind, expected=None, is_expected=None):
        self.name, self.default = name, default
        self.kind, self.is_kind = kind, is_kind  # "a real number", is_real: else TypeError
        self.expected, self.is_expected = expected, is_expected  # a range: else ValueError
        # Values of these kinds are real numbers, to take as floats where x is one (a list of
        # slopes is taken one channel at a time).
        self.numeric = is_kind in (is_real, _is_real_or_none, _is_slopes)
        self.per_channel = is_kind is _is_slopes

    def check(self, function_name, value):
        if not self.is_kind(value):
            raise TypeError(
                "%s: %s is %s, expected %s" % (function_name, self.name, describe(value), self.kind)
            )
        if self.is_expected is not None and not self.is_expected(value):
            raise ValueError(
                "%s: %s is %r, expected %s" % (function_name, self.name, value, self.expected)
            )


def real(name, default=REQUIRED):
    """A parameter that takes any real number, nan and infinities included."""
    return Parameter(name, default, "a real number", is_real)


def positive(name, default):
    """A real parameter above 0 (celu's alpha); nan passes and gives nan results."""
    return Parameter(name, default, "a real number", is_real, "a positive number", _positive)


def nonnegative(name, default):
    """A real parameter not below 0 (the shrinks' lambd)."""
    return Parameter(name, default, "a real number", is_real, "a number >= 0", _nonnegative)


def nonzero(name, default):
    """A real parameter other than 0 (softplus's beta)."""
    return Parameter(name, default, "a real number", is_real, "a nonzero number", _nonzero)


def optional_real(name):
    """A real parameter that may be None, its default (softplus's threshold)."""
    return Parameter(name, None, "a real number or None", _is_real_or_none)


def slopes(name):
    """A required real parameter, or a list of them, one for each channel (prelu's weight).

    The channels are x's axis 1, or axis 0 if x is a flat list, as in PyTorch.
    """
    return Parameter(name, REQUIRED, "a real number or a list of them", _is_slopes)


def choice(name, default, options):
    """A text parameter that takes one of options (gelu's approximate)."""
    expected = " or ".join(repr(option) for option in options)
    return Parameter(name, default, "a string", _is_text, expected, lambda value: value in options)


def flag(name, default=False):
    """A parameter that is True or False (rrelu's training, logsumexp's keepdim)."""
    return Parameter(name, default, "True or False", _is_bool)


def axis(name="dim", default=-1):
    """The axis a row-wise function works along: an int, negative ones from the end."""
    return Parameter(name, default, "an integer", _is_int)


def elementwise(*parameters, inplace=False, keeps_type=False, check=None, name=None):
    """Make the public function of a scalar function (see the module docstring).

    parameters: the declared parameters after x, in order, with the scalar function's
        own defaults.
    inplace: whether the function takes PyTorch's inplace=False after its parameters.
    keeps_type: whether it computes in its input's own type (the piecewise-linear
        functions) rather than in floats.
    check: a function of all the parameters' values that returns what is wrong with
        them together (hardtanh's min_val above max_val), or None.
    name: the public function's name, if not the scalar function's (for a scalar function
        that serves two public ones).
    """

    def lift(scalar):
        lifted = Lifted(scalar, parameters, inplace, keeps_type, check, name)
        function = _public_function(lifted)
        LIFTED[function] = lifted
        return _named_after(scalar, function, name=lifted.name)

    return lift


# The public function of each scalar function, written out with its own parameters.  Not a
# closure over (x, *args, **kwargs): packing those costs a tuple and a dict per call, and
# CPython 3.11+ inlines a call only into a function of fixed parameters, so that a closure
# made threshold(0.7, 0.5, -1.0) cost 12 times a bare def, and leaky_relu_derivative(0.7)
# 2.4 times.  collections.namedtuple and dataclasses write their methods the same way.
# A float x with the default parameters, or with floats that need no checking, goes straight
# to the scalar function, and a list with the defaults to the list path; all else to _call.
_PUBLIC_FUNCTION = """\
def {name}(x{parameters}):
    if type(x) is float:
{float_path}{list_path}    return _call(x, ({values_tuple}), {inplace})
"""


def _public_function(lifted):
    """The public function of lifted, from _PUBLIC_FUNCTION with its parameters filled in."""
    names = [parameter.name for parameter in lifted.parameters]
    namespace = {"_scalar": lifted.scalar, "_apply": lifted.apply, "_call": lifted.call}
    defaults, floats = [], []  # the conditions of the two shortcuts
    for parameter in lifted.parameters:
        name = parameter.name
        namespace["_default_" + name] = parameter.default
        default = "%s is _default_%s" % (name, name)
        defaults.append(default)
        if not parameter.numeric:
            floats.append(default)
            continue
        is_float = "type(%s) is float" % name
        if parameter.is_expected is not None:
            namespace["_expected_" + name] = parameter.is_expected
            is_float += " and _expected_%s(%s)" % (name, name)
        if type(parameter.default) is float or parameter.default is REQUIRED:
            floats.append(is_float)
        else:  # softplus's threshold=None
            floats.append("(%s or %s)" % (default, is_float))
    if lifted.check is not None:
        namespace["_check"] = lifted.check
        floats.append("_check(%s) is None" % ", ".join(names))
    if lifted.inplace:
        defaults.append("inplace is False")
        floats.append("inplace is False")
    values = "".join(", " + name for name in names)
    float_path = "" if lifted.required else _guarded(defaults, "return _scalar(x)", 8)
    if floats != defaults:
        float_path += _guarded(floats, "return _scalar(x%s)" % values, 8)
    list_path = (
        ""
        if lifted.required
        else _guarded(["type(x) is list"] + defaults, "return _apply(x, None)", 4)
    )
    source = _PUBLIC_FUNCTION.format(
        name=lifted.name,
        parameters="".join(", %s=_default_%s" % (name, name) for name in names)
        + (", inplace=False" if lifted.inplace else ""),
        float_path=float_path,
        list_path=list_path,
        values_tuple="".join(name + "," for name in names),
        inplace="inplace" if lifted.inplace else "False",
    )
    exec(source, namespace)
    return namespace[lifted.name]


def _guarded(conditions, statement, indent):
    """A line of statement, under an if of all the conditions if there are any, indented."""
    margin = " " * indent
    if not conditions:
        return "%s%s\n" % (margin, statement)
    return "%sif %s:\n%s    %s\n" % (margin, " and ".join(conditions), margin, statement)


def derivative_of(function, check=None, name=None):
    """Make a derivative's public function: the parameters of function, without inplace.

    check: what the parameters must be together, if not what function asks of them.
    name: as in elementwise.
    """
    lifted = LIFTED[function]
    return elementwise(
        *lifted.parameters, keeps_type=lifted.keeps_type, check=check or lifted.check, name=name
    )


def scalar_of(function):
    """The plain function of one number (or of one row) behind a public function.

    For an activation built on another: softplus' calls sigmoid's scalar function, with
    nothing in between.
    """
    return LIFTED[function].scalar


class Lifted:
    """A scalar function and its declared parameters: everything but the fast paths."""

    def __init__(self, scalar, parameters, inplace, keeps_type, check, name=None):
        self.scalar, self.parameters, self.inplace = scalar, parameters, inplace
        self.keeps_type, self.check = keeps_type, check
        self.name = name or _name_of(scalar)
        self.required = sum(parameter.default is REQUIRED for parameter in parameters)
        self.per_channel = None  # the index of a parameter that may take a value per channel
        for index, parameter in enumerate(parameters):
            if parameter.per_channel:
                self.per_channel = index

    def call(self, x, values, inplace):
        """The function at any x, with the values of every parameter as given."""
        parameters = self.checked(values, inplace)
        index = self.per_channel
        if index is not None and parameters is not None and type(parameters[index]) is list:
            return self.channelwise(x, parameters, index)
        if inplace:
            return self.in_place(x, parameters)
        if type(x) is float:
            return self.at(x, parameters)
        return self.apply(x, parameters)

    def channelwise(self, x, parameters, index):
        """x with one value of parameters[index] for each channel: axis 1, or 0 if x is flat."""
        values = parameters[index]
        if len(values) == 1:
            return self.apply(x, _replaced(parameters, index, values[0]))
        items = _items(x) if not isinstance(x, _NOT_A_LIST) and not is_real(x) else None
        if items is None or type(items) is not list:
            raise TypeError(
                "%s: x is %s, expected a list with %d channels"
                % (self.name, describe(x), len(values))
            )
        if items and is_real(items[0]):  # a flat list: its items are the channels
            return self.channels(items, parameters, index, ())
        samples = []
        for sample_index, sample in enumerate(items):
            channels = (
                None if isinstance(sample, _NOT_A_LIST) or is_real(sample) else _items(sample)
            )
            if type(channels) is not list:
                raise TypeError(
                    "%s: %s is %s, expected a list of %d channels"
                    % (self.name, position((sample_index,)), describe(sample), len(values))
                )
            samples.append(self.channels(channels, parameters, index, (sample_index,)))
        return samples

    def channels(self, items, parameters, index, path):
        values = parameters[index]
        if len(items) != len(values):
            where = "x" if not path else position(path)
            raise ValueError(
                "%s: %s has %d channels, but %s has %d values"
                % (self.name, where, len(items), self.parameters[index].name, len(values))
            )
        return [
            self.walk(item, _replaced(parameters, index, value), path + (channel,))
            for channel, (item, value) in enumerate(zip(items, values))
        ]

    def checked(self, values, inplace):
        """The parameter values once checked, or None for the defaults.

        The defaults are None so that the scalar function is called with its own.
        """
        if not (inplace is False or inplace is True):
            raise TypeError(
                "%s: inplace is %s, expected True or False" % (self.name, describe(inplace))
            )
        defaults = True
        for parameter, value in zip(self.parameters, values):
            if value is parameter.default:
                if value is REQUIRED:
                    raise TypeError(
                        "%s: %s is missing, expected %s"
                        % (self.name, parameter.name, parameter.kind)
                    )
                continue  # a default is good
            defaults = False
            parameter.check(self.name, value)
        if self.check is not None:
            problem = _holds(lambda: self.check(*values), None)  # Decimal('NaN') orders nothing
            if problem:
                raise ValueError("%s: %s" % (self.name, problem))
        if defaults:
            return None
        if not self.keeps_type:  # the smooth functions compute in floats
            return self.in_floats(values)
        return values

    def in_floats(self, values):
        """The numeric parameter values as float arithmetic takes them (see float_or_exact)."""
        if all(type(value) is float for value in values):
            return tuple(values)
        return tuple(
            float_or_exact(value) if parameter.numeric and is_real(value) else value
            for parameter, value in zip(self.parameters, values)
        )

    def apply(self, x, parameters):
        """The function at x, any input, with parameters already checked."""
        if type(x) is list and (parameters is None or not _holds_exact(parameters)):
            try:
                return self.map(x, parameters, 0)
            except (_Fallback, TypeError, ValueError, ArithmeticError):
                pass  # the general path below finds out why and says where
        return self.walk(x, parameters, ())

    def map(self, items, parameters, depth):
        """The fast path: a list of floats, ints and lists of them, nothing else."""
        if depth >= MAX_DEPTH:
            raise _Fallback
        scalar, element = self.scalar, self.element
        if parameters is None:
            return [scalar(v) if type(v) is float else element(v, None, depth) for v in items]
        if _only_floats(items):
            if self.keeps_type:  # a float x computes with float parameters
                parameters = self.in_floats(parameters)
                if _holds_exact(parameters):
                    raise _Fallback
            # repeat() binds the parameters quicker than calling scalar(v, *parameters)
            return list(map(scalar, items, *[repeat(value) for value in parameters]))
        return [element(v, parameters, depth) for v in items]

    def element(self, v, parameters, depth):
        """One element on the fast path that is not a float.

        Every real number is computed here, so that the general path takes over only for an
        iterable other than a list, or for something that is not a number, which raises.
        (rrelu's random slopes are drawn once per element whatever the input's types.)
        """
        if type(v) is list:
            return self.map(v, parameters, depth + 1)
        if type(v) is int or type(v) is float or is_real(v):
            return self.at(v, parameters)
        raise _Fallback  # anything else: the general path decides

    def walk(self, x, parameters, path):
        """The general path: x found at path inside the input, read once."""
        if is_real(x):
            try:
                return self.at(x, parameters)
            except TypeError:  # its __float__ fails: not a real number after all
                raise _not_a_number(self.name, x, path) from None
        items = self.items(x, path)
        if type(items) is not list:  # a 0-d NumPy array, through tolist()
            return self.walk(items, parameters, path)
        if not _holds_exact(parameters):
            try:
                return self.map(items, parameters, len(path))
            except (_Fallback, TypeError, ValueError, ArithmeticError):
                pass
        return [self.walk(item, parameters, path + (index,)) for index, item in enumerate(items)]

    def items(self, x, path):
        """The items of the iterable x, read once; anything else is an error that says where."""
        if isinstance(x, _NOT_A_LIST):
            raise _not_a_number(self.name, x, path)
        if len(path) >= MAX_DEPTH:
            raise ValueError("%s: input nests deeper than %d levels" % (self.name, MAX_DEPTH))
        items = _items(x)
        if items is None:
            raise _not_a_number(self.name, x, path)
        return items

    def at(self, x, parameters):
        """The scalar function at one real number x of any type.

        A float x computes in floats, parameters included, and so do the smooth functions
        whatever x is (Decimal's context, float32 and the like play no part; an ExactReal
        stands in where no float can hold x); the piecewise-linear ones compute in the
        arithmetic of any other x and its parameters.
        """
        scalar = self.scalar
        if type(x) is float or not self.keeps_type:
            if type(x) is not float:
                x = float_or_exact(x)  # an ExactReal only where no float can hold x
            if parameters is not None and self.keeps_type:
                parameters = self.in_floats(parameters)
        try:
            result = scalar(x) if parameters is None else scalar(x, *parameters)
        except _NOT_AS_IT_IS:
            if not self.keeps_type:
                raise
            # Too large for float arithmetic (10**400), or a type that does not mix with
            # floats (Decimal): the same formula in float arithmetic, exact where it must be.
            result = scalar(float_or_exact(x), *self.in_floats(parameters or ()))
        return rounded(result)

    def in_place(self, x, parameters):
        """inplace=True: the results written into x's lists, once all of them are computed."""
        if not isinstance(x, list):
            raise TypeError("%s: inplace=True needs a list, x is %s" % (self.name, describe(x)))
        _check_lists(self.name, x, ())  # before anything is read: a generator inside stays unread
        _write(x, self.apply(x, parameters))
        return x


class _Fallback(Exception):
    """Raised on a fast path that meets something only the general path handles."""


def _replaced(values, index, value):
    return values[:index] + (value,) + values[index + 1 :]


def _only_floats(items):
    return not set(map(type, items)) - {float}


def _holds_exact(parameters):
    return parameters is not None and any(type(value) is ExactReal for value in parameters)


def _is_iterable(x):
    """Whether x is an iterable that could be read as numbers (not text, not a number)."""
    if is_real(x) or isinstance(x, _NOT_A_LIST):
        return False
    return hasattr(x, "__iter__") or hasattr(x, "tolist")


def _is_number_array(x):
    """Whether x is a 0-d NumPy array, a number in a container's clothes."""
    return getattr(x, "ndim", None) == 0 and hasattr(x, "__len__") and hasattr(x, "tolist")


def _items(x):
    """The items of an iterable x, read once (NumPy arrays and array.array through tolist()),
    or None if x is not iterable."""
    tolist = getattr(x, "tolist", None)
    if tolist is not None and (hasattr(x, "__len__") or hasattr(x, "__iter__")):
        return tolist()
    try:
        return list(x)
    except TypeError:
        return None


def _check_lists(name, x, path):
    """inplace=True writes into lists only: every iterable inside x must be one."""
    if len(path) >= MAX_DEPTH:
        return  # the computation reports the depth
    for index, item in enumerate(x):
        if isinstance(item, list):
            _check_lists(name, item, path + (index,))
        elif _is_iterable(item):
            raise TypeError(
                "%s: inplace=True needs lists all the way down, %s is %s"
                % (name, position(path + (index,)), describe(item))
            )


def _write(x, results):
    if not any(type(result) is list for result in results):
        x[:] = results
        return
    for index, result in enumerate(results):
        if type(result) is list:
            _write(x[index], result)
        else:
            x[index] = result


def _not_a_number(name, value, path):
    if not path:
        return TypeError(
            "%s: x is %s, expected a real number or an iterable of them" % (name, describe(value))
        )
    return TypeError(
        "%s: %s is %s, expected a real number" % (name, position(path), describe(value))
    )


def position(path):
    """Where a value is: x itself, or element [i][j]... inside it."""
    if not path:
        return "x"
    return "element " + "".join("[%d]" % index for index in path)


def _name_of(function):
    name = getattr(function, "__name__", None)
    return name if name and name != "function" else "function"


def _named_after(scalar, function, wraps=True, name=None):
    """function, with the name, docstring and signature of scalar where the interpreter allows.

    wraps: whether scalar's signature is function's (not for rows, whose dim is function's).
    name: function's name, if not scalar's.
    """
    try:
        function.__name__ = name or scalar.__name__
        function.__qualname__ = name or scalar.__qualname__
        function.__module__ = scalar.__module__
        function.__doc__ = scalar.__doc__
        if wraps:
            function.__wrapped__ = scalar
    except AttributeError:
        pass  # MicroPython's functions carry no writable metadata
    return function


def _positive(value):
    return _holds(lambda: not value <= 0)


def _nonnegative(value):
    return _holds(lambda: not value < 0)


def _nonzero(value):
    return _holds(lambda: value != 0)


def _holds(test, otherwise=True):
    """test(), or otherwise if it cannot tell: Decimal('NaN') refuses to be ordered, and a
    nan parameter is allowed (it gives nan results)."""
    try:
        return test()
    except ArithmeticError:
        return otherwise


def _is_real_or_none(value):
    return value is None or is_real(value)


def _is_slopes(value):
    return (
        is_real(value)
        or type(value) is list
        and len(value) > 0
        and all(is_real(item) for item in value)
    )


def _is_text(value):
    return isinstance(value, str)


def _is_bool(value):
    return value is True or value is False


def _is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def rowwise(result="row", even=False):
    """Make the public function of a function of one row, such as softmax.

    The row function takes a list of floats (an ExactReal where no float can hold a
    number) and returns, as result says, a "row" that takes the input row's place (of
    the same length, or half of it), a "number" (logsumexp: the axis goes, or stays with
    length 1 under keepdim=True, as in PyTorch), or a "matrix", the row's Jacobian (the
    axis moves last and becomes two).  even: the axis must have even length (glu).
    """

    def lift(row_function):
        lifted = LiftedRows(row_function, result, even)
        call = lifted.call
        if result == "number":

            def function(x, dim=-1, keepdim=False):
                return call(x, dim, keepdim)

        else:

            def function(x, dim=-1):
                return call(x, dim, False)

        LIFTED[function] = lifted
        return _named_after(row_function, function, wraps=False)

    return lift


class LiftedRows(Lifted):
    """A function of one row: the rows found along any axis.

    dim=-1, the default, works on any list of rows, even of different lengths; any
    other axis needs nested lists of equal lengths, a table of numbers.
    """

    def __init__(self, row_function, result, even):
        parameters = (
            (axis("dim", -1), flag("keepdim")) if result == "number" else (axis("dim", -1),)
        )
        Lifted.__init__(self, row_function, parameters, False, False, None)
        self.result, self.even = result, even

    def call(self, x, dim, keepdim):
        self.parameters[0].check(self.name, dim)
        if self.result == "number":
            self.parameters[1].check(self.name, keepdim)
        if dim == -1:
            results = self.rows(x, ())
            return _wrap_numbers(results) if keepdim else results
        data, shape = self.table(x, dim)
        index = self.axis_of(dim, shape)
        if 0 in shape:
            raise ValueError(
                "%s: x has shape %s: no numbers along some axis, expected at least one"
                % (self.name, _shape_text(shape))
            )
        results = self.rows(_axis_last(data, index), ())
        if self.result == "matrix" or (self.result == "number" and not keepdim):
            return results
        return _axis_back(_wrap_numbers(results) if keepdim else results, index)

    def rows(self, x, path):
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
            return [self.rows(item, path + (index,)) for index, item in enumerate(items)]
        if self.even and len(items) % 2:
            raise ValueError(
                "%s: %s has %d numbers along dim -1, expected an even number"
                % (self.name, position(path), len(items))
            )
        if _only_floats(items):
            return self.scalar(items)
        row = [self.number(item, path + (index,)) for index, item in enumerate(items)]
        return _rounded_all(self.scalar(row))

    def not_rows(self, x):
        return ValueError(
            "%s: x is %s, expected a row of numbers or a list of rows" % (self.name, describe(x))
        )

    def number(self, x, path):
        """x, which must be a real number, as float arithmetic can use it."""
        if _is_number_array(x):
            x = x.tolist()
        if not is_real(x):
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

"""Pictures and tables of activation functions and of data, for notebooks, scripts and the
command line.

    plot(*functions, ...)    a Figure: print() it for a terminal plot, or show it in a
                             notebook as SVG; fig.svg() is the SVG text, fig.save(path) a file
    table(*functions, ...)   a Table: print() it for aligned text, or show it in a notebook
                             as an HTML table

A function is a public function of the package, its name, a ``functools.partial`` of one
with parameters, or any callable of one number.  Public functions are called on the whole
list of inputs at once; any other callable one number at a time, and a point where it raises
ArithmeticError or ValueError is left out, as nan is.  plot() also draws data, as matplotlib
does: a list of numbers (the ys, against 0, 1, 2, ...) or two (the xs, then the ys).

What the functions are (their names, families, parameters and formulas) is the catalogue's
(``_catalogue.py``); this module only draws.  Neither is imported by ``import activations``:
the package itself needs only ``math``, while these use the standard library of CPython or PyPy.
"""

import functools
import html
import math
import os
import reprlib
import shutil
import sys
import textwrap

from activations import _catalogue as catalogue
from activations._catalogue import UsageError

MOST_ROWS = 100000  # a table longer than this is a mistake, not something to read
MOST_SIZE = 1000  # columns or rows of a terminal plot
MOST_DIGITS = 17  # decimals: more would only show a float's rounding
UNICODE_GLYPHS = "●■▲◆○□△◇"
ASCII_GLYPHS = "*+ox#@%&"
UNICODE_FRAME = "│─┼└"  # vertical, horizontal, crossing, corner
ASCII_FRAME = "|-++"
# A notebook's output is text in a browser, in whichever monospaced font the browser finds
# first.  Every such font has ASCII at one cell's width, but not every one has these symbols
# or even the frame's box drawing: the browser then takes them from another font, as wide as
# that one draws them.  Measured in Chromium (docs/notebook/README.md): Inconsolata, Noto
# Mono and Courier Prime have neither, and draw them 1.2 to 2 cells wide; Liberation Mono
# and Cousine lack three of the eight.  So inside a Jupyter kernel the plot is ASCII.
# Okabe and Ito's colours (2008), which people with any colour vision tell apart: under a
# simulation of protanopia or deuteranopia the first four stay at least 50 apart and all
# eight at least 17 (CIE76 Delta E; tests/test_draw.py computes it).  Their yellow stays as
# it is, pale on white: darkened, it comes within 5 of the orange for a protanope.  Each
# has its terminal colour: the nearest of xterm's 256, except black, which is the
# terminal's own text colour (39), so that it shows on a dark background as well.
PALETTE = (
    ("#000000", "39"),  # black
    ("#E69F00", "38;5;178"),  # orange
    ("#0072B2", "38;5;25"),  # blue
    ("#009E73", "38;5;36"),  # bluish green
    ("#D55E00", "38;5;166"),  # vermillion
    ("#56B4E9", "38;5;74"),  # sky blue
    ("#CC79A7", "38;5;175"),  # reddish purple
    ("#F0E442", "38;5;221"),  # yellow
)
MOST_CURVES = len(PALETTE)  # with more, two curves would share a colour and a symbol
# The SVG's size follows the terminal plot's: a character is 8 x 16 pixels, as in a usual
# terminal font, so 80 x 24 characters make 640 x 384 pixels.
PIXELS_PER_COLUMN, PIXELS_PER_ROW = 8, 16
LARGEST = sys.float_info.max
# How the checks name what they check: as plot() and table() name their parameters, or as
# the command line names its options (see _cli.py).
PYTHON_NAMES = {}


# --- what is drawn: functions and data, each with a label ------------------------------------


class Curve:
    """A function of one number with a label, evaluated on a list of inputs at a time."""

    def __init__(self, function, label, takes_lists):
        self.function, self.label, self.takes_lists = function, label, takes_lists

    def values(self, xs, caller):
        """The function at each x, each a real number; nan where a callable of one number
        raised ArithmeticError or ValueError.  A value that is no number is a TypeError."""
        if self.takes_lists:
            ys = self.function(list(xs))
        else:
            ys = [self._at(x) for x in xs]
        for x, y in zip(xs, ys):
            if _real(y) is None:
                raise TypeError(
                    "%s: %s gave %s at x = %r, expected a real number"
                    % (caller, self.label, reprlib.repr(y), x)
                )
        return ys

    def _at(self, x):
        try:
            return self.function(x)
        except (ArithmeticError, ValueError):  # 1/x at 0, log(-1): not a point of the curve
            return math.nan

    def runs(self, start, stop, count, caller):
        """The curve at count points from start to stop, as runs of (x, y) between the points
        where it is not finite."""
        xs = _evenly(start, stop, count)
        return _runs(zip(xs, (_real(y) for y in self.values(xs, caller))))


class Series:
    """Data: points (x, y) joined in the order given, with a label."""

    def __init__(self, xs, ys, label):
        self.xs, self.ys, self.label = xs, ys, label

    def runs(self, start, stop, count, caller):
        """The lines between the points, cut where a point is not finite and at start and stop."""
        return [
            part
            for run in _runs(zip(self.xs, self.ys))
            for part in _clipped(run, start, stop)
            if part
        ]


def curves_of(arguments, labels, caller, data=True):
    """A Curve for each function and a Series for each list of numbers (one: the ys, or two
    in a row: the xs, then the ys), labelled by labels if given (a string is one label)."""
    if not arguments:
        raise UsageError(
            "%s: name at least one function, e.g. %s(activations.relu)" % (caller, caller)
        )
    curves, series = [], []
    position = 0
    while position < len(arguments):
        argument = arguments[position]
        if not _is_data(argument):
            curves.append(curve_of(argument, caller))
            position += 1
            continue
        if not data:
            raise TypeError(
                "%s: %s (%s) is not a function; to tabulate at given inputs, write "
                "%s(..., x=[...])" % (caller, reprlib.repr(argument), _type(argument), caller)
            )
        pair = position + 1 < len(arguments) and _is_data(arguments[position + 1])
        series.append(len(curves))
        curves.append(arguments[position : position + 2] if pair else [None, argument])
        position += 2 if pair else 1
    for number, index in enumerate(series, 1):
        name = "data" if len(series) == 1 else "data %d" % number
        curves[index] = _series(curves[index], name, len(series) > 1, caller)
    if labels is not None:
        labels = [labels] if isinstance(labels, str) else [str(label) for label in labels]
        if len(labels) != len(curves):
            raise UsageError(
                "%s: %d labels for %d curves; give one label per function or data"
                % (caller, len(labels), len(curves))
            )
        for curve, label in zip(curves, labels):
            curve.label = label
    return curves


def curve_of(function, caller):
    """The Curve of a function: a public one, its name, a partial, or any callable."""
    if isinstance(function, str):
        catalogue.function_named(function, caller, "activations.__all__ lists them all")
        return _public_curve(function, caller, {})
    name = catalogue.public_name(function)
    if name is not None:
        return _public_curve(name, caller, {})
    if isinstance(function, functools.partial):
        name = catalogue.public_name(function.func)
        if name is not None and not function.args:
            return _public_curve(name, caller, function.keywords)
        inner = name or getattr(function.func, "__name__", type(function.func).__name__)
        arguments = [repr(a) for a in function.args]
        arguments += ["%s=%r" % item for item in function.keywords.items()]
        return Curve(function, "%s(%s)" % (inner, ", ".join(arguments)), takes_lists=False)
    if callable(function):
        label = getattr(function, "__name__", None) or type(function).__name__
        return Curve(function, label, takes_lists=False)
    raise TypeError(
        "%s: %s (%s) is not a function, the name of one, or a list of numbers"
        % (caller, reprlib.repr(function), _type(function))
    )


def _public_curve(name, caller, parameters):
    catalogue.check_computable(name, caller)
    if catalogue.is_rowwise(name):
        raise UsageError("%s: %s works on whole rows, not on one number at a time" % (caller, name))
    function = catalogue.function(name)
    if not parameters:
        return Curve(function, function.__name__, takes_lists=True)
    label = "%s(%s)" % (function.__name__, ", ".join("%s=%r" % item for item in parameters.items()))
    return Curve(functools.partial(function, **parameters), label, takes_lists=True)


def _is_data(argument):
    """A list of numbers, a tuple, a range, an array: anything iterable but text or a function."""
    return (
        not isinstance(argument, (str, bytes))
        and not callable(argument)
        and hasattr(argument, "__iter__")
    )


def _series(pair, name, several, caller):
    """A Series from [xs, ys] (xs None: 0, 1, 2, ...), every element checked to be a number."""
    xs, ys = pair
    which = " (%s)" % name if several else ""
    ys = _numbers(ys, "ys" + which, caller)
    xs = list(range(len(ys))) if xs is None else _numbers(xs, "xs" + which, caller)
    if not ys:
        raise UsageError("%s: ys%s is empty" % (caller, which))
    if len(xs) != len(ys):
        raise UsageError(
            "%s: xs%s has %d numbers and ys %d; give one y for each x"
            % (caller, which, len(xs), len(ys))
        )
    return Series([_real(x) for x in xs], [_real(y) for y in ys], name)


def _numbers(values, what, caller):
    """values as a list, each element a real number (a TypeError naming its position if not)."""
    values = list(values)
    for index, value in enumerate(values):
        if _real(value) is None:
            raise TypeError(
                "%s: %s element [%d] is %s (%s), expected a real number"
                % (caller, what, index, reprlib.repr(value), _type(value))
            )
    return values


def _real(value):
    """value as a float (an int beyond a float's range is an infinity), or None if it is no
    real number."""
    if isinstance(value, (str, bytes)):
        return None
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf
    except (TypeError, ValueError):
        return None


def _type(value):
    return type(value).__name__


def _runs(points):
    """Points (x, y) as runs of finite points: a point that is not finite ends a run."""
    runs, run = [], []
    for x, y in points:
        if math.isfinite(x) and math.isfinite(y):
            run.append((x, y))
        elif run:
            runs.append(run)
            run = []
    return runs + [run] if run else runs


def _clipped(run, start, stop):
    """The parts of a run of points joined by lines that lie between start and stop in x."""
    if len(run) == 1:
        return [run] if start <= run[0][0] <= stop else []
    parts, part = [], []
    for (x0, y0), (x1, y1) in zip(run, run[1:]):
        if x0 == x1:
            inside = (0.0, 1.0) if start <= x0 <= stop else None
        else:
            # Halves, so that the widest spans (-1e308 to 1e308) do not overflow.
            to_start = (start / 2 - x0 / 2) / (x1 / 2 - x0 / 2)
            to_stop = (stop / 2 - x0 / 2) / (x1 / 2 - x0 / 2)
            low, high = max(0.0, min(to_start, to_stop)), min(1.0, max(to_start, to_stop))
            inside = (low, high) if low <= high else None
        if inside is None:
            parts, part = parts + [part], []
            continue
        low, high = inside
        if not part or low > 0:
            parts, part = parts + [part], [_between(x0, y0, x1, y1, low)]
        part.append(_between(x0, y0, x1, y1, high))
        if high < 1:
            parts, part = parts + [part], []
    return [p for p in parts + [part] if p]


def _between(x0, y0, x1, y1, t):
    return x0 + (x1 - x0) * t, y0 + (y1 - y0) * t


# --- checks, ranges, numbers and scales --------------------------------------------------------


def _named(name, names):
    return names.get(name, name)


def check_finite(caller, names, **values):
    """Each value a finite real number (an error naming it otherwise)."""
    for name, value in values.items():
        if isinstance(value, (str, bytes)) or not hasattr(value, "__float__"):
            raise UsageError(
                "%s: %s is %r, expected a real number" % (caller, _named(name, names), value)
            )
        try:
            finite = math.isfinite(value)
        except OverflowError:  # an int too large for a float
            raise UsageError(
                "%s: %s is too large, beyond a float's range" % (caller, _named(name, names))
            ) from None
        if not finite:
            raise UsageError("%s: %s must be finite, not %r" % (caller, _named(name, names), value))


def check_count(caller, names, name, value, lowest, highest):
    """An int option (a size, a number of digits) between lowest and highest."""
    if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= highest:
        raise UsageError(
            "%s: %s must be a whole number from %d to %d, not %r"
            % (caller, _named(name, names), lowest, highest, value)
        )


def table_inputs(caller, names, start, stop, step):
    """start, start + step, ... up to stop: checked to be finite and at most MOST_ROWS."""
    check_finite(caller, names, start=start, stop=stop, step=step)
    if step <= 0:
        raise UsageError("%s: %s must be positive, not %r" % (caller, _named("step", names), step))
    if start > stop:
        raise UsageError("%s: the range from %r to %r is empty" % (caller, start, stop))
    # Halves, so that the widest ranges (-1e308 to 1e308) do not overflow.
    steps = (stop / 2 - start / 2) / step * 2
    if steps >= MOST_ROWS:
        raise UsageError(
            "%s: from %r to %r in steps of %r is %.0f rows, more than %d; use a larger %s or a "
            "shorter range"
            % (caller, start, stop, step, steps + 1, MOST_ROWS, _named("step", names))
        )
    inputs = [start + index * step for index in range(math.floor(steps + 1e-9) + 1)]
    if not math.isfinite(inputs[-1]):  # from -1e308 to 1e308: index * step overflows
        inputs = [(start / 2 + index * (step / 2)) * 2 for index in range(len(inputs))]
    return inputs


def given_inputs(caller, inputs):
    """The inputs of table(x=...): a list of real numbers, as given, at most MOST_ROWS."""
    if isinstance(inputs, (str, bytes)) or not hasattr(inputs, "__iter__"):
        raise TypeError(
            "%s: x is %s (%s), expected a list of numbers"
            % (caller, reprlib.repr(inputs), _type(inputs))
        )
    inputs = _numbers(inputs, "x", caller)
    if not inputs:
        raise UsageError("%s: x is empty; give at least one input" % caller)
    if len(inputs) > MOST_ROWS:
        raise UsageError("%s: x has %d inputs, more than %d" % (caller, len(inputs), MOST_ROWS))
    return inputs


def format_number(value, digits):
    """A number to the given decimals: an int in full, a float of magnitude 1e16 or more in
    scientific notation, and never a minus sign on a zero (-0.0, or -0.001 to 2 decimals)."""
    if isinstance(value, int):
        return str(int(value))
    number = _real(value)
    if not math.isfinite(number):
        return str(number)
    text = "%.*e" % (digits, number) if abs(number) >= 1e16 else "%.*f" % (digits, number)
    if text.startswith("-") and not any(digit in "123456789" for digit in text):
        text = text[1:]
    return text


def number_column(values, digits):
    """A column of numbers as texts of one width, lined up on the decimal point.

    Each is shown to the given decimals (see format_number), less the trailing zeros that
    every number of the column has (one decimal stays, to show a float): 0.5000 and 1.2500
    become 0.50 and 1.25, 0.5000 and 1.0000 become 0.5 and 1.0.
    """
    texts = [format_number(value, digits) for value in values]
    fixed = [index for index, text in enumerate(texts) if "." in text and "e" not in text]
    if fixed:
        spare = min(len(texts[i]) - len(texts[i].rstrip("0")) for i in fixed)
        spare = min(spare, digits - 1)
        for index in fixed if spare > 0 else ():
            texts[index] = texts[index][:-spare]
    # Split at the point (or at the exponent, or after the last digit of an int or nan).
    splits = []
    for text in texts:
        point = text.find(".") if "." in text else text.find("e") if "e" in text else len(text)
        splits.append((text[:point], text[point:]))
    whole = max(len(left) for left, _ in splits)
    fraction = max(len(right) for _, right in splits)
    return [left.rjust(whole) + right.ljust(fraction) for left, right in splits]


def _fraction(value, low, high):
    """Where value lies from low (0.0) to high (1.0)."""
    span = high - low
    if math.isfinite(span):
        return (value - low) / span
    return (value / 2 - low / 2) / (high / 2 - low / 2)  # halves keep the widest ranges finite


def _evenly(start, stop, count):
    """count numbers from start to stop, evenly spaced."""
    if math.isfinite(stop - start):
        return [start + (stop - start) * index / (count - 1) for index in range(count)]
    return [
        start * (1 - index / (count - 1)) + stop * (index / (count - 1)) for index in range(count)
    ]


def _clamped(value):
    return max(-LARGEST, min(LARGEST, value))


def value_range(values):
    """low and high for the y axis: every finite value, with a margin, as finite floats."""
    finite = [y for y in values if math.isfinite(y)]
    if not finite:
        return -1.0, 1.0
    low, high = min(finite), max(finite)
    margin = (high / 2 - low / 2) / 10  # 5% of the span
    if margin <= max(abs(low), abs(high)) * 1e-12:  # a flat curve: show the span around it
        margin = max(1.0, abs(low) / 2)
    return _clamped(low - margin), _clamped(high + margin)


def nice_ticks(low, high, most):
    """Round values from low to high, at most `most` of them: multiples of 1, 2, 2.5 or 5.

    A range too narrow for any step that a float can hold (0 to 5e-324) has its two ends.
    """
    rough = high / most - low / most
    if not rough > 0:
        return [low, high]
    step = 10.0 ** math.floor(math.log10(rough))
    for factor in (1, 2, 2.5, 5, 10):
        if rough <= step * factor:
            step *= factor
            break
    if not 0 < step < math.inf:
        return [low, high]
    # Multiples of step, so that 0 is exactly 0 and not 1e-17.
    first, last = math.ceil(low / step), math.floor(high / step)
    return [index * step for index in range(first, last + 1)]


def tick_labels(ticks):
    """The ticks as short text, with as many digits as it takes to tell them apart."""
    for digits in range(3, 17):
        labels = ["%.*g" % (digits, tick) for tick in ticks]
        if len(set(labels)) == len(labels):
            return labels
    return labels


# --- tables -----------------------------------------------------------------------------------


def table(*functions, start=None, stop=None, step=None, x=None, digits=4, labels=None):
    """A table of functions: a row per input, a column per function.

    print() it for aligned text; a notebook shows it as an HTML table.  Each function is a
    public function, its name, a functools.partial of one, or any callable of one number.
    The numbers of a column line up on their decimal point.

    Args:
        functions: what to tabulate, one column each.
        start, stop, step: the inputs start, start + step, ... up to stop (default -5, 5
            and 1; at most 100,000 rows).
        x: the inputs, a list of numbers, instead of start, stop and step.
        digits: decimals shown, 0 to 17 (default 4): each number is rounded to this many
            places, and the zeros at the end that every number of its column has are left
            off, one decimal aside; ints are shown in full.
        labels: column headings, one per function (default: their names); a string is one.

    Example:
        >>> import activations as act
        >>> print(act.table("relu", act.sigmoid, start=-1, stop=1, step=0.5, digits=3))
           x  relu  sigmoid
        -1.0   0.0    0.269
        -0.5   0.0    0.378
         0.0   0.0    0.500
         0.5   0.5    0.622
         1.0   1.0    0.731
        >>> print(act.table(act.tanh, x=[-2, 0, 0.5]))
           x     tanh
        -2    -0.9640
         0     0.0000
         0.5   0.4621
    """
    curves = curves_of(functions, labels, "table", data=False)
    if x is None:
        start, stop, step = (
            default if value is None else value
            for value, default in ((start, -5), (stop, 5), (step, 1))
        )
        inputs = table_inputs("table", PYTHON_NAMES, start, stop, step)
    elif (start, stop, step) != (None, None, None):
        raise UsageError("table: give either x or start, stop and step, not both")
    else:
        inputs = given_inputs("table", x)
    return Table(curves, inputs, digits)


class Table:
    """Aligned text when printed, an HTML table in a notebook.

    ``labels`` are the column headings ("x" first) and ``rows`` the numbers, a list per input.
    """

    def __init__(self, curves, inputs, digits=4, caller="table", names=PYTHON_NAMES):
        check_count(caller, names, "digits", digits, 0, MOST_DIGITS)
        self.labels = ["x"] + [curve.label for curve in curves]
        columns = [curve.values(inputs, caller) for curve in curves]
        self.rows = [[x] + [column[index] for column in columns] for index, x in enumerate(inputs)]
        self.digits = digits

    def cells(self):
        """The numbers as text, a list per row, each column lined up on the decimal point."""
        columns = [number_column(column, self.digits) for column in zip(*self.rows)]
        return [list(row) for row in zip(*columns)]

    def text(self):
        return aligned([self.labels] + self.cells())

    __str__ = __repr__ = text

    def _repr_html_(self):
        # A monospaced font and the spaces kept: the decimal points line up as in the text.
        number = "text-align: right; font-family: monospace; white-space: pre"

        def row(cells, tag, style):
            return "<tr>%s</tr>" % "".join(
                '<%s style="%s">%s</%s>' % (tag, style, html.escape(cell), tag) for cell in cells
            )

        body = [row(cells, "td", number) for cells in self.cells()]
        return "<table>\n<thead>%s</thead>\n<tbody>\n%s\n</tbody>\n</table>" % (
            row(self.labels, "th", "text-align: right"),
            "\n".join(body),
        )


def aligned(rows, first_left=False):
    """Rows of cells as lines: each column right-aligned (the first left-aligned if asked)."""
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return "\n".join(
        "  ".join(
            cell.ljust(width) if first_left and column == 0 else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths))
        ).rstrip()
        for row in rows
    )


# --- terminal plots -------------------------------------------------------------------------


def use_colour(stream=None):
    """Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    stream = sys.stdout if stream is None else stream
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def use_ascii():
    """ASCII inside a Jupyter kernel, whose printed output a browser shows (see
    UNICODE_GLYPHS): Jupyter, JupyterLab, VS Code and Colab all run Python in ipykernel."""
    return "ipykernel" in sys.modules


def text_plot(curves, frame, ascii, colour, words, caller):
    """A terminal plot: axes with labelled ticks, a glyph (and colour) per curve, a legend.

    Where curves share cells, those cells show each of the curves in turn along the way
    (column by column, top to bottom), so a curve under another still shows.
    """
    start, stop, low, high, width, height = frame
    title, xlabel, ylabel = words
    glyphs = ASCII_GLYPHS if ascii else UNICODE_GLYPHS
    vertical, horizontal, crossing, corner = ASCII_FRAME if ascii else UNICODE_FRAME
    entries = ["%s %s" % (glyphs[index], curve.label) for index, curve in enumerate(curves)]
    # Entries three spaces apart, in as many lines as it takes within the width.
    legend = _legend_rows([len(entry) + 3 for entry in entries], width - 2 + 3)
    extra = [text for text in (title, ylabel) if text] + [text for text in (xlabel,) if text]
    rows = height - 2 - len(legend) - len(extra)
    if rows < 4:
        raise UsageError("%s: a height of %d leaves no room for the curves" % (caller, height))
    y_ticks = nice_ticks(low, high, max(3, rows // 4))
    y_labels = tick_labels(y_ticks)
    label_width = max([len(label) for label in y_labels] + [5]) + 1
    columns = width - label_width - 1
    if columns < 10:
        raise UsageError("%s: a width of %d leaves no room for the curves" % (caller, width))

    def row_at(y):  # where y lies, in rows from the top, not rounded
        return min(rows - 1.0, max(0.0, (1 - _fraction(y, low, high)) * (rows - 1)))

    def column_at(x):
        return _fraction(x, start, stop) * (columns - 1)

    owners = {}  # (column, row): the curves that pass through the cell, in order
    for index, curve in enumerate(curves):
        for run in curve.runs(start, stop, columns, caller):
            for cell in _traced([(column_at(x), row_at(y)) for x, y in run]):
                owners.setdefault(cell, []).append(index)
    shown, turns = {}, {}
    for cell in sorted(owners):  # column by column: each group of curves takes turns
        present = owners[cell]
        turn = turns.get(tuple(present), 0)
        shown[cell] = present[turn % len(present)]
        turns[tuple(present)] = turn + 1

    zero_row = round(row_at(0.0)) if low <= 0.0 <= high else None
    zero_column = round(column_at(0.0)) if start <= 0.0 <= stop else None
    zero_column = zero_column or None  # not along the frame's left side (from 0 to 5: ││)

    def cell(row, column):
        if (column, row) in shown:
            index = shown[column, row]
            return _painted(glyphs[index], index, colour)
        if column == zero_column:
            return crossing if row == zero_row else vertical
        return horizontal if row == zero_row else " "

    labels_at = {round(row_at(tick)): label for tick, label in zip(y_ticks, y_labels)}
    lines = [title.center(width).rstrip()] if title else []
    lines += [" " * label_width + ylabel] if ylabel else []
    for row in range(rows):
        body = "".join(cell(row, column) for column in range(columns))
        lines.append("%*s %s%s" % (label_width - 1, labels_at.get(row, ""), vertical, body))
    # The frame's corner under its side, and each tick and its label under its column.
    left = label_width + 1  # where the curves' first column is
    axis, under = [horizontal] * columns, [" "] * (left + columns)
    x_ticks = nice_ticks(start, stop, max(2, columns // 10))
    for tick, text in zip(x_ticks, tick_labels(x_ticks)):
        column = round(column_at(tick))
        axis[column] = crossing
        begin = max(0, min(left + column - len(text) // 2, len(under) - len(text)))
        if all(spot == " " for spot in under[max(0, begin - 1) : begin + len(text) + 1]):
            under[begin : begin + len(text)] = text
    lines.append(" " * label_width + corner + "".join(axis))
    lines.append("".join(under))
    if xlabel:
        lines.append(" " * left + xlabel.center(columns))
    for indexes in legend:
        painted = [_painted(entries[i][0], i, colour) + entries[i][1:] for i in indexes]
        lines.append("  " + "   ".join(painted))
    return "\n".join(line.rstrip() for line in lines)


def _traced(points):
    """The cells (column, row) a line through points (in columns and rows, not rounded)
    passes through: each point's cell, the line's cell at each column it crosses, and where
    it is steep, the rows between two columns, half of them in each."""
    visits = []
    for index, (column, row) in enumerate(points):
        if index:
            last_column, last_row = points[index - 1]
            crossed = range(
                math.ceil(min(last_column, column) + 1e-9),
                math.floor(max(last_column, column) - 1e-9) + 1,
            )
            for between in crossed if column > last_column else reversed(crossed):
                share = (between - last_column) / (column - last_column)
                visits.append((between, round(last_row + (row - last_row) * share)))
        visits.append((round(column), round(row)))
    cells = set(visits[:1])
    for (column_a, row_a), (column_b, row_b) in zip(visits, visits[1:]):
        if column_a == column_b:
            cells.update((column_a, row) for row in range(min(row_a, row_b), max(row_a, row_b) + 1))
            continue
        if row_a <= row_b:  # going down: a takes the upper half of the rows between
            split = (row_a + row_b) // 2
            rows_a, rows_b = range(row_a, split + 1), range(min(split + 1, row_b), row_b + 1)
        else:
            split = (row_a + row_b + 1) // 2
            rows_a, rows_b = range(split, row_a + 1), range(row_b, max(split - 1, row_b) + 1)
        cells.update((column_a, row) for row in rows_a)
        cells.update((column_b, row) for row in rows_b)
    return cells


def _painted(text, index, colour):
    if not colour:
        return text
    return "\x1b[%sm%s\x1b[0m" % (PALETTE[index][1], text)


def _legend_rows(entry_widths, width):
    """The legend's entries (by index) in rows no wider than width."""
    rows, used = [], width
    for index, entry_width in enumerate(entry_widths):
        if rows and used + entry_width <= width:
            rows[-1].append(index)
            used += entry_width
        else:
            rows.append([index])
            used = entry_width
    return rows


# --- SVG --------------------------------------------------------------------------------------

SVG_SAMPLES = 401
CHARACTER_WIDTH = 7  # about, in pixels, for 12px sans-serif: for laying out legends and labels
# A curve over an earlier one is dashed, the more curves under it the shorter its dashes (all
# 14 pixels apart): where they run together and their dashes start together, each shows 3
# pixels or more of every 14 beside the dashes of those above it.
DASHES = ("", "9 5", "6 8", "3 11")
# Curves within this many pixels of each other, along at least NEAR_LENGTH pixels, coincide.
NEAR, NEAR_LENGTH = 1, 8


class SvgLayout:
    """Where the parts of an SVG go: margins, the plot's box and the legend's rows."""

    def __init__(self, labels, y_labels, words, width, height, caller):
        title, xlabel, ylabel = words
        self.width, self.height = width, height
        self.entry_widths = [30 + CHARACTER_WIDTH * len(label) + 20 for label in labels]
        self.legend_rows = _legend_rows(self.entry_widths, width - 40)
        self.left = (
            20
            + CHARACTER_WIDTH * max([len(label) for label in y_labels] + [3])
            + (24 if ylabel else 0)
        )
        self.top = 40 if title else 16
        bottom = 34 + (20 if xlabel else 0) + 20 * len(self.legend_rows)
        self.plot_width, self.plot_height = width - self.left - 20, height - self.top - bottom
        if self.plot_width < 50 or self.plot_height < 50:
            raise UsageError(
                "%s: an SVG of %dx%d leaves no room for the curves" % (caller, width, height)
            )


def svg_plot(curves, runs, frame, words, caller):
    """A standalone SVG document: grid, axes, ticks, labels, a legend and one path per curve."""
    start, stop, low, high, width, height = frame
    title, xlabel, ylabel = words
    y_ticks = nice_ticks(low, high, 8)
    y_labels = tick_labels(y_ticks)
    layout = SvgLayout([curve.label for curve in curves], y_labels, words, width, height, caller)
    left, top = layout.left, layout.top
    plot_width, plot_height = layout.plot_width, layout.plot_height

    def px(x):
        return left + _fraction(x, start, stop) * plot_width

    def py(y):
        return top + (1 - _fraction(y, low, high)) * plot_height

    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
        'font-family="sans-serif" font-size="12">' % (width, height, width, height),
        '<rect width="%d" height="%d" fill="white"/>' % (width, height),
    ]
    if title:
        parts.append(
            '<text class="title" x="%.1f" y="24" text-anchor="middle" font-size="15" '
            'font-weight="bold">%s</text>' % (left + plot_width / 2, html.escape(title))
        )
    parts.append(
        '<g class="plot" data-x-from="%r" data-x-to="%r" data-y-from="%r" data-y-to="%r" '
        'data-left="%d" data-top="%d" data-width="%d" data-height="%d">'
        % (start, stop, low, high, left, top, plot_width, plot_height)
    )
    x_ticks = nice_ticks(start, stop, 10)
    for tick, text in zip(x_ticks, tick_labels(x_ticks)):
        x = px(tick)
        parts.append(_line("grid", x, top, x, top + plot_height, "#e6e6e6"))
        parts.append(_line("tick", x, top + plot_height, x, top + plot_height + 5, "#444"))
        parts.append(
            '<text x="%.2f" y="%d" text-anchor="middle">%s</text>'
            % (x, top + plot_height + 18, text)
        )
    for tick, text in zip(y_ticks, y_labels):
        y = py(tick)
        parts.append(_line("grid", left, y, left + plot_width, y, "#e6e6e6"))
        parts.append(_line("tick", left - 5, y, left, y, "#444"))
        parts.append(
            '<text x="%d" y="%.2f" text-anchor="end" dominant-baseline="middle">%s</text>'
            % (left - 8, y, text)
        )
    parts.append(
        '<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#999"/>'
        % (left, top, plot_width, plot_height)
    )
    if low <= 0.0 <= high:
        parts.append(_line("axis", left, py(0.0), left + plot_width, py(0.0), "#444"))
    if start <= 0.0 <= stop:
        parts.append(_line("axis", px(0.0), top, px(0.0), top + plot_height, "#444"))
    paths = [[[(px(x), py(y)) for x, y in run] for run in curve_runs] for curve_runs in runs]
    dashes = [_dash(DASHES[min(depth, len(DASHES) - 1)]) for depth in _depths(paths)]
    for index, (curve, path) in enumerate(zip(curves, paths)):
        commands = " ".join(
            "%s%.2f %.2f" % ("L" if position else "M", x, y)
            for run in path
            for position, (x, y) in enumerate(run)
        )
        parts.append(
            '<path class="curve" data-label="%s" d="%s" fill="none" stroke="%s" '
            'stroke-width="2"%s/>'
            % (html.escape(curve.label), commands, PALETTE[index][0], dashes[index])
        )
    parts.append("</g>")
    if xlabel:
        parts.append(
            '<text class="xlabel" x="%.1f" y="%d" text-anchor="middle">%s</text>'
            % (left + plot_width / 2, top + plot_height + 38, html.escape(xlabel))
        )
    if ylabel:
        x, y = 18, top + plot_height / 2
        parts.append(
            '<text class="ylabel" x="%d" y="%.1f" text-anchor="middle" '
            'transform="rotate(-90 %d %.1f)">'
            "%s</text>" % (x, y, x, y, html.escape(ylabel))
        )
    for line_number, entries in enumerate(layout.legend_rows):
        x, y = left, height - 14 - 20 * (len(layout.legend_rows) - 1 - line_number)
        for index in entries:
            parts.append(
                '<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="2"%s/>'
                % (x, y - 4, x + 24, y - 4, PALETTE[index][0], dashes[index])
            )
            parts.append(
                '<text class="legend" x="%d" y="%d">%s</text>'
                % (x + 30, y, html.escape(curves[index].label))
            )
            x += layout.entry_widths[index]
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _line(kind, x1, y1, x2, y2, colour):
    return '<line class="%s" x1="%.2f" y1="%.2f" x2="%.2f" y2="%.2f" stroke="%s"/>' % (
        kind,
        x1,
        y1,
        x2,
        y2,
        colour,
    )


def _dash(pattern):
    return ' stroke-dasharray="%s"' % pattern if pattern else ""


def _depths(paths):
    """How many curves each lies over: 0 for one that coincides with no earlier curve, else
    one more than the deepest earlier curve it coincides with along any visible stretch."""
    depths, near = [], []
    for path in paths:
        under = [depth for depth, cells in zip(depths, near) if _coincides(path, cells)]
        depths.append(1 + max(under) if under else 0)
        near.append(_near_cells(path))
    return depths


def _walk(path):
    """Points along a path's runs at most about a pixel apart, each with the distance from the
    one before (None at the start of a run)."""
    total = sum(math.hypot(b[0] - a[0], b[1] - a[1]) for run in path for a, b in zip(run, run[1:]))
    pixel = max(1.0, total / 20000)  # a long, jagged path of data: coarser, to stay quick
    for run in path:
        yield run[0], None
        for (x0, y0), (x1, y1) in zip(run, run[1:]):
            length = math.hypot(x1 - x0, y1 - y0)
            steps = max(1, math.ceil(length / pixel))
            for step in range(1, steps + 1):
                yield _between(x0, y0, x1, y1, step / steps), length / steps


def _near_cells(path):
    """The pixels within NEAR of a path."""
    near = set()
    for (x, y), _ in _walk(path):
        column, row = round(x), round(y)
        around = range(-NEAR, NEAR + 1)
        near.update((column + dx, row + dy) for dx in around for dy in around)
    return near


def _coincides(path, near):
    """True when the path runs within the pixels `near` along NEAR_LENGTH pixels or more."""
    along = 0.0
    for (x, y), step in _walk(path):
        if (round(x), round(y)) not in near:
            along = 0.0
            continue
        along = 0.0 if step is None else along + step
        if along >= NEAR_LENGTH:
            return True
    return False


# --- figures ----------------------------------------------------------------------------------


def plot(
    *functions,
    start=None,
    stop=None,
    width=80,
    height=24,
    labels=None,
    title=None,
    xlabel=None,
    ylabel=None,
    ascii=None,
    color=None,
):
    """A plot of functions and data on one set of axes.

    print() it for a terminal plot; a notebook (Jupyter, IPython) shows it as an SVG image.
    ``fig.svg()`` is the SVG text and ``fig.save("curve.svg")`` writes it to a file.  Each
    function is a public function, its name, a functools.partial of one, or any callable
    of one number.  Data is drawn as matplotlib draws it: ``plot(xs, ys)`` joins the points
    (x, y) in order, ``plot(ys)`` puts them at x = 0, 1, 2, ...; functions can come before
    or after, as in ``plot(xs, ys, "relu")``.  Points that are infinite or nan are left out,
    and so are those where a callable raises ArithmeticError or ValueError (1/x at 0).
    Where curves run together, each stays visible (see Figure).

    Args:
        functions: what to draw, one curve each: functions, and lists of numbers as data.
        start, stop: the range of x (default -5 to 5, or the data's range if there is data).
        width, height: the terminal plot's size in characters (30 to 1000, 8 to 1000); the
            SVG's is 8 x 16 pixels a character (640 x 384 by default).
        labels: the legend's labels, one per curve (default: the functions' names, and
            "data" for data); a string is one label.
        title, xlabel, ylabel: text above the plot and along its axes.
        ascii: plain ASCII characters instead of Unicode in the terminal plot: True, False,
            or None for ASCII only inside a Jupyter kernel, where print(fig) goes to a
            browser whose monospaced font may lack the Unicode symbols and frame, and the
            rows would not line up.
        color: ANSI colours in the terminal plot: True, False, or None for colour only when
            standard output is a terminal and the environment variable NO_COLOR is not set.

    At most 8 curves: there are 8 colours and symbols that tell them apart.

    Example:
        >>> import activations as act
        >>> fig = act.plot("relu", "sigmoid", start=-2, stop=2, width=40, height=12, ascii=True)
        >>> print(fig)
            2 |                |               *
              |                |             **
              |                |           **
              |                |         **
            1 |                |      ***     ++
              |                |  ++*+++++++++
              |          +++++++++**
              |++++++++++      |**
            0 |*****************----------------
              ++---------------+---------------+
              -2               0               2
          * relu   + sigmoid
        >>> print(act.plot([0, 1, 2, 3], [0, 1, 4, 9], labels="squares", width=30, height=8))
              │                     ●●
              │                  ●●●
            5 │             ●●●●●
              │      ●●●●●●●
            0 │●●●●●●─────────────────
              └┼──────────────┼───────
               0              2
          ● squares
        >>> fig.svg().startswith("<svg")
        True
    """
    curves = curves_of(functions, labels, "plot")
    return Figure(curves, start, stop, width, height, title, xlabel, ylabel, ascii, color)


class Figure:
    """A plot: text when printed (see text()), SVG in a notebook (see svg() and save()).

    Where curves run together, each stays visible: in the terminal the cells they share
    show each curve in turn; in the SVG a curve that runs along an earlier one for a few
    pixels or more is dashed, with shorter dashes the more curves lie under it.
    """

    def __init__(
        self,
        curves,
        start=None,
        stop=None,
        width=80,
        height=24,
        title=None,
        xlabel=None,
        ylabel=None,
        ascii=None,
        color=None,
        caller="plot",
        names=PYTHON_NAMES,
    ):
        if len(curves) > MOST_CURVES:
            raise UsageError(
                "%s: %d curves, more than the %d that colours and symbols tell apart; "
                "draw them in two plots" % (caller, len(curves), MOST_CURVES)
            )
        start, stop = _x_range(curves, start, stop)
        check_finite(caller, names, start=start, stop=stop)
        if not start < stop:
            raise UsageError("%s: the range from %r to %r is empty" % (caller, start, stop))
        check_count(caller, names, "width", width, 30, MOST_SIZE)
        check_count(caller, names, "height", height, 8, MOST_SIZE)
        self.curves, self.start, self.stop = curves, float(start), float(stop)
        self.width, self.height, self.ascii, self.color = width, height, ascii, color
        self.title, self.xlabel, self.ylabel = title, xlabel, ylabel
        self.labels = [curve.label for curve in curves]
        self._caller = caller
        # Sampled now, so that a function that fails does so here rather than when shown.
        self._runs = [
            curve.runs(self.start, self.stop, SVG_SAMPLES, caller) for curve in self.curves
        ]
        self.low, self.high = value_range(
            [y for runs in self._runs for run in runs for _, y in run]
        )
        # A size too small for the legend is a mistake, found now.
        self.text(color=False)
        y_labels = tick_labels(nice_ticks(self.low, self.high, 8))
        words = (title, xlabel, ylabel)
        SvgLayout(self.labels, y_labels, words, *self._svg_size(None, None), caller=caller)

    def text(self, color=None):
        """The terminal plot; color as for plot() (None: colour only on a terminal)."""
        colour = self.color if color is None else color
        colour = use_colour() if colour is None else colour
        frame = (self.start, self.stop, self.low, self.high, self.width, self.height)
        words = (self.title, self.xlabel, self.ylabel)
        plain = use_ascii() if self.ascii is None else self.ascii
        return text_plot(self.curves, frame, plain, colour, words, self._caller)

    def __str__(self):
        return self.text()

    def __repr__(self):
        return self.text(color=False)

    def svg(self, width=None, height=None):
        """The plot as a standalone SVG document, width x height pixels (default: 8 x 16
        pixels for each character of the terminal plot's width and height)."""
        frame = (self.start, self.stop, self.low, self.high) + self._svg_size(width, height)
        words = (self.title, self.xlabel, self.ylabel)
        return svg_plot(self.curves, self._runs, frame, words, self._caller)

    def _repr_svg_(self):
        return self.svg()

    def save(self, path, width=None, height=None):
        """Write the plot to path as an SVG file (sizes as for svg())."""
        with open(path, "w", encoding="utf-8") as file:
            file.write(self.svg(width, height))

    def _svg_size(self, width, height):
        return (
            self.width * PIXELS_PER_COLUMN if width is None else width,
            self.height * PIXELS_PER_ROW if height is None else height,
        )


def _x_range(curves, start, stop):
    """start and stop, where not given: the data's range, or -5 to 5 without data."""
    xs = [x for curve in curves if isinstance(curve, Series) for x in curve.xs]
    xs = [x for x in xs if math.isfinite(x)]
    low, high = (min(xs), max(xs)) if xs else (-5.0, 5.0)
    if low == high:  # one point, or points above each other: the span around them
        low, high = low - 1, high + 1
    return (low if start is None else start), (high if stop is None else stop)


# --- the demo ---------------------------------------------------------------------------------

# Tried in turn, the first that fits the terminal wins: the inputs shown, and decimals.
DEMO_LAYOUTS = [(range(-5, 6), 3), (range(-5, 6), 2), (range(-4, 5), 2), (range(-3, 4), 2)]


def demo_table(width):
    """The demo's table: each function and its derivative (f') on a few integers, in groups
    under their family's title, with as many inputs and decimals as fit in width."""
    groups = catalogue.demo_groups()
    for inputs, decimals in DEMO_LAYOUTS:
        rows, headings = _demo_rows(groups, list(inputs), decimals)
        lines = aligned(rows, first_left=True).splitlines()
        if max(len(line) for line in lines) <= width:
            break
    for position in sorted(headings, reverse=True):
        lines[position:position] = [""] + textwrap.wrap(headings[position], max(20, width))
    intro = "Each function f, and f' its derivative f_derivative, on a few integers x:"
    return "\n".join(textwrap.wrap(intro, max(20, width)) + [""] + lines)


def _demo_rows(groups, inputs, decimals):
    """The rows of the demo's table, and each group's title by the row it comes before."""

    def cells(name):  # ints too with the decimals, so that every row reads alike
        return [format_number(float(y), decimals) for y in catalogue.function(name)(inputs)]

    rows, headings = [["x"] + [str(x) for x in inputs]], {}
    for title, names in groups:
        headings[len(rows)] = title
        for name in names:
            rows.append([name] + cells(name))
            derivative = catalogue.derivative_name(name)
            if derivative is not None:
                rows.append([name + "'"] + cells(derivative))
    return rows, headings


def demo(width=None, ascii=False, color=None):
    """What ``activations`` alone prints: the demo table, then a plot of the core four."""
    width = shutil.get_terminal_size().columns if width is None else width
    core = [name for name in catalogue.CORE if name in catalogue.entries()]
    curves = curves_of(core, None, "plot")
    figure = Figure(curves, -3.0, 3.0, max(30, min(width, 80)), 24, ascii=ascii, color=color)
    return demo_table(width) + "\n\n" + str(figure)

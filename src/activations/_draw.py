"""Pictures and tables of activation functions, for notebooks, scripts and the command line.

    plot(*functions, ...)    a Figure: print() it for a terminal plot, or show it in a
                             notebook as SVG; fig.svg() is the SVG text, fig.save(path) a file
    table(*functions, ...)   a Table: print() it for aligned text, or show it in a notebook
                             as an HTML table

A function is a public function of the package, its name, a ``functools.partial`` of one
with parameters, or any callable of one number.  Public functions are called on the whole
list of inputs at once; any other callable one number at a time.

Also here, shared with the command line (``_cli.py``): the functions by name and by family,
the parameters a person sets, the demo and the list of every function with its formula.

Neither this module nor ``_cli.py`` is imported by ``import activations``: the package
itself needs only ``math``, while these use the standard library of CPython or PyPy.
"""

import functools
import html
import inspect
import math
import os
import shutil
import sys
import textwrap

import activations

# The functions a course starts with: the demo shows them first, and plots them.
CORE_FUNCTIONS = ("relu", "leaky_relu", "sigmoid", "tanh")
# Parameters a person never sets here: the input is one row (dim), and nothing is a tensor
# that could be changed in place (inplace).
HIDDEN_PARAMETERS = ("dim", "inplace")
MOST_ROWS = 100000  # a table longer than this is a mistake, not something to read
MOST_SIZE = 1000  # columns or rows of a terminal plot
MOST_DIGITS = 17  # enough to tell any two floats apart; more digits would be noise
UNICODE_GLYPHS = "●■▲◆○□△◇"
ASCII_GLYPHS = "*+ox#@%&"
# Matching colours: ANSI codes for a terminal (blue, red, green, magenta, yellow, cyan,
# bright blue, bright red) and their SVG counterparts.
ANSI_COLOURS = (34, 31, 32, 35, 33, 36, 94, 91)
SVG_COLOURS = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#17becf",
    "#8c564b",
    "#e377c2",
)
LARGEST = sys.float_info.max


class UsageError(ValueError):
    """A mistake in what was asked for (a name, a range, a size); the message is one line
    that starts with who was asked: ``plot``, ``table`` or a command."""


# --- functions, names and families ---------------------------------------------------------


def public_functions():
    """Every public function, by name, aliases included."""
    return {name: getattr(activations, name) for name in activations.__all__}


def is_rowwise(function):
    """True for softmax and its kin, which work on whole rows rather than one number at a time."""
    from activations._lift import LIFTED
    from activations._lift_rows import LiftedRows

    return isinstance(LIFTED.get(function), LiftedRows)


def public_name(function):
    """The name of a public function (an alias gives the function's own name), else None."""
    name = getattr(function, "__name__", None)
    if name in activations.__all__ and getattr(activations, name) is function:
        return name
    return None


def closest_name(name, candidates):
    """The candidate a mistyped name most likely meant, ignoring case, or None."""
    by_lower = {candidate.lower(): candidate for candidate in candidates}
    if name.lower() in by_lower:
        return by_lower[name.lower()]
    import difflib  # only when a name is wrong

    matches = difflib.get_close_matches(name.lower(), list(by_lower), n=1)
    return by_lower[matches[0]] if matches else None


def function_named(name, caller, everything="activations.__all__"):
    """The public function called name; an unknown name is an error that suggests another."""
    functions = public_functions()
    if name in functions:
        return functions[name]
    suggestion = closest_name(name, functions)
    hint = "did you mean %r?" % suggestion if suggestion else "%s lists them all" % everything
    raise UsageError("%s: unknown function %r; %s" % (caller, name, hint))


def family_of(function):
    """A function's family: the first line of its module's docstring, e.g. its title."""
    from activations._lift import LIFTED

    lifted = LIFTED.get(function)
    module = sys.modules.get(lifted.scalar.__module__ if lifted else function.__module__)
    lines = ((module and module.__doc__) or function.__module__).strip().splitlines()
    return lines[0].strip()


def parameters_of(function):
    """The parameters a person sets, after x: inspect.Parameter objects, in order.

    A required one has ``default is inspect.Parameter.empty``; ``dim`` and ``inplace``
    are left out (see HIDDEN_PARAMETERS), and so are ``*args`` and ``**kwargs``.
    """
    found = list(inspect.signature(function).parameters.values())[1:]
    settable = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    return [p for p in found if p.kind in settable and p.name not in HIDDEN_PARAMETERS]


def takes_defaults_only(function):
    """True when the function can be called on a number with no parameter given."""
    return all(p.default is not inspect.Parameter.empty for p in parameters_of(function))


def derivative_of(name):
    """The derivative of the public function called name, or None."""
    return public_functions().get(name + "_derivative")


# --- curves: what is drawn or tabulated, and its label --------------------------------------


class Curve:
    """A function of one number with a label, evaluated on a list of inputs at a time."""

    def __init__(self, function, label, takes_lists):
        self.function, self.label, self.takes_lists = function, label, takes_lists

    def values(self, xs):
        if self.takes_lists:
            return self.function(list(xs))
        return [self.function(x) for x in xs]


def curves_of(functions, labels, caller):
    """A Curve for each function (see the module docstring), labelled by labels if given."""
    if not functions:
        raise UsageError(
            "%s: name at least one function, e.g. %s(activations.relu)" % (caller, caller)
        )
    if labels is not None:
        labels = [str(label) for label in labels]
        if len(labels) != len(functions):
            raise UsageError(
                "%s: %d labels for %d functions; give one label per function"
                % (caller, len(labels), len(functions))
            )
    curves = [curve_of(function, caller) for function in functions]
    for curve, label in zip(curves, labels or []):
        curve.label = label
    return curves


def curve_of(function, caller):
    if isinstance(function, str):
        return _public_curve(function_named(function, caller), function, caller, {})
    name = public_name(function)
    if name is not None:
        return _public_curve(function, name, caller, {})
    if isinstance(function, functools.partial):
        name = public_name(function.func)
        if name is not None and not function.args:
            return _public_curve(function.func, name, caller, function.keywords)
        inner = name or getattr(function.func, "__name__", type(function.func).__name__)
        arguments = [repr(a) for a in function.args]
        arguments += ["%s=%r" % item for item in function.keywords.items()]
        return Curve(function, "%s(%s)" % (inner, ", ".join(arguments)), takes_lists=False)
    if callable(function):
        label = getattr(function, "__name__", None) or type(function).__name__
        return Curve(function, label, takes_lists=False)
    raise TypeError("%s: %r is not a function or the name of one" % (caller, function))


def _public_curve(function, name, caller, parameters):
    if is_rowwise(function):
        raise UsageError("%s: %s works on whole rows, not on one number at a time" % (caller, name))
    if not parameters:
        return Curve(function, name, takes_lists=True)
    label = "%s(%s)" % (name, ", ".join("%s=%r" % item for item in parameters.items()))
    return Curve(functools.partial(function, **parameters), label, takes_lists=True)


# --- ranges, numbers and scales ---------------------------------------------------------------

# How the checks name what they check: as plot() and table() name their parameters, or as
# the command line names its options (see _cli.py).
PYTHON_NAMES = {}


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


def format_number(value, digits):
    """A table cell: an int in full, anything else to the given significant digits."""
    if isinstance(value, int):
        return str(value)
    try:
        return "%.*g" % (digits, value)
    except (TypeError, ValueError, OverflowError):
        return str(value)


def _as_float(value, label, x, caller):
    """A plotted value as a float: 10**400 becomes inf; a value that is no number is an error."""
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf
    except (TypeError, ValueError):
        raise TypeError(
            "%s: %s gave %r at x = %r, expected a real number" % (caller, label, value, x)
        ) from None


def _clamped(value):
    return max(-LARGEST, min(LARGEST, value))


def _fraction(value, low, high):
    """Where value lies from low (0.0) to high (1.0); halves keep the widest ranges finite."""
    return (value / 2 - low / 2) / (high / 2 - low / 2)


def _evenly(start, stop, count):
    """count numbers from start to stop, evenly spaced."""
    if math.isfinite(stop - start):
        return [start + (stop - start) * index / (count - 1) for index in range(count)]
    return [
        start * (1 - index / (count - 1)) + stop * (index / (count - 1)) for index in range(count)
    ]


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
    """Round values from low to high, at most `most` of them: multiples of 1, 2, 2.5 or 5."""
    rough = high / most - low / most
    if not rough > 0:
        return []
    step = 10.0 ** math.floor(math.log10(rough))
    for factor in (1, 2, 2.5, 5, 10):
        if rough <= step * factor:
            step *= factor
            break
    if not 0 < step < math.inf:
        return []
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


# --- tables ---------------------------------------------------------------------------------


def table(*functions, start=-5, stop=5, step=1, digits=4, labels=None):
    """A table of functions: a row per input from start to stop, a column per function.

    print() it for aligned text; a notebook shows it as an HTML table.  Each function is a
    public function, its name, a functools.partial of one, or any callable of one number.

    Args:
        functions: what to tabulate, one column each.
        start, stop, step: the inputs start, start + step, ... up to stop (at most 100,000).
        digits: significant digits of the floats shown, 1 to 17 (ints are shown in full).
        labels: column headings, one per function (default: their names).

    Example:
        >>> import activations as act
        >>> print(act.table("relu", act.sigmoid, start=-1, stop=1, step=0.5, digits=3))
           x  relu  sigmoid
          -1     0    0.269
        -0.5     0    0.378
           0     0      0.5
         0.5   0.5    0.622
           1     1    0.731
    """
    return Table(curves_of(functions, labels, "table"), start, stop, step, digits)


class Table:
    """Aligned text when printed, an HTML table in a notebook.

    ``labels`` are the column headings ("x" first) and ``rows`` the numbers, a list per input.
    """

    def __init__(self, curves, start, stop, step, digits, caller="table", names=PYTHON_NAMES):
        check_count(caller, names, "digits", digits, 1, MOST_DIGITS)
        inputs = table_inputs(caller, names, start, stop, step)
        columns = [curve.values(inputs) for curve in curves]
        self.labels = ["x"] + [curve.label for curve in curves]
        self.rows = [[x] + [column[index] for column in columns] for index, x in enumerate(inputs)]
        self.digits = digits

    def text(self):
        cells = [[format_number(value, self.digits) for value in row] for row in self.rows]
        return aligned([self.labels] + cells)

    __str__ = __repr__ = text

    def _repr_html_(self):
        def row(cells, tag):
            return "<tr>%s</tr>" % "".join(
                '<%s style="text-align: right">%s</%s>' % (tag, html.escape(cell), tag)
                for cell in cells
            )

        body = [
            row([format_number(value, self.digits) for value in cells], "td") for cells in self.rows
        ]
        return "<table>\n<thead>%s</thead>\n<tbody>\n%s\n</tbody>\n</table>" % (
            row(self.labels, "th"),
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


def text_plot(curves, frame, ascii, colour, words, caller):
    """A terminal plot: axes with labelled ticks, a glyph (and colour) per curve, a legend.

    Where curves share a cell, the cell shows each of them in turn along the line (by
    column and row), so a curve hidden under another still shows every other cell.
    """
    start, stop, low, high, width, height = frame
    title, xlabel, ylabel = words
    glyphs = ASCII_GLYPHS if ascii else UNICODE_GLYPHS
    vertical, horizontal, crossing, corner = "|-++" if ascii else "│─┼└"
    entries = [
        "%s %s" % (glyphs[index % len(glyphs)], curve.label) for index, curve in enumerate(curves)
    ]
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

    def row_of(y):
        return min(rows - 1, max(0, round((1 - _fraction(y, low, high)) * (rows - 1))))

    def column_of(x):
        return round(_fraction(x, start, stop) * (columns - 1))

    xs = _evenly(start, stop, columns)
    cells = [[[] for _ in range(columns)] for _ in range(rows)]
    for index, curve in enumerate(curves):
        previous = None
        for column, (x, y) in enumerate(zip(xs, curve.values(xs))):
            y = _as_float(y, curve.label, x, caller)
            if not math.isfinite(y):
                previous = None
                continue
            row = row_of(y)
            # Join steep stretches to the previous column's point, half the way from each side.
            reach = row if previous is None else (row + previous + (row < previous)) // 2
            for filled in range(min(row, reach), max(row, reach) + 1):
                if index not in cells[filled][column]:
                    cells[filled][column].append(index)
            previous = row

    zero_row = row_of(0.0) if low <= 0.0 <= high else None
    zero_column = column_of(0.0) if start <= 0.0 <= stop else None

    def cell(row, column):
        present = cells[row][column]
        if present:
            index = present[(row + column) % len(present)]
            return _painted(glyphs[index % len(glyphs)], index, colour)
        if column == zero_column:
            return crossing if row == zero_row else vertical
        return horizontal if row == zero_row else " "

    labels_at = {row_of(tick): label for tick, label in zip(y_ticks, y_labels)}
    lines = [title.center(width).rstrip()] if title else []
    lines += [" " * label_width + ylabel] if ylabel else []
    for row in range(rows):
        body = "".join(cell(row, column) for column in range(columns))
        lines.append("%*s %s%s" % (label_width - 1, labels_at.get(row, ""), vertical, body))
    axis, under = [horizontal] * columns, [" "] * (columns + label_width)
    x_ticks = nice_ticks(start, stop, max(2, columns // 10))
    for tick, text in zip(x_ticks, tick_labels(x_ticks)):
        column = column_of(tick)
        axis[column] = crossing
        begin = max(0, min(label_width + column - len(text) // 2, len(under) - len(text)))
        if all(spot == " " for spot in under[max(0, begin - 1) : begin + len(text) + 1]):
            under[begin : begin + len(text)] = text
    lines.append(" " * (label_width - 1) + corner + "".join(axis))
    lines.append("".join(under))
    if xlabel:
        lines.append(" " * label_width + xlabel.center(columns))
    for indexes in legend:
        painted = [_painted(entries[i][0], i, colour) + entries[i][1:] for i in indexes]
        lines.append("  " + "   ".join(painted))
    return "\n".join(line.rstrip() for line in lines)


def _painted(text, index, colour):
    if not colour:
        return text
    return "\x1b[%dm%s\x1b[0m" % (ANSI_COLOURS[index % len(ANSI_COLOURS)], text)


# --- SVG --------------------------------------------------------------------------------------

SVG_SAMPLES = 401
CHARACTER_WIDTH = 7  # about, in pixels, for 12px sans-serif: for laying out legends and labels


def svg_plot(curves, xs, samples, frame, words, caller):
    """A standalone SVG document: grid, axes, ticks, labels, a legend and one path per curve."""
    low, high, width, height = frame
    title, xlabel, ylabel = words
    start, stop = xs[0], xs[-1]
    entry_widths = [30 + CHARACTER_WIDTH * len(curve.label) + 20 for curve in curves]
    legend_rows = _legend_rows(entry_widths, width - 40)
    y_ticks = nice_ticks(low, high, 8)
    y_labels = tick_labels(y_ticks)
    left = (
        20 + CHARACTER_WIDTH * max([len(label) for label in y_labels] + [3]) + (24 if ylabel else 0)
    )
    right, top = 20, 40 if title else 16
    bottom = 34 + (20 if xlabel else 0) + 20 * len(legend_rows)
    plot_width, plot_height = width - left - right, height - top - bottom
    if plot_width < 50 or plot_height < 50:
        raise UsageError(
            "%s: an SVG of %dx%d leaves no room for the curves" % (caller, width, height)
        )

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
    rows = [[py(y) if math.isfinite(y) else None for y in sample] for sample in samples]
    dashes = []
    for index, (curve, row) in enumerate(zip(curves, rows)):
        # A curve drawn over an earlier one is dashed, so that the earlier one shows through.
        dash = (
            ' stroke-dasharray="7 5"'
            if any(_overlap(row, earlier) for earlier in rows[:index])
            else ""
        )
        dashes.append(dash)
        commands, pen_down = [], False
        for x, y in zip(xs, row):
            if y is None:
                pen_down = False
                continue
            commands.append("%s%.2f %.2f" % ("L" if pen_down else "M", px(x), y))
            pen_down = True
        parts.append(
            '<path class="curve" data-function="%s" d="%s" fill="none" stroke="%s" '
            'stroke-width="2"%s/>'
            % (html.escape(curve.label), " ".join(commands), _svg_colour(index), dash)
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
    for line_number, entries in enumerate(legend_rows):
        x, y = left, height - 14 - 20 * (len(legend_rows) - 1 - line_number)
        for index in entries:
            parts.append(
                '<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="2"%s/>'
                % (x, y - 4, x + 24, y - 4, _svg_colour(index), dashes[index])
            )
            parts.append(
                '<text class="legend" x="%d" y="%d">%s</text>'
                % (x + 30, y, html.escape(curves[index].label))
            )
            x += entry_widths[index]
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


def _svg_colour(index):
    return SVG_COLOURS[index % len(SVG_COLOURS)]


def _overlap(row, earlier):
    """True when two curves lie within 1.5 pixels of each other at a quarter of the points."""
    close = sum(
        1 for a, b in zip(row, earlier) if a is not None and b is not None and abs(a - b) < 1.5
    )
    return close * 4 >= len(row)


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


# --- figures ----------------------------------------------------------------------------------


def plot(
    *functions,
    start=-5.0,
    stop=5.0,
    width=80,
    height=24,
    labels=None,
    title=None,
    xlabel=None,
    ylabel=None,
    ascii=False,
    color=None,
):
    """A plot of functions on one set of axes, from start to stop.

    print() it for a terminal plot; a notebook (Jupyter, IPython) shows it as an SVG image.
    ``fig.svg()`` is the SVG text and ``fig.save("curve.svg")`` writes it to a file.  Each
    function is a public function, its name, a functools.partial of one, or any callable
    of one number.  Points where a curve is infinite or nan are left out.

    Args:
        functions: what to draw, one curve each.
        start, stop: the range of x (finite, start < stop).
        width, height: the terminal plot's size in characters (30 to 1000, 8 to 1000).
        labels: the legend's labels, one per function (default: their names).
        title, xlabel, ylabel: text above the plot and along its axes.
        ascii: plain ASCII characters instead of Unicode in the terminal plot.
        color: ANSI colours in the terminal plot: True, False, or None for colour only when
            standard output is a terminal and the environment variable NO_COLOR is not set.

    Example:
        >>> import activations as act
        >>> fig = act.plot("relu", "sigmoid", start=-2, stop=2, width=40, height=12, ascii=True)
        >>> print(fig)
            2 |                |               *
              |                |             ***
              |                |           ***
              |                |         ***
            1 |                |      ****    ++
              |                |  ++*+*++++++++
              |          ++++++++++**
              |+++++++++++     |***
            0 |******************---------------
             ++---------------+---------------+
             -2               0               2
          * relu   + sigmoid
        >>> fig.svg().startswith("<svg")
        True
    """
    curves = curves_of(functions, labels, "plot")
    return Figure(curves, start, stop, width, height, title, xlabel, ylabel, ascii, color)


class Figure:
    """A plot: text when printed (see text()), SVG in a notebook (see svg() and save())."""

    def __init__(
        self,
        curves,
        start,
        stop,
        width=80,
        height=24,
        title=None,
        xlabel=None,
        ylabel=None,
        ascii=False,
        color=None,
        caller="plot",
        names=PYTHON_NAMES,
    ):
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
        self._xs = _evenly(self.start, self.stop, SVG_SAMPLES)
        self._samples = [
            [_as_float(y, curve.label, x, caller) for x, y in zip(self._xs, curve.values(self._xs))]
            for curve in curves
        ]
        self.low, self.high = value_range([y for sample in self._samples for y in sample])
        self.text(color=False)  # a size too small for the legend is a mistake found now

    def text(self, color=None):
        """The terminal plot; color as for plot() (None: colour only on a terminal)."""
        colour = self.color if color is None else color
        colour = use_colour() if colour is None else colour
        frame = (self.start, self.stop, self.low, self.high, self.width, self.height)
        words = (self.title, self.xlabel, self.ylabel)
        return text_plot(self.curves, frame, self.ascii, colour, words, self._caller)

    def __str__(self):
        return self.text()

    def __repr__(self):
        return self.text(color=False)

    def svg(self, width=640, height=400):
        """The plot as a standalone SVG document, width x height pixels."""
        frame = (self.low, self.high, width, height)
        words = (self.title, self.xlabel, self.ylabel)
        return svg_plot(self.curves, self._xs, self._samples, frame, words, self._caller)

    def _repr_svg_(self):
        return self.svg()

    def save(self, path, width=640, height=400):
        """Write the plot to path as an SVG file."""
        with open(path, "w", encoding="utf-8") as file:
            file.write(self.svg(width, height))


# --- the demo and the list of functions -----------------------------------------------------

# Tried in turn, the first that fits the terminal wins: the inputs shown, and decimals.
DEMO_LAYOUTS = [(range(-5, 6), 3), (range(-5, 6), 2), (range(-4, 5), 2), (range(-3, 4), 2)]


def demo_groups():
    """(title, functions) for the demo table: the core four first, then each family."""
    functions = public_functions()
    shown = [
        function
        for name, function in functions.items()
        if public_name(function) == name
        and not name.endswith(("_derivative", "_"))
        and not is_rowwise(function)
        and takes_defaults_only(function)
    ]
    core = [functions[name] for name in CORE_FUNCTIONS if name in functions]
    groups = [("The four a course starts with", core)]
    families = {}
    for function in core + shown:  # families in the order their first member appears
        families.setdefault(family_of(function), [])
    for function in shown:
        if function not in core:
            families[family_of(function)].append(function)
    groups += [(title, members) for title, members in families.items() if members]
    return groups


def demo_table(width):
    """The demo's table: each function and its derivative (f') on a few integers, in groups
    under their family's title, with as many inputs and decimals as fit in width."""
    groups = demo_groups()
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

    def cells(function):
        return ["%.*f" % (decimals, value) for value in function(inputs)]

    rows, headings = [["x"] + [str(x) for x in inputs]], {}
    for title, members in groups:
        headings[len(rows)] = title
        for function in members:
            rows.append([function.__name__] + cells(function))
            derivative = derivative_of(function.__name__)
            if derivative is not None:
                rows.append([function.__name__ + "'"] + cells(derivative))
    return rows, headings


def demo(width=None, ascii=False, color=None):
    """What ``activations`` alone prints: the demo table, then a plot of the core four."""
    width = shutil.get_terminal_size().columns if width is None else width
    curves = curves_of(CORE_FUNCTIONS, None, "plot")
    figure = Figure(curves, -3.0, 3.0, max(30, min(width, 80)), 24, ascii=ascii, color=color)
    return demo_table(width) + "\n\n" + str(figure)


def formula(function):
    """The formula in a function's docstring: its first indented line after the title."""
    # cleandoc: Python 3.13 removes docstring indentation itself, earlier versions do not.
    for line in inspect.cleandoc(function.__doc__ or "").splitlines()[1:]:
        if line.startswith("    ") and line.strip() and not line.strip().startswith(">>>"):
            return line.strip()
    return ""


def signature_text(function):
    """(x, name=default, ...) with the parameters a person sets."""
    return "(x%s)" % "".join(
        ", %s" % p.name if p.default is inspect.Parameter.empty else ", %s=%r" % (p.name, p.default)
        for p in parameters_of(function)
    )


def function_list():
    """Every public function with its parameters and formula, a line each."""
    rows = []
    for name, function in public_functions().items():
        own = public_name(function) == name
        text = formula(function) if own else "the same function as %s" % function.__name__
        rows.append((name + signature_text(function), text))
    # Aligned, but a long signature does not push every formula to the right.
    width = max(len(signature) for signature, _ in rows if len(signature) <= 40)
    return "\n".join("%s  %s" % (signature.ljust(width), text) for signature, text in rows)

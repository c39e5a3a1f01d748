"""The command line: values, tables, terminal plots and SVG figures.

    activations                         the demo table and a plot
    activations NAME X [X ...]          NAME at each X, one result per line
    activations NAME < numbers.txt      the same, streaming standard input
    activations table NAME [NAME ...]   an aligned table
    activations plot NAME [NAME ...]    a terminal plot (or --svg FILE)
    activations list                    every function with its formula

Every parameter of every function is an option named after it
(``--negative-slope 0.1``), found from the function's signature.
Errors are one line on standard error and exit status 2.
"""

import argparse
import difflib
import inspect
import math
import sys

import activations
from activations._lift import REQUIRED

DEMO_FUNCTIONS = ["relu", "leaky_relu", "sigmoid", "tanh"]
STDIN_CHUNK = 4096  # numbers evaluated at a time when streaming standard input
UNICODE_GLYPHS = "●■▲◆○□△◇"
ASCII_GLYPHS = "*+ox#@%&"


class UsageError(Exception):
    """A mistake on the command line: reported in one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message):
        raise UsageError("%s: %s" % (self.prog, message))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        run(argv)
    except UsageError as error:
        sys.stdout.flush()
        print(error, file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into head
        sys.stderr.close()
    return 0


def run(argv):
    if not argv:
        print(format_rows(demo_functions(), range(-5, 6)))
        print()
        print(plot([function_named(name) for name in DEMO_FUNCTIONS], -5.0, 5.0, 80, 24, {}, ascii_only=False))
        return
    command = argv[0]
    if command in ("-h", "--help"):
        print(HELP)
    elif command == "list":
        list_functions(argv[1:])
    elif command == "table":
        table_command(argv[1:])
    elif command == "plot":
        plot_command(argv[1:])
    else:
        evaluate_command(command, argv[1:])


# --- commands ------------------------------------------------------------------------


def evaluate_command(name, argv):
    function = function_named(name)
    parser = Parser(
        prog="activations " + name,
        description="Evaluate %s at each number given, or at each number read from standard input." % name,
        epilog="examples:\n  activations %s -3 0 3\n  seq -5 5 | activations %s" % (name, name),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("numbers", nargs="*", metavar="X", help="the inputs (for softmax and its kin, one row); none reads standard input, a row per line for softmax")
    add_parameter_options(parser, [function])
    arguments = parser.parse_args(argv)
    parameters = parameters_for(function, arguments)
    if is_rowwise(function):
        rows(function, [" ".join(arguments.numbers)] if arguments.numbers else sys.stdin, "argument" if arguments.numbers else "line")
    elif arguments.numbers:
        stream(function, parameters, [" ".join(arguments.numbers)], "argument")
    else:
        stream(function, parameters, sys.stdin, "line")


def table_command(argv):
    parser = range_parser(
        "table",
        "An aligned table of functions, one column each, at inputs from --from to --to.",
        ["activations table relu sigmoid --from -2 --to 2 --step 0.5"],
        -5,
    )
    parser.add_argument("--step", type=number_option, default=1, metavar="S", help="between inputs (default 1)")
    parser.add_argument("--digits", type=int, default=4, metavar="D", help="significant digits (default 4)")
    functions = parse_names_and_options(parser, argv)
    arguments = functions.arguments
    if arguments.step <= 0:
        raise UsageError("activations table: --step must be positive, not %r" % arguments.step)
    if arguments.start > arguments.stop:
        raise UsageError("activations table: the range from %r to %r is empty" % (arguments.start, arguments.stop))
    if arguments.digits < 1:
        raise UsageError("activations table: --digits must be at least 1, not %r" % arguments.digits)
    count = int(math.floor((arguments.stop - arguments.start) / arguments.step + 1e-9)) + 1
    inputs = [arguments.start + index * arguments.step for index in range(count)]
    print(format_table(functions.functions, inputs, arguments.digits, functions.parameters))


def plot_command(argv):
    parser = range_parser(
        "plot",
        "Plot functions on one set of axes in the terminal, or as an SVG file.",
        ["activations plot sigmoid sigmoid_derivative --from -6 --to 6", "activations plot relu tanh --ascii", "activations plot gelu --svg gelu.svg"],
        -5.0,
    )
    parser.add_argument("--width", type=int, default=80, metavar="W", help="columns (default 80)")
    parser.add_argument("--height", type=int, default=24, metavar="H", help="rows (default 24)")
    parser.add_argument("--ascii", action="store_true", help="plain ASCII instead of Unicode")
    parser.add_argument("--svg", metavar="FILE", help="write the plot as a standalone SVG file instead")
    functions = parse_names_and_options(parser, argv)
    arguments = functions.arguments
    if not arguments.start < arguments.stop:
        raise UsageError("activations plot: the range from %r to %r is empty" % (arguments.start, arguments.stop))
    if arguments.width < 30 or arguments.height < 8:
        raise UsageError("activations plot: a plot needs --width 30 and --height 8 at least")
    if arguments.svg:
        with open(arguments.svg, "w", encoding="utf-8") as svg:
            svg.write(plot_svg(functions.functions, float(arguments.start), float(arguments.stop), functions.parameters))
        return
    print(plot(functions.functions, float(arguments.start), float(arguments.stop), arguments.width, arguments.height, functions.parameters, arguments.ascii))


def list_functions(argv):
    Parser(prog="activations list", description="Every function with its formula and parameters.").parse_args(argv)
    rows = []
    for name in activations.__all__:
        function = getattr(activations, name)
        text = formula(function) if function.__name__ == name else "the same function as %s" % function.__name__
        rows.append((name + signature_text(function), text))
    width = max(len(name) for name, _ in rows)
    for name, text in rows:
        print("%s  %s" % (name.ljust(width), text))


def range_parser(command, description, examples, start):
    """The parser of table or plot: NAME ... and the range --from start --to -start."""
    parser = Parser(
        prog="activations " + command,
        description=description,
        epilog="examples:\n" + "".join("  %s\n" % example for example in examples),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("names", nargs="+", metavar="NAME")
    parser.add_argument("--from", dest="start", type=number_option, default=start, metavar="A", help="first input (default %r)" % start)
    parser.add_argument("--to", dest="stop", type=number_option, default=-start, metavar="B", help="last input (default %r)" % -start)
    return parser


# --- functions, parameters and numbers ----------------------------------------------------


def all_functions():
    return [getattr(activations, name) for name in activations.__all__]


def is_rowwise(function):
    """softmax and its kin work on whole rows, not on one number at a time."""
    return function.__module__ in ("activations._softmax", "activations._rows")


def demo_functions():
    """Every function that works on one number with its default parameters, aliases left out."""
    return [
        getattr(activations, name)
        for name in activations.__all__
        if getattr(activations, name).__name__ == name
        and not is_rowwise(getattr(activations, name))
        and all(default is not REQUIRED for _, default in parameters_of(getattr(activations, name)))
    ]


def function_named(name):
    if name in activations.__all__:
        return getattr(activations, name)
    suggestions = difflib.get_close_matches(name, activations.__all__ + ["list", "table", "plot"], n=1)
    hint = "; did you mean %r?" % suggestions[0] if suggestions else "; 'activations list' shows them all"
    raise UsageError("activations: unknown function %r%s" % (name, hint))


def parameters_of(function):
    """(name, default) for each parameter after x; default is REQUIRED for a required one."""
    found = []
    for parameter in list(inspect.signature(function).parameters.values())[1:]:
        found.append((parameter.name, REQUIRED if parameter.default is inspect.Parameter.empty else parameter.default))
    return found


def add_parameter_options(parser, functions):
    seen = set()
    for function in functions:
        for name, default in parameters_of(function):
            if name in seen:
                continue
            seen.add(name)
            if isinstance(default, str):
                parser.add_argument("--" + name.replace("_", "-"), dest=name, default=None, metavar="TEXT", help="default %r" % default)
            else:
                help_text = "required" if default is REQUIRED else "default %r" % (default,)
                parser.add_argument("--" + name.replace("_", "-"), dest=name, type=number_option, default=None, metavar="N", help=help_text)


def parameters_for(function, arguments):
    """The keyword arguments for function from the parsed options; missing required ones are errors."""
    parameters = {}
    for name, default in parameters_of(function):
        value = getattr(arguments, name, None)
        if value is not None:
            parameters[name] = value
        elif default is REQUIRED:
            raise UsageError("activations: %s needs --%s" % (function.__name__, name.replace("_", "-")))
    return parameters


class _Selection:
    def __init__(self, functions, parameters, arguments):
        self.functions, self.parameters, self.arguments = functions, parameters, arguments


def parse_names_and_options(parser, argv):
    """Parse NAME ... and the options of every function; refuse options no named function takes."""
    add_parameter_options(parser, all_functions())
    arguments = parser.parse_args(argv)
    functions = [function_named(name) for name in arguments.names]
    for function in functions:
        if is_rowwise(function):
            raise UsageError("%s: %s works on whole rows, not on one number at a time" % (parser.prog, function.__name__))
    taken = {name for function in functions for name, _ in parameters_of(function)}
    for function in all_functions():
        for name, _ in parameters_of(function):
            if getattr(arguments, name, None) is not None and name not in taken:
                raise UsageError("%s: none of the functions named takes --%s" % (parser.prog, name.replace("_", "-")))
    parameters = {function.__name__: parameters_for(function, arguments) for function in functions}
    return _Selection(functions, parameters, arguments)


def parse_number(token):
    """A command-line token as an int when it is one, else as a float; anything else is an error."""
    try:
        return int(token)
    except ValueError:
        pass
    try:
        return float(token)
    except ValueError:
        raise UsageError("%r is not a number" % token) from None


def number_option(token):
    try:
        return parse_number(token)
    except UsageError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def is_number(token):
    try:
        parse_number(token)
    except UsageError:
        return False
    return True


# --- evaluation ------------------------------------------------------------------------


def write_results(function, numbers, parameters):
    results = function(numbers, **parameters)
    sys.stdout.write("".join(repr(result) + "\n" for result in results))


def stream(function, parameters, lines, unit):
    """Evaluate the numbers in lines a chunk at a time, so that no input is held whole.

    The results before a token that is not a number are written before the error.
    """
    chunk = []
    try:
        for line_number, line in enumerate(lines, 1):
            for number in numbers_in(function, line, line_number, unit):
                chunk.append(number)
                if len(chunk) >= STDIN_CHUNK:
                    write_results(function, chunk, parameters)
                    chunk = []
    finally:
        write_results(function, chunk, parameters)


def rows(function, lines, unit):
    """softmax and its kin: each line is a row; its result is one line (a Jacobian, one line per row)."""
    for line_number, line in enumerate(lines, 1):
        numbers = list(numbers_in(function, line, line_number, unit))
        if not numbers:
            continue
        result = function(numbers)
        if unit == "argument" and not isinstance(result[0], list):
            sys.stdout.write("".join(repr(value) + "\n" for value in result))
        else:
            lines_out = result if isinstance(result[0], list) else [result]
            sys.stdout.write("".join(" ".join(repr(value) for value in row) + "\n" for row in lines_out))


def numbers_in(function, line, line_number, unit):
    """The numbers on a line, one at a time; a token that is not a number is an error saying where."""
    for token_number, token in enumerate(line.split(), 1):
        try:
            yield parse_number(token)
        except UsageError:
            where = "argument %d" % token_number if unit == "argument" else "line %d" % line_number
            raise UsageError("activations %s: %r (%s) is not a number" % (function.__name__, token, where)) from None


# --- tables ----------------------------------------------------------------------------


def format_table(functions, inputs, digits=4, parameters=None):
    """An aligned table: a row per input, a column per function, a header row."""
    parameters = parameters or {}
    header = ["x"] + [function.__name__ for function in functions]
    columns = [function(list(inputs), **parameters.get(function.__name__, {})) for function in functions]
    rows = [[format_number(x, digits)] + [format_number(column[index], digits) for column in columns] for index, x in enumerate(inputs)]
    return _aligned([header] + rows, name_first=False)


def format_rows(functions, inputs, digits=4):
    """An aligned table the other way round: a row per function, a column per input."""
    header = [""] + [format_number(x, digits) for x in inputs]
    rows = [[function.__name__] + [format_number(y, digits) for y in function(list(inputs))] for function in functions]
    return _aligned([header] + rows, name_first=True)


def _aligned(rows, name_first):
    """Rows of cells as aligned lines: numbers to the right, a first column of names to the left."""
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) if name_first and column == 0 else cell.rjust(width) for column, (cell, width) in enumerate(zip(row, widths))).rstrip()
        for row in rows
    )


def format_number(value, digits):
    if isinstance(value, float):
        return "%.*g" % (digits, value)
    return str(value)


# --- plots -----------------------------------------------------------------------------


def sample_curves(functions, start, stop, count, parameters):
    xs = [start + (stop - start) * index / (count - 1) for index in range(count)]
    curves = [function(xs, **parameters.get(function.__name__, {})) for function in functions]
    finite = [y for curve in curves for y in curve if isinstance(y, (int, float)) and math.isfinite(y)]
    low, high = (min(finite), max(finite)) if finite else (-1.0, 1.0)
    if high - low < 1e-12:
        low, high = low - 1.0, high + 1.0
    margin = (high - low) * 0.05
    return xs, curves, low - margin, high + margin


def nice_ticks(low, high, most):
    """Round tick values between low and high, at most `most` of them."""
    span = high - low
    step = 10 ** math.floor(math.log10(span / most))
    for factor in (1, 2, 2.5, 5, 10):
        if span / (step * factor) <= most:
            step *= factor
            break
    first = math.ceil(low / step) * step
    return [round(first + index * step, 12) for index in range(int((high - first) / step + 1e-9) + 1)]


def plot(functions, start, stop, width, height, parameters, ascii_only):
    """A terminal plot of functions: axes with labelled ticks, a glyph per curve and a legend."""
    glyphs = ASCII_GLYPHS if ascii_only else UNICODE_GLYPHS
    vertical, horizontal, crossing, corner = ("|", "-", "+", "+") if ascii_only else ("│", "─", "┼", "└")
    legend_rows = 1
    rows = height - 2 - legend_rows  # the x tick labels and the legend below the plot area
    label_width = 7
    columns = width - label_width - 1
    xs, curves, low, high = sample_curves(functions, start, stop, columns, parameters)
    grid = [[" "] * columns for _ in range(rows)]

    def row_of(y):
        return int(round((high - y) / (high - low) * (rows - 1)))

    def column_of(x):
        return int(round((x - start) / (stop - start) * (columns - 1)))

    if low <= 0.0 <= high:
        for column in range(columns):
            grid[row_of(0.0)][column] = horizontal
    if start <= 0.0 <= stop:
        for row in range(rows):
            grid[row][column_of(0.0)] = crossing if grid[row][column_of(0.0)] == horizontal else vertical
    for glyph, curve in zip(glyphs, curves):
        previous = None
        for column, y in enumerate(curve):
            if not (isinstance(y, (int, float)) and math.isfinite(y)):
                previous = None
                continue
            row = row_of(y)
            # Join steep stretches to the previous column's point, half the way from each side.
            reach = row if previous is None else (row + previous) // 2 if row > previous else (row + previous + 1) // 2
            for filled in range(min(row, reach), max(row, reach) + 1):
                grid[filled][column] = glyph
            previous = row

    y_labels = {row_of(tick): format_tick(tick) for tick in nice_ticks(low, high, max(2, rows // 4))}
    lines = ["%*s %s%s" % (label_width - 1, y_labels.get(row, ""), vertical, "".join(grid[row])) for row in range(rows)]
    axis = [horizontal] * columns
    labels = [" "] * (columns + label_width)
    for tick in nice_ticks(start, stop, max(2, columns // 10)):
        column = column_of(tick)
        axis[column] = crossing
        text = format_tick(tick)
        begin = max(0, min(label_width + column - len(text) // 2, len(labels) - len(text)))
        if all(cell == " " for cell in labels[max(0, begin - 1) : begin + len(text) + 1]):
            labels[begin : begin + len(text)] = text
    lines.append(" " * (label_width - 1) + corner + "".join(axis))
    lines.append("".join(labels).rstrip())
    lines.append(" " * label_width + "   ".join("%s %s" % (glyph, function.__name__) for glyph, function in zip(glyphs, functions)))
    return "\n".join(line.rstrip() for line in lines)


def format_tick(value):
    return ("%.3g" % value).replace("-0", "0") if abs(value) < 1e-12 else "%.3g" % value


def plot_svg(functions, start, stop, parameters, width=640, height=400):
    """The plot as a standalone SVG document: axes, ticks, labels, legend, one path per curve."""
    left, right, top, bottom = 60, 20, 20, 70
    plot_width, plot_height = width - left - right, height - top - bottom
    xs, curves, low, high = sample_curves(functions, start, stop, 400, parameters)
    colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"]

    def px(x):
        return left + (x - start) / (stop - start) * plot_width

    def py(y):
        return top + (high - y) / (high - low) * plot_height

    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">' % (width, height, width, height),
        '<rect width="%d" height="%d" fill="white"/>' % (width, height),
        '<g class="plot" data-x-from="%r" data-x-to="%r" data-y-from="%r" data-y-to="%r" data-left="%d" data-top="%d" data-width="%d" data-height="%d">'
        % (start, stop, low, high, left, top, plot_width, plot_height),
        '<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#999"/>' % (left, top, plot_width, plot_height),
    ]
    if low <= 0.0 <= high:
        parts.append('<line class="axis" x1="%d" y1="%.2f" x2="%d" y2="%.2f" stroke="#444"/>' % (left, py(0.0), left + plot_width, py(0.0)))
    if start <= 0.0 <= stop:
        parts.append('<line class="axis" x1="%.2f" y1="%d" x2="%.2f" y2="%d" stroke="#444"/>' % (px(0.0), top, px(0.0), top + plot_height))
    for tick in nice_ticks(start, stop, 10):
        parts.append('<line x1="%.2f" y1="%d" x2="%.2f" y2="%d" stroke="#444"/>' % (px(tick), top + plot_height, px(tick), top + plot_height + 5))
        parts.append('<text x="%.2f" y="%d" text-anchor="middle">%s</text>' % (px(tick), top + plot_height + 18, format_tick(tick)))
    for tick in nice_ticks(low, high, 8):
        parts.append('<line x1="%d" y1="%.2f" x2="%d" y2="%.2f" stroke="#444"/>' % (left - 5, py(tick), left, py(tick)))
        parts.append('<text x="%d" y="%.2f" text-anchor="end" dominant-baseline="middle">%s</text>' % (left - 8, py(tick), format_tick(tick)))
    for index, (function, curve) in enumerate(zip(functions, curves)):
        commands, pen_down = [], False
        for x, y in zip(xs, curve):
            if isinstance(y, (int, float)) and math.isfinite(y):
                commands.append("%s%.3f %.3f" % ("L" if pen_down else "M", px(x), py(y)))
                pen_down = True
            else:
                pen_down = False
        colour = colours[index % len(colours)]
        parts.append('<path class="curve" data-function="%s" d="%s" fill="none" stroke="%s" stroke-width="2"/>' % (function.__name__, " ".join(commands), colour))
    parts.append("</g>")
    for index, function in enumerate(functions):
        x = left + index * (plot_width // max(1, len(functions)))
        y = height - 20
        parts.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="2"/>' % (x, y - 4, x + 20, y - 4, colours[index % len(colours)]))
        parts.append('<text class="legend" x="%d" y="%d">%s</text>' % (x + 25, y, function.__name__))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


# --- list ------------------------------------------------------------------------------


def signature_text(function):
    parameters = parameters_of(function)
    return "(x%s)" % "".join(", %s" % name if default is REQUIRED else ", %s=%r" % (name, default) for name, default in parameters)


def formula(function):
    """The formula line of the docstring: its first indented line."""
    # cleandoc, because Python 3.13 removes docstring indentation itself and earlier versions do not.
    for line in inspect.cleandoc(function.__doc__ or "").splitlines()[1:]:
        if line.startswith("    ") and line.strip() and not line.strip().startswith(">>>"):
            return line.strip()
    return ""


HELP = """usage: activations [NAME X [X ...] | NAME | table NAME ... | plot NAME ... | list] [options]

Activation functions and their derivatives, from the shell.

  activations                          the demo: a table on -5..5 and a plot
  activations NAME X [X ...]           NAME at each number, one result per line
  activations NAME                     the same for numbers read from standard input
  activations table NAME [NAME ...]    an aligned table (--from, --to, --step, --digits)
  activations plot NAME [NAME ...]     a terminal plot (--from, --to, --width, --height,
                                       --ascii, --svg FILE)
  activations list                     every function with its formula and parameters

Parameters are options named after them, e.g. --negative-slope 0.1.
'activations COMMAND --help' tells more about each command.

examples:
  activations relu -3 0 3
  activations leaky_relu --negative-slope 0.1 -2
  seq -5 5 | activations sigmoid
  activations table relu relu_derivative --from -2 --to 2 --step 0.5
  activations plot sigmoid sigmoid_derivative tanh_derivative --from -6 --to 6
"""

"""The command line: parsing what a person types, running the command, reporting mistakes.

    activations                         the demo: a table grouped by family, and a plot
    activations NAME X [X ...]          NAME at each X, one result per line
    activations NAME < numbers.txt      the same, streaming standard input line by line
    activations table NAME [NAME ...]   an aligned table
    activations plot NAME [NAME ...]    a terminal plot (or --svg FILE)
    activations list                    every function by family, with its formula

Every parameter of every function is an option named after it (``--negative-slope 0.1``,
or as Python spells it, ``--negative_slope 0.1``), found from the function's signature.
Every number float() accepts is a number here, as an argument or as an option's value:
``-inf``, ``-1e5`` and ``-nan`` are never options.  Every mistake a person can make is one
line on standard error and exit status 2 (see main).  What the functions are lives in
_catalogue.py, what is drawn and how in _draw.py.
"""

import argparse
import codecs
import functools
import inspect
import os
import sys

import activations
from activations import _catalogue as catalogue
from activations import _draw
from activations._catalogue import UsageError

COMMANDS = ("list", "table", "plot", "export", "show")
LISTING = "'activations list' shows them all"  # the end of an unknown name's error
# How the checks in _draw.py name what they check, on the command line.
OPTION_NAMES = {"start": "--from", "stop": "--to", "step": "--step", "digits": "--digits"}
OPTION_NAMES.update(width="--width", height="--height")
READ_SIZE = 1 << 16  # bytes of standard input read at a time, at most


def main(argv=None):
    """Run the command line; the exit status: 0, or 2 for a mistake (reported in one line)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if sys.stdout is None:  # started with standard output closed (>&-)
        return report("activations: standard output is closed")
    try:
        run(argv)
        sys.stdout.flush()  # here, so that a full disk is reported rather than lost at exit
    except UsageError as error:
        return report(str(error))
    except BrokenPipeError:  # the reader went away, as `| head` does: nothing to say
        _discard_output()
    except OSError as error:  # standard output failed: a full disk (> /dev/full), an I/O error
        _discard_output()
        return report("activations: cannot write the output: %s" % (error.strerror or error))
    except KeyboardInterrupt:
        return 130
    return 0


def report(message):
    """Print message as one line on standard error, after the results already printed."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except OSError:
        _discard_output()
    print(message, file=sys.stderr)
    return 2


def _discard_output():
    # What stays in the buffer would fail again when Python exits; send it nowhere instead.
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def run(argv):
    command = argv[0] if argv else ""
    if command in ("", "--ascii", "--no-color"):
        demo_command(argv)
    elif command in ("-h", "--help"):
        print(HELP)
    elif command == "--version":
        print("activations %s" % activations.__version__)
    elif command == "list":
        options_only(
            Parser(
                prog="activations list",
                description="Every function by family, with its parameters and formula.",
            ),
            argv[1:],
        )
        print(function_list())
    elif command == "table":
        table_command(argv[1:])
    elif command == "plot":
        plot_command(argv[1:])
    elif command == "export":
        export_command(argv[1:])
    elif command == "show":
        show_command(argv[1:])
    else:
        evaluate_command(command, argv[1:])


# --- parsing ----------------------------------------------------------------------------


class Parser(argparse.ArgumentParser):
    """argparse, except that every number float() accepts is an argument, never an option.

    argparse takes '-1e5' or '-inf' for an option; parse() first sorts the tokens itself: a
    token is an option only if it starts with '-' and is not a number, and an option that
    takes a value takes the next token whatever it is (``--from -1e1``).
    """

    def __init__(self, **kwargs):
        self.takes_value = {}  # before argparse adds --help
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(**kwargs)

    def add_argument(self, *args, **kwargs):
        action = super().add_argument(*args, **kwargs)
        for option in action.option_strings:
            self.takes_value[option] = action.nargs != 0
        return action

    def error(self, message):
        raise UsageError("%s: %s" % (self.prog, message))

    def parse(self, tokens):
        """The options, parsed, and the other tokens (the positional arguments) in order."""
        options, positionals = [], []
        tokens = iter(tokens)
        for token in tokens:
            if token == "--":
                positionals.extend(tokens)
            elif token[:1] != "-" or token == "-" or is_number(token):
                positionals.append(token)
                continue
            token = self._dashed(token)
            if "=" not in token and self._takes_value(token):
                value = next(tokens, None)
                options.append(token if value is None else "%s=%s" % (token, value))
            else:
                options.append(token)
        return self.parse_args(options), positionals

    def _dashed(self, token):
        """--negative_slope, as Python spells the parameter, for --negative-slope (only when
        that is an option, so that a mistake is reported as it was typed)."""
        option, equals, value = token.partition("=")
        dashed = "--" + option[2:].replace("_", "-")
        if option.startswith("--") and dashed != option and self._matches(dashed):
            return dashed + equals + value
        return token

    def _matches(self, option):
        """The options that option names: itself, or the ones it is a prefix of, as argparse
        accepts an unambiguous prefix of a long option (--neg for --negative-slope)."""
        if option in self.takes_value:
            return [option]
        if not option.startswith("--"):
            return []
        return [name for name in self.takes_value if name.startswith(option)]

    def _takes_value(self, option):
        matches = self._matches(option)
        return len(matches) == 1 and self.takes_value[matches[0]]


def options_only(parser, tokens):
    """The options of a command that takes no other arguments."""
    arguments, extra = parser.parse(tokens)
    if extra:
        parser.error("unrecognized arguments: %s" % " ".join(extra))
    return arguments


def parse_number(token):
    """A command-line number: an int when the token is one (kept exact), else what float() reads."""
    try:
        return int(token)
    except ValueError:
        return float(token)  # a ValueError here means: not a number


def is_number(token):
    try:
        parse_number(token)
    except ValueError:
        return False
    return True


def number_option(token):
    try:
        return parse_number(token)
    except ValueError:
        raise argparse.ArgumentTypeError("%r is not a number" % token) from None


def option_for(parameter_name):
    """The option of a parameter: --negative-slope for negative_slope."""
    return "--" + parameter_name.replace("_", "-")


def add_parameter_options(parser, functions):
    """An option for each parameter of the functions (once per name), from their signatures;
    its help says which functions take it when there are several."""
    taking = {}  # parameter name: [(function name, its inspect.Parameter)], in order
    for function in functions:
        for parameter in catalogue.parameters_of(function):
            taking.setdefault(parameter.name, []).append((function.__name__, parameter))
    for name, takers in taking.items():
        option, default = option_for(name), takers[0][1].default
        if isinstance(default, bool):  # a flag that turns the default over
            option = option if not default else "--no-" + option[2:]
            kind = {"action": "store_const", "const": not default}
        elif isinstance(default, str):
            kind = {"metavar": "TEXT"}
        else:
            kind = {"type": number_option, "metavar": "N"}
        parser.add_argument(
            option, dest=name, help=parameter_help(takers, len(functions) > 1), **kind
        )


def parameter_help(takers, name_them):
    """'default 1.0', or for several functions 'celu, elu: default 1.0; threshold: required'
    (a derivative goes without saying beside its function)."""
    by_default = {}
    for function_name, parameter in takers:
        if isinstance(parameter.default, bool):
            text = "sets %s=%r" % (parameter.name, not parameter.default)
        elif parameter.default is inspect.Parameter.empty:
            text = "required"
        else:
            text = "default %r" % (parameter.default,)
        by_default.setdefault(text, []).append(function_name)
    if not name_them:
        return "; ".join(by_default)
    groups = []
    for text, names in by_default.items():
        shown = [
            n
            for n in names
            if not (n.endswith("_derivative") and n[: -len("_derivative")] in names)
        ]
        groups.append("%s: %s" % (", ".join(shown), text))
    return "; ".join(groups)


def parameters_for(function, arguments):
    """The keyword arguments for function from the options given; the required ones missing
    are reported all at once."""
    parameters, missing = {}, []
    for parameter in catalogue.parameters_of(function):
        value = getattr(arguments, parameter.name, None)
        if value is not None:
            parameters[parameter.name] = value
        elif parameter.default is inspect.Parameter.empty:
            missing.append(option_for(parameter.name))
    if missing:
        needs = ", ".join(missing[:-1]) + " and " + missing[-1] if missing[1:] else missing[0]
        raise UsageError("activations: %s needs %s" % (function.__name__, needs))
    return parameters


def call(function, x, parameters, where=""):
    """function(x, **parameters), where the library's refusal of a parameter or of a row
    (ValueError, TypeError) is the person's mistake, reported in one line."""
    try:
        return function(x, **parameters)
    except (ValueError, TypeError, ArithmeticError) as error:
        raise UsageError("activations %s%s" % (error, where)) from None


def check_parameters(function, parameters):
    """Call function once on a small input now, so that a bad parameter is reported at once,
    before any input is read or any result printed."""
    rowwise = catalogue.is_rowwise(catalogue.public_name(function))
    call(function, [0.0, 0.0] if rowwise else [0.0], parameters)


def selection(parser, tokens):
    """The functions named, with their parameters, for table and plot."""
    elementwise = [catalogue.function(name) for name in catalogue.elementwise_names()]
    add_parameter_options(parser, elementwise)
    arguments, names = parser.parse(tokens)
    if not names:
        raise UsageError(
            "%s: name at least one function, e.g. %s relu" % (parser.prog, parser.prog)
        )
    for name in names:  # where a function is expected, a command is not one (plot plot)
        if name in COMMANDS:
            raise UsageError(
                "%s: %r is a command, not a function; 'activations list' shows the functions"
                % (parser.prog, name)
            )
    functions = [catalogue.function_named(name, parser.prog, LISTING) for name in names]
    taken = {p.name for function in functions for p in catalogue.parameters_of(function)}
    for function in elementwise:
        for parameter in catalogue.parameters_of(function):
            if getattr(arguments, parameter.name, None) is not None and parameter.name not in taken:
                option = option_for(parameter.name)
                raise UsageError("%s: none of the functions named takes %s" % (parser.prog, option))
    chosen = []
    for name, function in zip(names, functions):
        parameters = parameters_for(function, arguments)
        check_parameters(function, parameters)
        chosen.append(functools.partial(function, **parameters) if parameters else name)
    return arguments, _draw.curves_of(chosen, None, parser.prog, data=False)


def range_parser(command, description, examples, start):
    """The parser of table or plot: NAME ... and the range --from start --to -start."""
    parser = Parser(
        prog="activations " + command,
        description=description,
        epilog="examples:\n" + "".join("  %s\n" % example for example in examples),
    )
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help="functions, one column or curve each"
    )
    parser.add_argument(
        "--from",
        dest="start",
        type=number_option,
        default=start,
        metavar="A",
        help="first input (default %r)" % start,
    )
    parser.add_argument(
        "--to",
        dest="stop",
        type=number_option,
        default=-start,
        metavar="B",
        help="last input (default %r)" % -start,
    )
    return parser


# --- commands ---------------------------------------------------------------------------


def demo_command(argv):
    parser = Parser(prog="activations", description="The demo: a table and a plot.")
    add_drawing_options(parser)
    arguments = options_only(parser, argv)
    print(_draw.demo(ascii=arguments.ascii, color=colour_choice(arguments)))


def add_drawing_options(parser):
    parser.add_argument("--ascii", action="store_true", help="plain ASCII instead of Unicode")
    parser.add_argument(
        "--no-color",
        action="store_true",
        help="no colours (there are none in a pipe or with NO_COLOR set either)",
    )


def colour_choice(arguments):
    """False for --no-color; None leaves it to _draw: colour only on a terminal without NO_COLOR."""
    return False if arguments.no_color else None


def table_command(tokens):
    parser = range_parser(
        "table",
        "An aligned table of functions, one column each, at inputs from --from to --to.",
        [
            "activations table relu sigmoid --from -2 --to 2 --step 0.5",
            "activations table leaky_relu --negative-slope 0.1",
        ],
        -5,
    )
    parser.add_argument(
        "--step", type=number_option, default=1, metavar="S", help="between inputs (default 1)"
    )
    parser.add_argument(
        "--digits",
        type=number_option,
        default=4,
        metavar="D",
        help="decimals, 0 to %d (default 4); the zeros at the end that every number of a "
        "column has are left off" % _draw.MOST_DIGITS,
    )
    arguments, curves = selection(parser, tokens)
    inputs = _draw.table_inputs(
        parser.prog, OPTION_NAMES, arguments.start, arguments.stop, arguments.step
    )
    shown = _draw.Table(curves, inputs, arguments.digits, parser.prog, OPTION_NAMES)
    print(shown.text())


def plot_command(tokens):
    parser = range_parser(
        "plot",
        "Plot functions on one set of axes in the terminal, or as an SVG file.",
        [
            "activations plot sigmoid sigmoid_derivative --from -6 --to 6",
            "activations plot relu tanh --ascii",
            "activations plot gelu --svg gelu.svg --title GELU --xlabel x --ylabel 'gelu(x)'",
            "activations plot gelu --svg - > gelu.svg",
        ],
        -5.0,
    )
    parser.add_argument(
        "--width", type=number_option, default=80, metavar="W", help="columns (default 80)"
    )
    parser.add_argument(
        "--height", type=number_option, default=24, metavar="H", help="rows (default 24)"
    )
    add_drawing_options(parser)
    parser.add_argument(
        "--svg", metavar="FILE", help="write the plot as an SVG file instead ('-': standard output)"
    )
    parser.add_argument("--title", metavar="TEXT", help="a title above the plot")
    parser.add_argument("--xlabel", metavar="TEXT", help="a label for the x axis")
    parser.add_argument("--ylabel", metavar="TEXT", help="a label for the y axis")
    arguments, curves = selection(parser, tokens)
    figure = _draw.Figure(
        curves,
        arguments.start,
        arguments.stop,
        arguments.width,
        arguments.height,
        arguments.title,
        arguments.xlabel,
        arguments.ylabel,
        arguments.ascii,
        colour_choice(arguments),
        parser.prog,
        OPTION_NAMES,
    )
    if arguments.svg is None:
        print(figure)
    elif arguments.svg == "-":
        sys.stdout.write(figure.svg())
    else:
        try:
            figure.save(arguments.svg)
        except OSError as error:
            raise UsageError(
                "%s: cannot write %r: %s" % (parser.prog, arguments.svg, error.strerror or error)
            ) from None
        # On standard error, so that standard output stays clean for a pipe.
        print(
            "%s: wrote %s to %s" % (parser.prog, ", ".join(figure.labels), arguments.svg),
            file=sys.stderr,
        )


def export_command(tokens):
    parser = Parser(
        prog="activations export",
        description="One Python module that defines the functions named, with the helpers "
        "they need: the package's own code, which runs on its own with only math.",
        epilog="examples:\n  activations export sigmoid sigmoid_derivative -o sigmoid.py\n"
        "  activations export relu leaky_relu tanh > activations_lite.py\n",
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help="functions, derivatives too")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not the screen")
    arguments, names = parser.parse(tokens)
    if not names:
        raise UsageError("activations export: name at least one function, e.g. export sigmoid")
    write_source(exported(names, parser.prog), arguments.output, parser.prog)


def show_command(tokens):
    parser = Parser(
        prog="activations show",
        description="The code of one function and its derivative, to read or to paste into "
        "a lesson: the same as 'activations export NAME NAME_derivative'.",
        epilog="example:\n  activations show sigmoid\n",
    )
    parser.add_argument("name", nargs="*", metavar="NAME", help="one function")
    arguments, names = parser.parse(tokens)
    if len(names) != 1:
        raise UsageError("activations show: name one function, e.g. show sigmoid")
    name = names[0]
    derivative = name + "_derivative"
    both = [name, derivative] if derivative in activations.__all__ else [name]
    write_source(exported(both, parser.prog), None, parser.prog)


def exported(names, caller):
    for name in names:
        catalogue.function_named(name, caller, LISTING)  # an unknown name, or an in-place form
    return activations.export(*names)


def write_source(text, path, caller):
    if path is None:
        sys.stdout.write(text)
        return
    try:
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)
    except OSError as error:
        raise UsageError(
            "%s: cannot write %r: %s" % (caller, path, error.strerror or error)
        ) from None
    print("%s: wrote %s" % (caller, path), file=sys.stderr)  # standard output stays clean


def evaluate_command(name, tokens):
    function = catalogue.function_named(name, "activations", LISTING, also=COMMANDS)
    rowwise = catalogue.is_rowwise(name)
    if rowwise:
        description = (
            "Evaluate %s on the row of numbers given, or on each line of standard input as a row."
        )
        examples = ["%s 1 2 3 4", "printf '1 2 3 4\\n0 0 0 0\\n' | %s"]
        unit = "one row; none reads a row per line from standard input"
    else:
        description = (
            "Evaluate %s at each number given, or at each number read from standard input."
        )
        examples = ["%s -3 0 3", "seq -5 5 | %s"]
        unit = "none reads standard input"
    parser = Parser(
        prog="activations " + name,
        description=description % name,
        epilog="examples:\n"
        + "".join("  %s\n" % (example % ("activations " + name)) for example in examples),
    )
    parser.add_argument("numbers", nargs="*", metavar="X", help="the inputs (%s)" % unit)
    add_parameter_options(parser, [function])
    arguments, tokens = parser.parse(tokens)
    parameters = parameters_for(function, arguments)
    check_parameters(function, parameters)
    evaluate = evaluate_rows if rowwise else evaluate_numbers
    if tokens:
        evaluate(function, parameters, [" ".join(tokens)], "argument")  # one line
    else:
        evaluate(function, parameters, standard_input(name), "line")


# --- evaluation -------------------------------------------------------------------------


def standard_input(name):
    """Standard input as text, in batches of whole lines: all the lines there are when read.

    A line typed at a terminal or written by `tail -f` is a batch of its own, so its results
    are written before the next line is waited for, while a pipe full of lines goes through
    in large batches, as fast as a whole file.  A byte-order mark at the start is ignored.
    """
    if sys.stdin is None:
        raise UsageError(
            "activations %s: standard input is closed; give the numbers as arguments" % name
        )
    source, pending, first = sys.stdin.buffer, b"", True
    while True:
        try:
            chunk = source.read1(READ_SIZE)  # what there is, without waiting for more
        except OSError as error:
            raise UsageError(
                "activations %s: cannot read standard input: %s" % (name, error.strerror or error)
            ) from None
        if first and chunk.startswith(codecs.BOM_UTF8):
            chunk = chunk[len(codecs.BOM_UTF8) :]
        first = False
        if not chunk:
            if pending:
                yield pending.decode("utf-8", "replace")
            return
        pending += chunk
        end = pending.rfind(b"\n") + 1
        if end:
            yield pending[:end].decode("utf-8", "replace")
            pending = pending[end:]


def numbers_in(line, name, unit, line_number, numbers):
    """Append the numbers on a line to numbers; a token that is not one is an error saying where."""
    for token_number, token in enumerate(line.split(), 1):
        try:
            numbers.append(parse_number(token))
        except ValueError:
            place = "argument %d" % token_number if unit == "argument" else "line %d" % line_number
            raise UsageError(
                "activations %s: %r (%s) is not a number" % (name, token, place)
            ) from None


def evaluate_numbers(function, parameters, batches, unit):
    """An elementwise function: every number of a batch of lines at once, a result per line.

    The results for the numbers before a token that is not a number are written first.
    """
    lines_before = 0
    for text in batches:
        try:
            numbers = [parse_number(token) for token in text.split()]
        except ValueError:  # find the token, and the numbers before it
            numbers = []
            for line_number, line in enumerate(text.split("\n"), lines_before + 1):
                numbers_in(line, function.__name__, unit, line_number, numbers)
        finally:
            if numbers:
                write(function, numbers, parameters)
        lines_before += text.count("\n")


def write(function, numbers, parameters):
    sys.stdout.write("".join([repr(y) + "\n" for y in call(function, numbers, parameters)]))
    sys.stdout.flush()


def evaluate_rows(function, parameters, batches, unit):
    """softmax and its kin: each line is a row, and its result a number (logsumexp), a row
    (softmax), or a matrix (the Jacobians), a line each row; empty lines are skipped."""
    lines_before = 0
    for text in batches:
        out = []
        try:
            for line_number, line in enumerate(text.split("\n"), lines_before + 1):
                row = []
                numbers_in(line, function.__name__, unit, line_number, row)
                if row:
                    where = " (line %d)" % line_number if unit == "line" else ""
                    result = call(function, row, parameters, where)
                    out.append(format_row_result(result, one_per_line=unit == "argument"))
        finally:
            sys.stdout.write("".join(out))
            sys.stdout.flush()
        lines_before += text.count("\n")


def format_row_result(result, one_per_line):
    if not isinstance(result, list):
        return repr(result) + "\n"
    if result and isinstance(result[0], list):
        return "".join(" ".join(repr(value) for value in row) + "\n" for row in result)
    separator = "\n" if one_per_line else " "
    return separator.join(repr(value) for value in result) + "\n"


def function_list():
    """Every public function by family: its whole signature (dim, inplace and keepdim
    included) and its formula, or what the name stands for (swish, relu_)."""
    lines = []
    entries = catalogue.entries()
    for family in catalogue.FAMILIES:
        rows = [
            (name + catalogue.signature_text(name), catalogue.description(name))
            for name, entry in entries.items()
            if entry.family is family
        ]
        if not rows:
            continue
        # Aligned, but a long signature does not push every formula to the right.
        width = max([len(signature) for signature, _ in rows if len(signature) <= 40] + [0])
        lines += ([""] if lines else []) + [family.title]
        lines += ["  %s  %s" % (signature.ljust(width), text) for signature, text in rows]
    return "\n".join(lines)


HELP = """usage: activations [NAME X [X ...] | NAME | table NAME ... | plot NAME ... | list |
                    show NAME | export NAME ...] [options]

Activation functions and their derivatives, from the shell.

  activations                          the demo: a table by family and a plot
                                       (--ascii, --no-color)
  activations NAME X [X ...]           NAME at each number, one result per line
  activations NAME                     the same for numbers read from standard input,
                                       each line's results as soon as the line is read
  activations table NAME [NAME ...]    an aligned table (--from, --to, --step, --digits)
  activations plot NAME [NAME ...]     a terminal plot (--from, --to, --width, --height,
                                       --ascii, --no-color, --title, --xlabel, --ylabel),
                                       or an SVG file (--svg FILE, or --svg - for stdout)
  activations list                     every function by family, with its parameters and
                                       formula
  activations show NAME                its code and its derivative's, to read or paste
  activations export NAME [NAME ...]   one module of the functions' code, which runs on
                                       its own with only math (-o FILE)
  activations --version                the version

Parameters are options named after them, e.g. --negative-slope 0.1 (or --negative_slope).
Every number that Python's float() reads is a number here, also as an option's value:
-1e5, -inf, nan.  Softmax and its kin take a row: the numbers given, or each line of
standard input.
Colours appear only on a terminal, and never with NO_COLOR set or --no-color.
'activations COMMAND --help' tells more about each command.

examples:
  activations relu -3 0 3
  activations leaky_relu --negative-slope 0.1 -2
  seq -5 5 | activations sigmoid
  printf '1 2 3\\n4 5 6\\n' | activations softmax
  activations table relu relu_derivative --from -2 --to 2 --step 0.5
  activations plot sigmoid sigmoid_derivative tanh_derivative --from -6 --to 6
"""

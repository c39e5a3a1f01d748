"""The command line, driven as a user drives it: a real process, its output and exit status.

Cases that need nothing but their own process run side by side (see run_all), which keeps
the file fast on two cores.
"""

import inspect
import math
import os
import re
import select
import shlex
import subprocess
import sys

import pytest
from test_draw import SVG, assert_svg_draws

import activations

from catalogue import ROWWISE

# The command runs from wherever the tests import the package: installed, or a source tree.
ENVIRONMENT = dict(
    os.environ, PYTHONPATH=os.path.dirname(os.path.dirname(os.path.abspath(activations.__file__)))
)
for variable in ("NO_COLOR", "COLUMNS", "LINES"):  # the defaults: colour on a terminal, 80 columns
    ENVIRONMENT.pop(variable, None)
COMMAND = [sys.executable, "-m", "activations"]


def start(*arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=None):
    return subprocess.Popen(
        COMMAND + list(arguments),
        stdin=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env or ENVIRONMENT,
    )


def run_all(cases):
    """Run (arguments, stdin) cases side by side; their (stdout, stderr, status) in order."""
    processes = [(start(*arguments), stdin) for arguments, stdin in cases]
    results = []
    for process, stdin in processes:
        data = stdin if isinstance(stdin, bytes) else stdin.encode("utf-8")
        out, err = process.communicate(data, timeout=60)
        results.append((out.decode("utf-8"), err.decode("utf-8"), process.returncode))
    return results


def run(*arguments, stdin=""):
    return run_all([(arguments, stdin)])[0]


def ok(*arguments, stdin=""):
    out, err, status = run(*arguments, stdin=stdin)
    assert status == 0, err
    assert err == ""
    return out


def fails(*arguments, stdin=""):
    """The output and the one-line error of a command that must fail with exit status 2."""
    out, err, status = run(*arguments, stdin=stdin)
    assert_one_line_error(arguments, err, status)
    return out, err


def is_number(text):
    try:
        float(text)
    except ValueError:
        return False
    return True


def assert_one_line_error(arguments, err, status):
    assert status == 2, (arguments, status, err)
    assert "Traceback" not in err, (arguments, err)
    assert len(err.splitlines()) == 1 and err.endswith("\n"), (arguments, err)


def refused(line, message):
    """A case for check_all: a command that prints nothing and fails with one line."""
    return (line, "", "", message)


def check_all(cases):
    """Run (command line, stdin, stdout, stderr) cases side by side.  The command line is
    split as a shell splits it; a stderr means exit status 2 with exactly that one line,
    None means exit status 0 and nothing on stderr."""
    results = run_all([(shlex.split(line), stdin) for line, stdin, _, _ in cases])
    for (line, _, expected_out, expected_err), (out, err, status) in zip(cases, results):
        assert out == expected_out, (line, out, err)
        if expected_err is None:
            assert (status, err) == (0, ""), (line, status, err)
        else:
            assert_one_line_error(line, err, status)
            assert err == expected_err + "\n", (line, err)


# --- evaluation ------------------------------------------------------------------


def test_evaluates_each_number_on_its_own_line():
    check_all(
        [
            ("relu -3 0 3", "", "0\n0\n3\n", None),
            ("relu -2.5 -0.0 nan inf", "", "0.0\n-0.0\nnan\ninf\n", None),
            (
                "sigmoid 1 -710",
                "",
                "%r\n%r\n" % (activations.sigmoid(1), activations.sigmoid(-710)),
                None,
            ),
            ("tanh_derivative 20", "", "1.6993417021166355e-17\n", None),
        ]
    )


def test_every_number_float_reads_is_a_number_never_an_option():
    negatives = "-inf -1e5 -2.5e-3 -1E3 -5. -Infinity -nan"
    check_all(
        [
            ("relu %s -3 -.5 inf 3" % negatives, "", "0.0\n" * 6 + "nan\n0\n0.0\ninf\n3\n", None),
            ("relu 3 -1e5", "", "3\n0.0\n", None),
            ("relu -- -1e5 2", "", "0.0\n2\n", None),
            ("relu 1_000 +2", "", "1000\n2\n", None),  # ints stay ints, as Python reads them
            ("relu", negatives.replace(" ", "\n") + "\n", "0.0\n" * 6 + "nan\n", None),
            # ... and as the value of an option, with a space or an '=', before or after the numbers
            ("leaky_relu --negative-slope -1e5 -1e-5", "", "1.0\n", None),
            ("leaky_relu -2 --negative-slope -2.5e-3", "", "0.005\n", None),
            ("leaky_relu --negative-slope=-1E3 -1", "", "1000.0\n", None),
            ("leaky_relu --negative-slope -inf -1", "", "inf\n", None),
            ("leaky_relu --negative-slope -Infinity -5.", "", "inf\n", None),
            ("leaky_relu --negative-slope -nan -1", "", "nan\n", None),
            ("leaky_relu --neg -1e1 -1", "", "10.0\n", None),  # a prefix, as argparse allows
            ("hardtanh --min-val -1e1 --max-val 1E1 -20 20", "", "-10.0\n10.0\n", None),
            ("table relu --from -1e1 --to -9", "", "    x  relu\n-10.0   0.0\n -9.0   0.0\n", None),
            (
                "table relu --from -5. --to -2.5e0 --step 2.5",
                "",
                "   x  relu\n-5.0   0.0\n-2.5   0.0\n",
                None,
            ),
            (
                "table relu --from -1E3 --to -999",
                "",
                "      x  relu\n-1000.0   0.0\n -999.0   0.0\n",
                None,
            ),
            refused("table relu --from -inf", "activations table: --from must be finite, not -inf"),
            refused(
                "table relu --from -Infinity", "activations table: --from must be finite, not -inf"
            ),
            refused("table relu --from -nan", "activations table: --from must be finite, not nan"),
            refused("relu -x", "activations relu: unrecognized arguments: -x"),
        ]
    )


def test_parameters_are_options_named_after_them():
    check_all(
        [
            ("leaky_relu --negative-slope 0.1 -2", "", "-0.2\n", None),
            ("leaky_relu -2 --negative-slope=0.5", "", "-1.0\n", None),
            ("leaky_relu_derivative 0 --negative-slope 0.2", "", "0.2\n", None),
            ("gelu --approximate tanh 0", "", "0.0\n", None),
            ("threshold --threshold 0.5 --value -1 0 1", "", "-1\n1\n", None),
            # Every missing parameter at once, and Python's spelling of an option too.
            refused("threshold 1", "activations: threshold needs --threshold and --value"),
            refused(
                "table threshold_derivative --value 2",
                "activations: threshold_derivative needs --threshold",
            ),
            ("leaky_relu --negative_slope 0.5 -2", "", "-1.0\n", None),
            ("leaky_relu -2 --negative_slope=0.25", "", "-0.5\n", None),
            ("hardtanh --min_val -2 --max_v 2 -5 5", "", "-2\n2\n", None),
            refused("relu --no_such 1", "activations relu: unrecognized arguments: --no_such"),
        ]
    )


def test_streams_standard_input():
    numbers = [(-1) ** i * i / 7 for i in range(10000)]
    text = (
        "\n".join(" ".join(repr(x) for x in numbers[i : i + 3]) for i in range(0, len(numbers), 3))
        + "\n"
    )
    output = ok("sigmoid", stdin=text)
    assert output.splitlines() == [repr(y) for y in activations.sigmoid(numbers)]


def test_standard_input_details():
    check_all(
        [
            (
                "relu",
                "1 -2\n3 oops 4\n",
                "1\n0\n3\n",
                "activations relu: 'oops' (line 2) is not a number",
            ),
            ("relu 5 x 6", "", "5\n", "activations relu: 'x' (argument 2) is not a number"),
            ("tanh", "", "", None),
            ("relu", "\ufeff1 -2\n3", "1\n0\n3\n", None),  # a byte-order mark, and no last newline
            ("relu", "1\r\n-2\r\n", "1\n0\n", None),
            ("relu", b"1\n\xff\n", "1\n", "activations relu: '\ufffd' (line 2) is not a number"),
        ]
    )


def test_each_line_is_answered_before_the_next_is_read():
    process = start("sigmoid")
    try:
        for number, expected in [("0", "0.5\n"), ("1e3", "1.0\n")]:
            process.stdin.write(number.encode() + b"\n")
            process.stdin.flush()
            # The pipe stays open: the result must come now, not when the input ends.
            ready, _, _ = select.select([process.stdout], [], [], 30)
            assert ready, "no result for %r while standard input stays open" % number
            assert process.stdout.readline().decode() == expected
    finally:
        process.stdin.close()
        process.wait(timeout=30)
    assert process.returncode == 0


# --- errors --------------------------------------------------------------------


def test_unknown_names_get_a_suggestion_ignoring_case():
    check_all(
        [
            refused("sigmod 1", "activations: unknown function 'sigmod'; did you mean 'sigmoid'?"),
            refused("ReLU 1", "activations: unknown function 'ReLU'; did you mean 'relu'?"),
            refused("SoftMax", "activations: unknown function 'SoftMax'; did you mean 'softmax'?"),
            refused(
                "zzz", "activations: unknown function 'zzz'; 'activations list' shows them all"
            ),
            refused(
                "table tanh_derivativ",
                "activations table: unknown function 'tanh_derivativ'; "
                "did you mean 'tanh_derivative'?",
            ),
            refused("tabel relu", "activations: unknown function 'tabel'; did you mean 'table'?"),
            # Where a function is expected, a command is not suggested, nor taken for one.
            refused(
                "plot plot",
                "activations plot: 'plot' is a command, not a function; 'activations list' "
                "shows the functions",
            ),
            refused(
                "table relu list",
                "activations table: 'list' is a command, not a function; 'activations list' "
                "shows the functions",
            ),
            refused(
                "plot tabel",
                "activations plot: unknown function 'tabel'; 'activations list' shows them all",
            ),
        ]
    )


def test_options_a_function_does_not_take_are_refused():
    check_all(
        [
            refused(
                "relu --negative-slope 0.1 1",
                "activations relu: unrecognized arguments: --negative-slope",
            ),
            refused(
                "table relu --negative-slope 0.1",
                "activations table: none of the functions named takes --negative-slope",
            ),
            refused(
                "leaky_relu 1 --negative-slope abc",
                "activations leaky_relu: argument --negative-slope: 'abc' is not a number",
            ),
            refused("list relu", "activations list: unrecognized arguments: relu"),
            refused(
                "table",
                "activations table: name at least one function, e.g. activations table relu",
            ),
        ]
    )


def test_a_bad_parameter_is_one_line_even_before_any_input():
    check_all(
        [
            refused("celu --alpha 0 1", "activations celu: alpha is 0, expected a positive number"),
            (
                "celu --alpha 0",
                "1\n",
                "",
                "activations celu: alpha is 0, expected a positive number",
            ),
            refused(
                "gelu --approximate TANH 1",
                "activations gelu: approximate is 'TANH', expected 'none' or 'tanh'",
            ),
            refused(
                "hardtanh --min-val 2 --max-val 1 0",
                "activations hardtanh: min_val 2 is above max_val 1",
            ),
            refused(
                "softplus --beta 0 1", "activations softplus: beta is 0, expected a nonzero number"
            ),
            refused(
                "softshrink --lambd -1 1",
                "activations softshrink: lambd is -1, expected a number >= 0",
            ),
            refused(
                "table celu --alpha -1", "activations celu: alpha is -1, expected a positive number"
            ),
            refused(
                "plot celu --alpha -1", "activations celu: alpha is -1, expected a positive number"
            ),
        ]
    )


def test_ranges_steps_and_sizes_are_checked():
    check_all(
        [
            refused(
                "table relu --from 3 --to 1", "activations table: the range from 3 to 1 is empty"
            ),
            refused("table relu --step 0", "activations table: --step must be positive, not 0"),
            refused("table relu --step -1", "activations table: --step must be positive, not -1"),
            refused("table relu --step inf", "activations table: --step must be finite, not inf"),
            refused("table relu --to inf", "activations table: --to must be finite, not inf"),
            refused("table relu --from nan", "activations table: --from must be finite, not nan"),
            refused(
                "table relu --step 1e-9 --from 0 --to 1",
                (
                    "activations table: from 0 to 1 in steps of 1e-09 is 1000000001 rows, more "
                    "than 100000; use a larger --step or a shorter range"
                ),
            ),
            refused(
                "table relu --digits 40",
                "activations table: --digits must be a whole number from 0 to 17, not 40",
            ),
            refused(
                "table relu --digits -1",
                "activations table: --digits must be a whole number from 0 to 17, not -1",
            ),
            refused(
                "plot relu --from 1 --to 1", "activations plot: the range from 1 to 1 is empty"
            ),
            refused("plot relu --to inf", "activations plot: --to must be finite, not inf"),
            refused(
                "plot relu --width 1e6",
                "activations plot: --width must be a whole number from 30 to 1000, not 1000000.0",
            ),
            refused(
                "plot relu --height 5",
                "activations plot: --height must be a whole number from 8 to 1000, not 5",
            ),
        ]
    )


def test_output_and_file_errors_are_one_line():
    check_all(
        [
            refused(
                "plot relu --svg /nonexistent/dir/x.svg",
                "activations plot: cannot write '/nonexistent/dir/x.svg': "
                "No such file or directory",
            ),
        ]
    )
    if not os.path.exists("/dev/full"):
        return
    with open("/dev/full", "w") as full:
        for arguments in [["relu", "1", "2"], ["table", "relu"], ["relu"]]:
            process = start(*arguments, stdout=full)
            _, err = process.communicate(b"1\n2\n", timeout=60)
            err = err.decode()
            assert_one_line_error(arguments, err, process.returncode)
            assert err == "activations: cannot write the output: No space left on device\n"


def test_a_closed_pipe_ends_quietly():
    process = subprocess.Popen(
        COMMAND + ["relu"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENVIRONMENT,
    )
    process.stdout.close()  # the reader is gone, as after `| head -1`
    _, err = process.communicate(b"1\n" * 100000, timeout=60)
    assert err == b"" and process.returncode == 0


def test_version():
    assert ok("--version") == "activations %s\n" % activations.__version__


# --- table and list ---------------------------------------------------------------


def test_table():
    assert ok(
        "table", "relu", "sigmoid", "--from", "-1", "--to", "1", "--step", "0.5", "--digits", "3"
    ) == (
        "   x  relu  sigmoid\n"
        "-1.0   0.0    0.269\n"
        "-0.5   0.0    0.378\n"
        " 0.0   0.0    0.500\n"
        " 0.5   0.5    0.622\n"
        " 1.0   1.0    0.731\n"
    )
    # Decimals line up, zero has no sign, and --digits 0 shows whole numbers.
    assert ok("table", "gelu", "--from", "-3", "--to", "0", "--digits", "2") == (
        " x   gelu\n-3   0.00\n-2  -0.05\n-1  -0.16\n 0   0.00\n"
    )
    assert ok("table", "sigmoid", "--from", "0", "--to", "1", "--digits", "0") == (
        "x  sigmoid\n0        0\n1        1\n"
    )


def test_table_passes_parameters_to_the_functions_that_take_them_and_says_so():
    assert ok(
        "table",
        "leaky_relu",
        "relu",
        "--negative-slope",
        "0.5",
        "--from",
        "-2",
        "--to",
        "-2",
        "--digits",
        "17",
    ) == (" x  leaky_relu(negative_slope=0.5)  relu\n-2                            -1.0     0\n")


def test_rowwise_functions_take_the_numbers_as_one_row():
    check_all(
        [
            ("softmax 0 0", "", "0.5\n0.5\n", None),
            ("log_softmax -1000 0 1000", "", "-2000.0\n-1000.0\n0.0\n", None),
            ("softmax_derivative 0 0", "", "0.25 -0.25\n-0.25 0.25\n", None),
            ("softmax", "0 0\n1000 0\n\n5\n", "0.5 0.5\n1.0 0.0\n1.0\n", None),
            ("softmax_derivative", "0 0\n7\n", "0.25 -0.25\n-0.25 0.25\n0.0\n", None),
            refused(
                "table softmax",
                "activations table: softmax works on whole rows, not on one number at a time",
            ),
            (
                "softmax",
                "1 2\n3 x\n",
                "0.2689414213699951 0.7310585786300049\n",
                "activations softmax: 'x' (line 2) is not a number",
            ),
        ]
    )


def test_rowwise_results_of_every_shape_are_printed():
    # logsumexp gives a number for a row, glu half a row, the Jacobians a matrix; the
    # functions that arrive with the rewrite are stood in for by small ones here.
    from activations import _cli

    assert _cli.format_row_result(0.5, one_per_line=False) == "0.5\n"
    assert _cli.format_row_result([1.0, 2.0], one_per_line=False) == "1.0 2.0\n"
    assert _cli.format_row_result([1.0, 2.0], one_per_line=True) == "1.0\n2.0\n"
    assert (
        _cli.format_row_result([[1.0, 0.0], [0.0, 1.0]], one_per_line=True) == "1.0 0.0\n0.0 1.0\n"
    )


@pytest.mark.skipif(
    not all(hasattr(activations, name) for name in ["prelu", "rrelu", "logsumexp", "glu"]),
    reason="prelu, rrelu, logsumexp and glu come with the rewrite of the functions",
)
def test_the_functions_of_the_rewrite():
    a = activations
    check_all(
        [
            (
                "prelu --weight 0.25 -4 2",
                "",
                "%r\n%r\n" % (a.prelu(-4, 0.25), a.prelu(2, 0.25)),
                None,
            ),
            ("prelu --weight -1e-1 -2", "", "%r\n" % a.prelu(-2, -0.1), None),
            refused("prelu 1", "activations: prelu needs --weight"),
            (
                "table prelu --weight 0.5 --from -2 --to -2",
                "",
                " x  prelu(weight=0.5)\n-2               -1.0\n",
                None,
            ),
            ("rrelu -2", "", "%r\n" % a.rrelu(-2), None),
            ("softplus --threshold 20 30", "", "%r\n" % a.softplus(30, threshold=20), None),
            ("logsumexp 0 0", "", "%r\n" % a.logsumexp([0, 0]), None),
            (
                "logsumexp",
                "0 0\n1 2\n",
                "%r\n%r\n" % (a.logsumexp([0, 0]), a.logsumexp([1, 2])),
                None,
            ),
            ("logsumexp --keepdim 0 0", "", "%r\n" % a.logsumexp([0, 0], keepdim=True)[0], None),
            ("glu 1 2 3 4", "", "".join("%r\n" % y for y in a.glu([1, 2, 3, 4])), None),
            refused(
                "glu 1 2 3",
                "activations glu: x has 3 numbers along dim -1, expected an even number",
            ),
            refused("softmax --dim 0 1", "activations softmax: unrecognized arguments: --dim"),
            refused("relu --inplace 1", "activations relu: unrecognized arguments: --inplace"),
        ]
    )
    out, err, status = run("rrelu", "--training", "-2")
    assert status == 0 and err == "" and -2 / 3 <= float(out) <= -2 / 8


def test_list_shows_every_function_by_family_with_its_whole_signature_and_formula():
    lines = ok("list").splitlines()
    titles = [line.split(":")[0] for line in lines if line and not line.startswith(" ")]
    assert titles == [
        "Rectifiers",
        "The sigmoid and tanh family",
        "Smooth gates",
        "Shrinks",
        "Softmax and its kin",
        "Gated linear units",
    ]
    entries = [line.strip() for line in lines if line.startswith("  ")]
    by_name = {line.split("(")[0]: line for line in entries}
    assert len(entries) == len(by_name) and sorted(by_name) == sorted(activations.__all__)
    for name in activations.__all__:  # dim, inplace and keepdim included
        signature = str(inspect.signature(getattr(activations, name)))
        assert by_name[name].startswith(name + signature + "  "), name
    assert re.match(
        r"logsumexp\(x, dim=-1, keepdim=False\) +logsumexp\(x\) = log\(sum_j exp\(x_j\)\)",
        by_name["logsumexp"],
    )
    assert re.match(r"sigmoid\(x\) +sigmoid\(x\) = 1 / \(1 \+ exp\(-x\)\)$", by_name["sigmoid"])
    assert by_name["rrelu"].endswith(  # the formula's second line too
        "rrelu(x) = x if x >= 0 else a * x,  a ~ uniform(lower, upper) when training, "
        "a = (lower + upper) / 2 otherwise"
    )
    assert by_name["swish"].endswith("  the same function as silu")
    assert by_name["relu_derivative"].endswith("  relu'(x) = 1 if x > 0 else 0")


def test_the_examples_of_the_help_work_as_written():
    """Each example the help gives runs; the row-wise ones print a row per line."""
    helps = run_all([(arguments, "") for arguments in (["--help"], ["softmax", "--help"])])
    examples = [
        line.strip()
        for out, _, _ in helps
        for line in out.split("examples:\n")[1].splitlines()
        if line.strip()
    ]
    assert examples[-2:] == [
        "activations softmax 1 2 3 4",
        r"printf '1 2 3 4\n0 0 0 0\n' | activations softmax",
    ]
    program = " ".join(shlex.quote(part) for part in COMMAND)
    processes = [
        subprocess.Popen(
            example.replace("activations", program, 1),
            shell=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=ENVIRONMENT,
        )
        for example in examples
    ]
    outputs = {}
    for example, process in zip(examples, processes):
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0 and err == b"" and out, example
        outputs[example] = out.decode()

    def rows(*rows):
        return "".join(" ".join(repr(y) for y in activations.softmax(row)) + "\n" for row in rows)

    assert outputs[examples[-1]] == rows([1, 2, 3, 4], [0, 0, 0, 0])
    assert outputs[r"printf '1 2 3\n4 5 6\n' | activations softmax"] == rows([1, 2, 3], [4, 5, 6])
    assert outputs["activations softmax 1 2 3 4"].split() == rows([1, 2, 3, 4]).split()
    assert outputs["seq -5 5 | activations sigmoid"].splitlines() == [
        repr(activations.sigmoid(x)) for x in range(-5, 6)
    ]


@pytest.mark.skipif(not hasattr(activations, "relu_"), reason="relu_ comes with the rework")
def test_in_place_forms_are_refused_for_their_function():
    check_all(
        [
            refused(
                "relu_ 1",
                "activations: relu_ is the in-place form of relu, for lists in Python; use relu",
            ),
            refused(
                "plot relu_",
                "activations plot: relu_ is the in-place form of relu, for lists in Python; "
                "use relu",
            ),
        ]
    )


def test_help_everywhere_with_examples():
    cases = [
        ["--help"],
        ["table", "--help"],
        ["plot", "--help"],
        ["relu", "--help"],
        ["leaky_relu", "--help"],
    ]
    results = run_all([(arguments, "") for arguments in cases])
    for arguments, (out, err, status) in zip(cases, results):
        assert status == 0 and err == "" and "example" in out, arguments
    assert "--negative-slope" in results[-1][0]
    assert "--digits" in results[1][0] and "0 to 17" in results[1][0]
    assert "--no-color" in results[2][0] and "--title" in results[2][0]


# --- the demo and plots -----------------------------------------------------------------


def test_demo_starts_with_the_core_four_and_fits_80_columns():
    lines = ok().splitlines()  # not a terminal: 80 columns
    rows = [line.split() for line in lines if len(line.split()) > 3 and is_number(line.split()[-1])]
    assert [row[0] for row in rows[:9]] == [
        "x",
        "relu",
        "relu'",
        "leaky_relu",
        "leaky_relu'",
        "sigmoid",
        "sigmoid'",
        "tanh",
        "tanh'",
    ]
    rows = {row[0]: row[1:] for row in rows}
    assert rows["x"] == [str(x) for x in range(-4, 5)]  # 80 columns: the inputs -4..4
    assert rows["relu"] == ["0.00"] * 5 + ["1.00", "2.00", "3.00", "4.00"]
    assert rows["sigmoid'"][4] == "0.25" and rows["tanh'"][4] == "1.00"
    assert rows["leaky_relu"][0] == "-0.04" and rows["leaky_relu'"][4] == "0.01"
    # gelu(-4) is -0.0001: to 2 decimals a zero, without a sign.
    assert rows["gelu"][:2] == ["0.00", "0.00"] and "-0.00" not in "\n".join(lines)
    for name in activations.__all__:  # every function that needs no parameter, once
        function = getattr(activations, name)
        shown = name in rows or name.replace("_derivative", "'") in rows
        required = [
            p for p in inspect.signature(function).parameters.values() if p.default is p.empty
        ]
        expected = (
            function.__name__ == name
            and name not in ROWWISE
            and not name.endswith("_")  # an in-place form: relu_
            and len(required) == 1  # x alone
        )
        assert shown == expected, name
    assert max(len(line) for line in lines) <= 80
    legend = lines[-1]
    for glyph, name in zip("●■▲◆", ["relu", "leaky_relu", "sigmoid", "tanh"]):
        assert "%s %s" % (glyph, name) in legend
        assert sum(line.count(glyph) for line in lines[:-1]) >= 10, name  # all four are seen


def test_demo_fits_a_wider_terminal_with_more_inputs():
    process = start(env=dict(ENVIRONMENT, COLUMNS="120"))
    out, _ = process.communicate(timeout=60)
    lines = out.decode().splitlines()
    header = next(line for line in lines if line.startswith("x "))
    assert header.split()[1:] == [str(x) for x in range(-5, 6)]
    assert max(len(line) for line in lines) <= 120


@pytest.mark.parametrize("width, height", [(80, 24), (50, 12), (120, 40)])
def test_plot_fits_and_has_axes_ticks_and_a_legend(width, height):
    lines = ok(
        "plot", "sigmoid", "tanh", "relu", "--width", str(width), "--height", str(height)
    ).splitlines()
    assert len(lines) == height
    assert max(len(line) for line in lines) <= width
    assert "● sigmoid" in lines[-1] and "■ tanh" in lines[-1] and "▲ relu" in lines[-1]
    assert any("┼" in line for line in lines)  # the axes cross at the origin
    x_ticks = [float(label) for label in lines[-2].split()]
    assert (
        x_ticks == sorted(x_ticks)
        and len(x_ticks) >= 3
        and 0.0 in x_ticks
        and x_ticks[0] < 0 < x_ticks[-1]
    )
    y_ticks = [
        float(line.split("│")[0]) for line in lines if "│" in line and line.split("│")[0].strip()
    ]
    assert len(y_ticks) >= 2 and y_ticks == sorted(y_ticks, reverse=True)


def test_plot_places_each_curve_where_the_function_is():
    lines = ok(
        "plot", "relu", "--from", "-5", "--to", "5", "--width", "80", "--height", "24"
    ).splitlines()
    plot_rows = lines[:21]
    # relu is 0 left of the origin: its glyph sits on the y = 0 row there, and rises to the right.
    zero_row = next(i for i, line in enumerate(plot_rows) if line.lstrip().startswith("0 "))
    assert plot_rows[zero_row][8:30].count("●") == 22
    assert "●" in plot_rows[0] or "●" in plot_rows[1]


def test_overlapping_curves_both_show():
    lines = ok("plot", "relu", "leaky_relu", "--ascii").splitlines()
    body = "\n".join(lines[:-1])
    assert body.count("*") >= 20 and body.count("+") >= 20


def test_plot_of_a_range_too_narrow_for_a_step_has_its_two_ends():
    lines = ok("plot", "relu", "--from", "0", "--to", "5e-324", "--ascii").splitlines()
    assert lines[-2].split() == ["0", "4.94e-324"] and lines[-1] == "  * relu"


def test_plot_leaves_out_what_is_not_finite():
    # The slope makes leaky_relu -inf below x = -1.8: those points are left out.
    out = ok("plot", "leaky_relu", "--negative-slope", "1e308", "--ascii")
    assert out.count("*") > 20 and "nan" not in out


def test_plot_in_plain_ascii():
    output = ok("plot", "sigmoid", "tanh_derivative", "--ascii")
    assert all(ord(character) < 128 for character in output)
    assert "* sigmoid" in output and "+ tanh_derivative" in output


def read_through_a_terminal(arguments, env):
    """The output of the command with a pseudo-terminal as its standard output."""
    import pty

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        COMMAND + arguments, stdout=follower, stderr=subprocess.PIPE, env=env
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closes when the process ends (EIO on Linux)
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    process.wait(timeout=60)
    return b"".join(chunks).decode()


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="pseudo-terminals as Linux has them"
)
def test_colour_only_on_a_terminal_and_never_with_no_color():
    arguments = ["plot", "relu", "sigmoid"]
    coloured = read_through_a_terminal(arguments, ENVIRONMENT)
    assert "\x1b[39m●\x1b[0m" in coloured and "\x1b[38;5;178m■\x1b[0m" in coloured
    assert "\x1b[" not in read_through_a_terminal(arguments, dict(ENVIRONMENT, NO_COLOR="1"))
    assert "\x1b[" not in read_through_a_terminal(arguments + ["--no-color"], ENVIRONMENT)
    assert "\x1b[" not in read_through_a_terminal(["--no-color"], ENVIRONMENT)  # the demo
    assert "\x1b[" not in ok(*arguments)  # a pipe
    # An empty NO_COLOR counts as unset.
    assert "\x1b[" in read_through_a_terminal(arguments, dict(ENVIRONMENT, NO_COLOR=""))


def test_svg_to_a_file_says_so_and_to_standard_output_with_a_dash(tmp_path):
    target = tmp_path / "figure.svg"
    names = ["sigmoid", "sigmoid_derivative", "tanh_derivative"]
    arguments = ["plot"] + names + ["--from", "-6", "--to", "6", "--xlabel", "x"]
    (out, err, status), (piped, piped_err, piped_status) = run_all(
        [(arguments + ["--svg", str(target)], ""), (arguments + ["--svg", "-"], "")]
    )
    assert (out, status) == ("", 0)
    assert err == "activations plot: wrote %s to %s\n" % (", ".join(names), target)
    assert (piped_err, piped_status) == ("", 0)
    with open(str(target), encoding="utf-8") as written:
        assert written.read() == piped
    functions = {name: getattr(activations, name) for name in names}
    root = assert_svg_draws(piped, functions)
    assert [t.text for t in root.iter(SVG + "text") if t.get("class") == "xlabel"] == ["x"]


def test_parameters_of_every_kind_become_options():
    # Functions arriving with the rewrite (softplus's optional threshold, prelu's required
    # weight, rrelu's training flag, logsumexp's keepdim) are stood in for by this one.
    from activations import _cli

    def stand_in(x, weight, beta=1.0, threshold=None, approximate="none", training=False,
                 keep=True, dim=-1, inplace=False):  # fmt: skip
        return x

    parser = _cli.Parser(prog="activations stand_in")
    _cli.add_parameter_options(parser, [stand_in])
    assert "--dim" not in parser.takes_value and "--inplace" not in parser.takes_value
    tokens = ["-1e5", "--weight", "-2.5e-3", "--threshold=-inf", "--training", "--no-keep", "-nan"]
    arguments, numbers = parser.parse(tokens + ["--approximate", "tanh"])
    assert numbers == ["-1e5", "-nan"]
    assert _cli.parameters_for(stand_in, arguments) == {
        "weight": -0.0025,
        "threshold": -math.inf,
        "approximate": "tanh",
        "training": True,
        "keep": False,
    }
    arguments, _ = parser.parse(["1"])
    with pytest.raises(_cli.UsageError, match="stand_in needs --weight"):
        _cli.parameters_for(stand_in, arguments)


def test_console_script_is_installed_beside_the_interpreter():
    script = os.path.join(os.path.dirname(sys.executable), "activations")
    if not os.path.exists(script):
        pytest.skip("the package is not installed in this interpreter's environment")
    result = subprocess.run([script, "relu", "-3", "3"], capture_output=True, text=True, check=True)
    assert result.stdout == "0\n3\n"

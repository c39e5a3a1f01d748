"""The command line, driven as a user drives it: a real process, its output and exit status."""

import math
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import pytest

import activations

from catalogue import ROWWISE

SVG = "{http://www.w3.org/2000/svg}"


# The command runs from wherever the tests import the package: installed, or a source tree.
ENVIRONMENT = dict(os.environ, PYTHONPATH=os.path.dirname(os.path.dirname(os.path.abspath(activations.__file__))))


def run(*arguments, stdin=""):
    return subprocess.run([sys.executable, "-m", "activations", *arguments], input=stdin, capture_output=True, text=True, env=ENVIRONMENT)


def ok(*arguments, stdin=""):
    result = run(*arguments, stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def fails(*arguments, stdin=""):
    result = run(*arguments, stdin=stdin)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    return result


# --- evaluation ------------------------------------------------------------------


def test_evaluates_each_number_on_its_own_line():
    assert ok("relu", "-3", "0", "3") == "0\n0\n3\n"
    assert ok("relu", "-2.5", "-0.0", "nan", "inf") == "0.0\n-0.0\nnan\ninf\n"


def test_prints_full_precision_so_that_it_pipes():
    assert ok("sigmoid", "1", "-710") == "%r\n%r\n" % (activations.sigmoid(1), activations.sigmoid(-710))
    assert ok("tanh_derivative", "20") == "1.6993417021166355e-17\n"


def test_parameters_are_options_named_after_them():
    assert ok("leaky_relu", "--negative-slope", "0.1", "-2") == "-0.2\n"
    assert ok("leaky_relu", "-2", "--negative-slope=0.5") == "-1.0\n"
    assert ok("leaky_relu_derivative", "0", "--negative-slope", "0.2") == "0.2\n"


def test_streams_standard_input():
    numbers = [(-1) ** i * i / 7 for i in range(10000)]
    text = "\n".join(" ".join(repr(x) for x in numbers[i : i + 3]) for i in range(0, len(numbers), 3)) + "\n"
    output = ok("sigmoid", stdin=text)
    assert output.splitlines() == [repr(y) for y in activations.sigmoid(numbers)]


def test_streaming_writes_the_results_before_a_bad_token():
    result = fails("relu", stdin="1 -2\n3 oops 4\n")
    assert result.stdout == "1\n0\n3\n"
    assert result.stderr == "activations relu: 'oops' (line 2) is not a number\n"
    result = fails("relu", "5", "x", "6")
    assert result.stdout == "5\n"
    assert result.stderr == "activations relu: 'x' (argument 2) is not a number\n"


def test_empty_standard_input_prints_nothing():
    assert ok("tanh", stdin="") == ""


# --- errors --------------------------------------------------------------------


def test_unknown_names_get_a_suggestion():
    assert fails("sigmod", "1").stderr == "activations: unknown function 'sigmod'; did you mean 'sigmoid'?\n"
    assert fails("zzz").stderr == "activations: unknown function 'zzz'; 'activations list' shows them all\n"
    assert "did you mean 'tanh_derivative'" in fails("table", "tanh_derivativ").stderr


def test_options_a_function_does_not_take_are_refused():
    assert "unrecognized arguments: --negative-slope" in fails("relu", "--negative-slope", "0.1", "1").stderr
    assert fails("table", "relu", "--negative-slope", "0.1").stderr == "activations table: none of the functions named takes --negative-slope\n"
    assert "--negative-slope" in fails("leaky_relu", "1", "--negative-slope", "abc").stderr


def test_ranges_and_steps_are_checked():
    assert fails("table", "relu", "--from", "3", "--to", "1").stderr == "activations table: the range from 3 to 1 is empty\n"
    assert fails("table", "relu", "--step", "0").stderr == "activations table: --step must be positive, not 0\n"
    assert fails("table", "relu", "--step", "-1").stderr == "activations table: --step must be positive, not -1\n"
    assert fails("plot", "relu", "--from", "1", "--to", "1").stderr == "activations plot: the range from 1 to 1 is empty\n"


# --- table and list ---------------------------------------------------------------


def test_table():
    assert ok("table", "relu", "sigmoid", "--from", "-1", "--to", "1", "--step", "0.5", "--digits", "3") == (
        "   x  relu  sigmoid\n"
        "  -1     0    0.269\n"
        "-0.5     0    0.378\n"
        "   0     0      0.5\n"
        " 0.5   0.5    0.622\n"
        "   1     1    0.731\n"
    )


def test_table_passes_parameters_to_the_functions_that_take_them():
    assert ok("table", "leaky_relu", "relu", "--negative-slope", "0.5", "--from", "-2", "--to", "-2") == " x  leaky_relu  relu\n-2          -1     0\n"


def test_softmax_takes_the_numbers_as_one_row():
    assert ok("softmax", "0", "0") == "0.5\n0.5\n"
    assert ok("log_softmax", "-1000", "0", "1000") == "-2000.0\n-1000.0\n0.0\n"
    assert ok("softmax_derivative", "0", "0") == "0.25 -0.25\n-0.25 0.25\n"
    assert ok("softmax", stdin="0 0\n1000 0\n\n5\n") == "0.5 0.5\n1.0 0.0\n1.0\n"
    assert fails("table", "softmax").stderr == "activations table: softmax works on whole rows, not on one number at a time\n"
    assert fails("softmax", stdin="1 2\n3 x\n").stderr == "activations softmax: 'x' (line 2) is not a number\n"


def test_required_parameters_must_be_given():
    assert ok("threshold", "--threshold", "0.5", "--value", "-1", "0", "1") == "-1\n1\n"
    assert fails("threshold", "1").stderr == "activations: threshold needs --threshold\n"


def test_list_shows_every_function_with_its_formula_and_parameters():
    lines = ok("list").splitlines()
    assert [line.split("(")[0] for line in lines] == activations.__all__
    assert any(line.startswith("leaky_relu(x, negative_slope=0.01)") and "negative_slope * x" in line for line in lines)
    assert any(line.startswith("sigmoid(x)") and "1 / (1 + exp(-x))" in line for line in lines)


def test_help_everywhere_with_examples():
    for arguments in [["--help"], ["table", "--help"], ["plot", "--help"], ["relu", "--help"], ["leaky_relu", "--help"]]:
        output = ok(*arguments)
        assert "example" in output
    assert "--negative-slope" in ok("leaky_relu", "--help")


# --- plots --------------------------------------------------------------------------


def test_demo_is_a_table_of_every_elementwise_function_then_a_plot_of_the_four_core_functions():
    output = ok()
    lines = output.splitlines()
    assert lines[0].split() == [str(x) for x in range(-5, 6)]
    names = [line.split()[0] for line in lines[1 : lines.index("")]]
    needs_parameters = ("threshold", "prelu")
    expected = [name for name in activations.__all__ if name not in ROWWISE | {"swish", "swish_derivative"} and not name.startswith(needs_parameters)]
    assert names == expected
    rows = {line.split()[0]: line.split()[1:] for line in lines[1 : lines.index("")]}
    assert rows["relu"] == ["0", "0", "0", "0", "0", "0", "1", "2", "3", "4", "5"]
    assert rows["sigmoid"][5] == "0.5" and rows["sigmoid_derivative"][5] == "0.25"
    assert rows["leaky_relu"][0] == "-0.05" and rows["leaky_relu_derivative"][5] == "0.01"
    assert len({len(line) for line in lines[1 : lines.index("")]}) <= 2  # aligned (trailing spaces stripped)
    legend = lines[-1]
    for name in ["relu", "leaky_relu", "sigmoid", "tanh"]:
        assert " %s" % name in legend


@pytest.mark.parametrize("width, height", [(80, 24), (50, 12), (120, 40)])
def test_plot_fits_and_has_axes_ticks_and_a_legend(width, height):
    lines = ok("plot", "sigmoid", "tanh", "relu", "--width", str(width), "--height", str(height)).splitlines()
    assert len(lines) == height
    assert max(len(line) for line in lines) <= width
    assert "● sigmoid" in lines[-1] and "■ tanh" in lines[-1] and "▲ relu" in lines[-1]
    assert any("┼" in line for line in lines)  # the axes cross at the origin
    x_ticks = [float(label) for label in lines[-2].split()]
    assert x_ticks == sorted(x_ticks) and len(x_ticks) >= 3 and 0.0 in x_ticks and x_ticks[0] < 0 < x_ticks[-1]
    y_ticks = [float(line.split("│")[0]) for line in lines if "│" in line and line.split("│")[0].strip()]
    assert len(y_ticks) >= 2 and y_ticks == sorted(y_ticks, reverse=True)


def test_plot_places_each_curve_where_the_function_is():
    lines = ok("plot", "relu", "--from", "-5", "--to", "5", "--width", "80", "--height", "24").splitlines()
    plot_rows = lines[:21]
    # relu is 0 left of the origin: its glyph sits on the y = 0 row there, and rises to the right.
    zero_row = [i for i, line in enumerate(plot_rows) if line.lstrip().startswith("0 ")][0]
    assert plot_rows[zero_row][8:30].count("●") == 22
    assert "●" in plot_rows[0] or "●" in plot_rows[1]


def test_plot_in_plain_ascii():
    output = ok("plot", "sigmoid", "tanh_derivative", "--ascii")
    assert all(ord(character) < 128 for character in output)
    assert "* sigmoid" in output and "+ tanh_derivative" in output


def test_svg_has_one_path_per_curve_on_the_function(tmp_path):
    target = tmp_path / "figure.svg"
    assert ok("plot", "sigmoid", "sigmoid_derivative", "tanh_derivative", "--from", "-6", "--to", "6", "--svg", str(target)) == ""
    root = ElementTree.parse(str(target)).getroot()
    assert root.tag == SVG + "svg"
    group = root.find(SVG + "g")
    x_from, x_to = float(group.get("data-x-from")), float(group.get("data-x-to"))
    y_from, y_to = float(group.get("data-y-from")), float(group.get("data-y-to"))
    left, top, width, height = (float(group.get(key)) for key in ["data-left", "data-top", "data-width", "data-height"])
    paths = root.findall(".//%spath" % SVG)
    assert [path.get("data-function") for path in paths] == ["sigmoid", "sigmoid_derivative", "tanh_derivative"]
    for path in paths:
        function = getattr(activations, path.get("data-function"))
        points = [tuple(map(float, pair)) for pair in re.findall(r"[ML]([-0-9.]+) ([-0-9.]+)", path.get("d"))]
        assert len(points) >= 100
        for px, py in points:
            x = x_from + (px - left) / width * (x_to - x_from)
            y = y_to - (py - top) / height * (y_to - y_from)
            assert abs(function(x) - y) <= (y_to - y_from) * 2e-3, (path.get("data-function"), x, y)
    legend = [text.text for text in root.iter(SVG + "text") if text.get("class") == "legend"]
    assert legend == ["sigmoid", "sigmoid_derivative", "tanh_derivative"]


def test_console_script_is_installed_beside_the_interpreter():
    script = os.path.join(os.path.dirname(sys.executable), "activations")
    if not os.path.exists(script):
        pytest.skip("the package is not installed in this interpreter's environment")
    result = subprocess.run([script, "relu", "-3", "3"], capture_output=True, text=True)
    assert result.stdout == "0\n3\n"

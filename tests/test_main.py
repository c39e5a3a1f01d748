"""The main job: `python -m activations` prints the demo table."""

import subprocess
import sys

import activations


def test_demo_table():
    output = subprocess.run([sys.executable, "-m", "activations"], capture_output=True, text=True, check=True).stdout
    lines = output.splitlines()
    assert lines[0].split() == ["x"] + activations.__all__
    assert len(lines) == 12
    assert len({len(line) for line in lines}) == 1  # aligned
    rows = {int(line.split()[0]): line.split()[1:] for line in lines[1:]}
    assert sorted(rows) == list(range(-5, 6))
    column = {name: index for index, name in enumerate(activations.__all__)}
    assert rows[-3][column["relu"]] == "0"
    assert rows[3][column["relu"]] == "3"
    assert rows[0][column["sigmoid"]] == "0.5"
    assert rows[0][column["sigmoid_derivative"]] == "0.25"
    assert rows[-5][column["leaky_relu"]] == "-0.05"
    assert rows[0][column["leaky_relu_derivative"]] == "0.01"
    assert rows[1][column["tanh"]] == "0.7616"

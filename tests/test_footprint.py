"""What the package loads, and what it installs on a microcontroller (package.json, for mip).

How much heap each case keeps under MicroPython is measured by
tests/micropython/footprint.mjs, which CI runs with --check.
"""

import ast
import json
import os
import subprocess
import sys

import activations

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PACKAGE = os.path.dirname(os.path.abspath(activations.__file__))
# What only CPython and PyPy load: the drawing, the command line and export, which need
# their standard library.
CPYTHON_ONLY = {"_cli.py", "_draw.py", "_export.py", "_catalogue.py", "__main__.py"}
# What MicroPython has, of the modules the runtime imports.
MICROPYTHON_HAS = {"math", "random", "sys", "itertools"}


def runtime_modules():
    return sorted(
        name for name in os.listdir(PACKAGE) if name.endswith(".py") and name not in CPYTHON_ONLY
    )


def loaded_after(code):
    """The package's modules in sys.modules after running code in a fresh interpreter."""
    script = code + "\nimport sys\nprint(sorted(m for m in sys.modules if 'activations' in m))"
    output = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    return ast.literal_eval(output)


def test_import_loads_the_package_alone_and_a_function_loads_its_family():
    assert loaded_after("import activations") == ["activations"]
    assert loaded_after("import activations\nactivations.relu") == [
        "activations",
        "activations._fallbacks",
        "activations._lift",
        "activations._reals",
        "activations._rectifiers",
    ]
    assert "activations._glus" not in loaded_after("from activations import softmax")
    assert "activations._softmaxes" in loaded_after("from activations import softmax")


def test_the_package_lists_and_finds_every_function():
    assert dir(activations) == sorted(set(dir(activations)))
    for name in activations.__all__ + ["export", "plot", "table"]:
        assert name in dir(activations), name
    namespace = {}
    exec("from activations import *", namespace)
    assert sorted(key for key in namespace if key != "__builtins__") == activations.__all__
    try:
        activations.relu7
    except AttributeError as error:
        assert str(error) == "module 'activations' has no attribute 'relu7'"
    else:
        raise AssertionError("relu7 was found")


def test_the_runtime_imports_only_what_micropython_has():
    for name in runtime_modules():
        with open(os.path.join(PACKAGE, name), encoding="utf-8") as file:
            tree = ast.parse(file.read())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and not node.level:
                assert node.module in MICROPYTHON_HAS, (name, node.module)
            elif isinstance(node, ast.Import):
                assert {alias.name for alias in node.names} <= MICROPYTHON_HAS, name


def test_package_json_installs_the_runtime_as_mip_reads_it():
    with open(os.path.join(ROOT, "package.json"), encoding="utf-8") as file:
        listed = json.load(file)
    assert set(listed) == {"urls", "deps", "version"}
    assert listed["version"] == activations.__version__ and listed["deps"] == []
    destinations = [destination for destination, _ in listed["urls"]]
    assert destinations == ["activations/" + name for name in runtime_modules_in_load_order()]
    for destination, source in listed["urls"]:
        # A source relative to package.json, which mip resolves against where it found it.
        assert source == "src/" + destination
        assert os.path.isfile(os.path.join(ROOT, source)), source


def runtime_modules_in_load_order():
    """The runtime modules as package.json lists them: the package, what the families rely
    on, then the families."""
    first = ["__init__.py", "_fallbacks.py", "_reals.py", "_lift.py", "_lift_rows.py"]
    families = [name for name in runtime_modules() if name not in first]
    assert sorted(first + families) == runtime_modules()
    order = ["_rectifiers.py", "_sigmoids.py", "_shrinks.py", "_gates.py"]
    return first + order + sorted(set(families) - set(order))

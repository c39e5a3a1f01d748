"""The README's and docs/'s examples run as shown: every code block is checked.

```python blocks are doctests, one namespace per file.  ```console blocks are shell sessions:
each `$ ` line runs (with `activations` the command line of the package under test) and must
print what follows it, where a line `...` stands for any lines.  A command that cannot run
here (installing on a board) names the test that checks what it relies on instead.
"""

import doctest
import os
import re
import subprocess
import sys

import pytest
from test_cli import ENVIRONMENT

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")
FILES = ["README.md"] + sorted(
    os.path.join("docs", name) for name in os.listdir(DOCS) if name.endswith(".md")
)
# Commands that a test cannot run, and the test that checks what each relies on.
CHECKED_ELSEWHERE = {
    "mpremote mip install github:OWNER/pure-activations": (
        "tests/test_footprint.py::test_package_json_installs_the_runtime_as_mip_reads_it"
    ),
}
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.M | re.S)


def blocks(path, language):
    with open(os.path.join(ROOT, path), encoding="utf-8") as file:
        text = file.read()
    return [body for kind, body in FENCE.findall(text) if kind == language]


def test_every_block_has_a_language_that_a_test_checks():
    for path in FILES:
        with open(os.path.join(ROOT, path), encoding="utf-8") as file:
            kinds = {kind for kind, _ in FENCE.findall(file.read())}
        assert kinds <= {"python", "console"}, (path, kinds)


@pytest.mark.parametrize("path", FILES)
def test_python_blocks_run_as_shown(path):
    text = "\n".join(blocks(path, "python"))
    test = doctest.DocTestParser().get_doctest(text, {}, path, path, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0


def sessions():
    for path in FILES:
        for body in blocks(path, "console"):
            command, output = None, []
            for line in body.splitlines():
                if line.startswith("$ "):
                    if command is not None:
                        yield path, command, output
                    command, output = line[2:], []
                else:
                    output.append(line)
            yield path, command, output


@pytest.mark.parametrize("path, command, output", list(sessions()), ids=lambda v: str(v)[:50])
def test_console_blocks_print_as_shown(path, command, output, tmp_path):
    if command in CHECKED_ELSEWHERE:
        assert os.path.exists(os.path.join(ROOT, CHECKED_ELSEWHERE[command].split("::")[0]))
        return
    assert command.split()[0] == "activations", command
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    script = bin_folder / "activations"
    script.write_text('#!/bin/sh\nexec "%s" -m activations "$@"\n' % sys.executable)
    script.chmod(0o755)
    environment = dict(ENVIRONMENT, PATH="%s:%s" % (bin_folder, os.environ["PATH"]))
    done = subprocess.run(
        ["bash", "-c", command + " 2>&1"],
        cwd=str(tmp_path),
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    expected = "\n".join(output) + "\n"
    assert doctest.OutputChecker().check_output(
        expected.replace("\n...\n", "\n...\n"), done.stdout, doctest.ELLIPSIS
    ), (command, done.stdout)

"""mypy --strict passes on a user's script (user_script.py) and on the Python examples of the
README and of docs/*.md, the package's stub being all it knows of the package.

The ```python blocks of each Markdown file make one script, in order, since later blocks use
what earlier ones import, as the doctests do.  A block of doctest examples gives their source
with the prompts taken off; any other block gives its text.  An example whose expected
output is a traceback shows a mistake on purpose and is left out.  Running mypy is skipped
where it is not installed; CI installs it for this test (see .ci/run).
"""

import doctest
import glob
import os
import re
import subprocess
import sys

import pytest

import activations

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
USER_SCRIPT = os.path.join(HERE, "user_script.py")
# mypy reads the package the tests import: installed, or a source tree.
PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(activations.__file__)))
FENCE = re.compile(r"^( *)```(\w*)\s*$")


def test_mypy_strict_passes_on_the_user_script_and_the_examples(tmp_path):
    pytest.importorskip("mypy")
    scripts = {}  # each script written into tmp_path, by name: its lines' origins
    for markdown in markdown_files():
        lines = examples_of(markdown)
        name = module_name(markdown) + ".py"
        with open(os.path.join(str(tmp_path), name), "w", encoding="utf-8") as script:
            script.write("".join(text for text, _ in lines))
        scripts[name] = [origin for _, origin in lines]
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        [PACKAGE] + [p for p in [os.environ.get("PYTHONPATH")] if p]
    )
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary"]
    command += ["--cache-dir", os.path.join(str(tmp_path), "cache"), USER_SCRIPT, *scripts]
    result = subprocess.run(
        command, cwd=str(tmp_path), env=environment, capture_output=True, text=True, timeout=600
    )
    if result.returncode != 0:
        report = [where_in_markdown(line, scripts) for line in result.stdout.splitlines()]
        pytest.fail("mypy --strict:\n" + "\n".join(report + [result.stderr]), pytrace=False)


def test_the_scripts_are_the_examples_without_prompts_each_line_from_its_place():
    texts = []
    for markdown in markdown_files():
        with open(markdown, encoding="utf-8") as file:
            numbered = file.read().split("\n")
        for text, origin in examples_of(markdown):
            assert not text.startswith((">>>", "...")), origin
            assert text.strip() in numbered[int(origin.rsplit(":", 1)[1]) - 1], (origin, text)
            texts.append(text)
    assert "import activations as act\n" in texts


def test_examples_are_read_from_every_kind_of_block():
    markdown = (
        "Text.\n"
        "```python\n"
        ">>> import math\n"
        ">>> for x in (1.0, 2.0):\n"
        "...     print(math.sqrt(x))\n"
        "1.0\n"
        "1.4142135623730951\n"
        ">>> math.sqrt(-1)\n"
        "Traceback (most recent call last):\n"
        "ValueError: math domain error\n"
        "```\n"
        "```\n"
        "not python\n"
        "```\n"
        "1. A list:\n"
        "   ```python\n"
        "   y = math.pi\n"
        "   ```\n"
    )
    assert example_lines(markdown, "page.md") == [
        ("import math\n", "page.md:3"),
        ("for x in (1.0, 2.0):\n", "page.md:4"),
        ("    print(math.sqrt(x))\n", "page.md:5"),
        ("y = math.pi\n", "page.md:17"),
    ]


def markdown_files():
    """README.md, and the pages of docs/ where there is such a folder."""
    return [os.path.join(ROOT, "README.md")] + sorted(glob.glob(os.path.join(ROOT, "docs", "*.md")))


def examples_of(markdown):
    """The lines of the script made from the Python examples of a Markdown file of ours."""
    with open(markdown, encoding="utf-8") as file:
        return example_lines(file.read(), os.path.relpath(markdown, ROOT))


def example_lines(text, name):
    """The lines of the script made from the Python examples in Markdown text, each with where
    it comes from ("README.md:27")."""
    lines = []
    for first, block in python_blocks(text):
        if any(line.lstrip().startswith(">>>") for line in block.split("\n")):
            parser = doctest.DocTestParser()
            for example in parser.get_examples(block, name):
                if example.exc_msg is not None:
                    continue  # a mistake shown on purpose
                for offset, line in enumerate(example.source.splitlines(True)):
                    lines.append((line, "%s:%d" % (name, first + example.lineno + offset)))
        else:
            for offset, line in enumerate(block.splitlines(True)):
                lines.append((line, "%s:%d" % (name, first + offset)))
    return lines


def python_blocks(text):
    """The ```python blocks of Markdown text: (the number of their first line, their text),
    indented blocks (inside a list) taken out of their indentation."""
    blocks, inside = [], None
    for number, line in enumerate(text.split("\n"), 1):
        fence = FENCE.match(line)
        if inside is None:
            if fence:
                inside = (fence.group(2) == "python", number + 1, len(fence.group(1)), [])
        elif fence and len(fence.group(1)) == inside[2] and not fence.group(2):
            is_python, first, _, body = inside
            if is_python:
                blocks.append((first, "".join(body)))
            inside = None
        else:
            inside[3].append(line[inside[2] :] + "\n")
    return blocks


def module_name(markdown):
    """A script's name for a Markdown file: README.md gives readme_md."""
    relative = os.path.relpath(markdown, ROOT)
    return re.sub(r"\W", "_", relative).lower()


def where_in_markdown(line, scripts):
    """A line of mypy's report, with the place in the Markdown file for a script's line."""
    for name, origins in scripts.items():
        if line.startswith(name + ":"):
            number, rest = line[len(name) + 1 :].split(":", 1)
            return "%s:%s" % (origins[int(number) - 1], rest)
    return line

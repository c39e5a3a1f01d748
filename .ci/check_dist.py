"""Check what the sdist and the wheel in DIST contain, against the git-tracked files.

Usage: python .ci/check_dist.py DIST TREE TRACKED

DIST holds the sdist and the wheel that `python -m build` made from the source tree TREE;
TRACKED is `git ls-files` of that tree, one path a line.  The sdist must carry
everything `python -m pytest` needs when run from it, the wheel only the package.
"""

import re
import sys
import tarfile
import zipfile
from pathlib import Path

dist, tree, tracked_list = (Path(argument) for argument in sys.argv[1:])
tracked = set(tracked_list.read_text(encoding="utf-8").splitlines())
init = "src/activations/__init__.py"
version = re.search(
    r'^__version__ = "([^"]+)"$', (tree / init).read_text(encoding="utf-8"), re.M
).group(1)
problems = []


def hidden_or_cache(path):
    parts = path.split("/")
    return any(
        p.startswith(".")
        or p in ("__pycache__", "node_modules")
        or p.endswith((".egg-info", ".pyc"))
        for p in parts
    )


def compare(what, found, expected):
    for path in sorted(expected - found):
        problems.append("%s: missing %s" % (what, path))
    for path in sorted(found - expected):
        problems.append("%s: should not contain %s" % (what, path))


# The sdist: the package, the tests and their helpers, bench/, examples/ and the top-level
# documents, exactly as tracked in git; no dotfiles and no caches.
sdist_path = dist / ("pure_activations-%s.tar.gz" % version)
with tarfile.open(sdist_path) as sdist:
    names = [member.name for member in sdist.getmembers() if member.isfile()]
    pkg_info = sdist.extractfile("pure_activations-%s/PKG-INFO" % version).read().decode("utf-8")
prefix = "pure_activations-%s/" % version
outside = [name for name in names if not name.startswith(prefix)]
problems += ["sdist: %s is outside %s" % (name, prefix) for name in outside]
in_sdist = {name[len(prefix) :] for name in names if name.startswith(prefix)}
top_level = {"pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md", "package.json"}
directories = ("src/activations/", "tests/", "bench/", "examples/", "docs/")
expected = {"PKG-INFO"} | {
    path
    for path in tracked
    if (path in top_level or path.startswith(directories)) and not hidden_or_cache(path)
}
compare("sdist", in_sdist, expected)
for needed in sorted(
    top_level
    | {"tests/conftest.py", "tests/cases.py", "tests/reference.py", "bench/speed.py", init}
):
    if needed not in in_sdist:
        problems.append("sdist: missing %s (needed to run the tests from it)" % needed)

# The wheel: only the package's modules, stubs and py.typed, plus the metadata and the license.
wheel_path = dist / ("pure_activations-%s-py3-none-any.whl" % version)
with zipfile.ZipFile(wheel_path) as wheel:
    in_wheel = set(wheel.namelist())
    info = "pure_activations-%s.dist-info/" % version
    metadata = wheel.read(info + "METADATA").decode("utf-8")
package = {path[len("src/") :] for path in tracked if path.startswith("src/activations/")}
for path in sorted(package):
    if hidden_or_cache(path) or not re.search(r"(\.pyi?|/py\.typed)$", path):
        problems.append(
            "wheel: %s is tracked in src/activations/ but is no module, stub or py.typed" % path
        )
expected = package | {
    info + name for name in ("METADATA", "WHEEL", "RECORD", "entry_points.txt", "licenses/LICENSE")
}
compare("wheel", in_wheel, expected)
if "activations/py.typed" not in in_wheel:
    problems.append("wheel: missing activations/py.typed")

# The metadata, the same in both: SPDX license, no License classifier, the version from __init__.py.
for what, text in (("sdist PKG-INFO", pkg_info), ("wheel METADATA", metadata)):
    headers = text.split("\n\n", 1)[0]
    for line in (
        "Version: " + re.escape(version),
        "License-Expression: MIT",
        "License-File: LICENSE",
        "Requires-Python: >=3.8",
        'Requires-Dist: pytest *; *extra *== *"test"',
        "Provides-Extra: test",
    ):
        if not re.search("^%s$" % line, headers, re.M):
            problems.append("%s: no line matching %r" % (what, line))
    if re.search(r"^(License:|Classifier: License ::)", headers, re.M):
        problems.append("%s: legacy License field or License classifier" % what)

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("sdist: %d files; wheel: %d files; both as expected" % (len(in_sdist), len(in_wheel)))

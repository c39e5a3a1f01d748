"""export(*names): the package's own code of some functions, as one module to copy.

The module holds each function's scalar code as the package runs it (its text, read from
the package's source files), with the helpers and constants it uses and nothing else: no
lifting, no parameter checks, no types.  It imports only ``math`` (and ``random`` for
rrelu), so it runs on its own on CPython, PyPy and MicroPython, and gives bit for bit what
the package gives on a float.  A function of one number takes one number; softmax and its
kin take one row, a list.  The docstrings come along, with the lines about lists, ``dim``
and ``inplace`` taken out, since the module's functions take none of them.

Nothing here is a second copy of a formula: the text comes from the family modules at the
moment of export.  Loaded only when ``activations.export`` is first used; it needs CPython's
``ast``.
"""

import ast
import os
import textwrap

import activations
from activations._catalogue import closest_name

HERE = os.path.dirname(os.path.abspath(__file__))
# The modules whose statements an export may take, in the order an export lists them: what
# each one imports comes before it.
SOURCES = (
    "_fallbacks",
    "_reals",
    "_rectifiers",
    "_sigmoids",
    "_shrinks",
    "_gates",
    "_softmaxes",
    "_glus",
)
# The standard modules an exported function may use (MicroPython has both).
STANDARD = ("math", "random")
HEADER = (
    "{names}: activations {version} (pip install pure-activations), written out by "
    "activations.export({arguments}).  MIT License, Copyright (c) 2026 The activations "
    "developers (https://opensource.org/license/mit).  Each function takes one {unit} and "
    "needs {modules}; it gives what the package gives."
)
# The docstrings' line about x, in the package and in an export.
ONE_NUMBER = (
    ("x: a real number, or an iterable of them nested to any depth.", "x: a real number."),
    ("x: a row of real numbers, or nested lists of them.", "row: a row of real numbers, a list."),
)


def export(*names):
    """The source of one Python module that defines the named public functions, to copy.

    Each function is the package's own code for one number (one row, for softmax and its
    kin), with the helpers and constants it needs; see the module docstring of _export.py.
    A derivative is named like any other function, ``"sigmoid_derivative"``.

    Args:
        names: public function names, such as "sigmoid" and "sigmoid_derivative".

    Example:
        >>> import activations as act
        >>> namespace = {}
        >>> exec(act.export("relu", "sigmoid"), namespace)
        >>> namespace["relu"](-3), namespace["sigmoid"](0.0)
        (0, 0.5)
    """
    if not names:
        raise ValueError("export: name at least one function, e.g. export('sigmoid')")
    for name in names:
        _check_name(name)
    sources = _Sources()
    chosen = sources.closure(names)
    imports = {}
    for statement in chosen:
        for local, (module, original) in statement.standard.items():
            imports.setdefault(module, {})[local] = original
    lines = [_header(names, sorted(imports))]
    for module in STANDARD:
        if module in imports:
            lines.append(_import_line(module, imports[module]))
    previous = None
    for statement in chosen:
        follows = previous is not None and (previous.module, previous.last + 1) == (
            statement.module,
            statement.first,
        )  # the next line of the same file, as a constant's after another's: no gap
        lines.append(("" if follows else "\n\n") + statement.text)
        previous = statement
    return "".join(lines)


def _check_name(name):
    if not isinstance(name, str):
        raise TypeError("export: %r is not the name of a function" % (name,))
    if name not in activations.__all__:
        hint = closest_name(name, activations.__all__)
        raise ValueError(
            "export: unknown function %r; %s"
            % (name, "did you mean %r?" % hint if hint else "activations.__all__ lists them all")
        )
    if name.endswith("_"):
        raise ValueError(
            "export: %s is %s(x, inplace=True), which writes into a list; export %r, a "
            "function of one number" % (name, name[:-1], name[:-1])
        )


def _header(names, modules):
    rows = any(getattr(activations, name).__code__.co_varnames[:1] != ("x",) for name in names)
    text = HEADER.format(
        names=" and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names),
        version=activations.__version__,
        arguments=", ".join(repr(name) for name in names),
        unit="number (one row, a list, for the row-wise ones)" if rows else "number",
        modules="only " + " and ".join(modules) if modules else "nothing but Python",
    )
    return "".join("# %s\n" % line for line in textwrap.wrap(text, 78, break_on_hyphens=False))


def _import_line(module, names):
    plain = sorted(local for local, original in names.items() if local == original)
    renamed = sorted((original, local) for local, original in names.items() if local != original)
    lines = []
    if plain:
        lines.append("from %s import %s\n" % (module, ", ".join(plain)))
    for original, local in renamed:
        lines.append("from %s import %s as %s\n" % (module, original, local))
    return "".join(lines)


class _Statement:
    """One top-level statement of a source module: the names it binds and uses, its text."""

    def __init__(self, module, node, text):
        self.module, self.text = module, text
        self.first, self.last = node.lineno, node.end_lineno  # its lines in the file
        self.binds = _bound_names(node)
        self.uses = _free_names(node)
        self.standard = {}  # local name: (standard module, its name there), for an import


class _Sources:
    """The statements of the package's source modules, and which of them a name needs."""

    def __init__(self):
        self.statements = []  # in SOURCES order, then source order
        self.imported = {}  # (module, local name): the source module it comes from
        self.standard = {}  # (module, local name): (standard module, original name)
        for module in SOURCES:
            self._read(module)

    def _read(self, module):
        with open(os.path.join(HERE, module + ".py"), encoding="utf-8") as file:
            source = file.read()
        lines = source.splitlines(True)
        tree = ast.parse(source)
        for node in tree.body:
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    local = alias.asname or alias.name
                    if node.level:  # from ._reals import like
                        self.imported[module, local] = node.module
                    elif node.module in STANDARD:
                        self.standard[module, local] = (node.module, alias.name)
                continue
            if isinstance(node, ast.Expr):  # a docstring, or a declaration such as
                continue  # derivative_of(hardshrink, ...)(...): the package's, not the export's
            self.statements.append(_Statement(module, node, _text(node, lines)))

    def closure(self, names):
        """The statements that the public functions called names need, in source order."""
        wanted, seen = [], set()
        pending = [(activations._family_of(name), name) for name in names]
        while pending:
            module, name = pending.pop()
            if (module, name) in seen:
                continue
            seen.add((module, name))
            if (module, name) in self.imported:
                pending.append((self.imported[module, name], name))
                continue
            for statement in self.statements:  # none for a builtin (abs, len, type)
                if statement.module != module or name not in statement.binds:
                    continue
                if statement not in wanted:
                    wanted.append(statement)
                for used in statement.uses:
                    if (module, used) in self.standard:
                        statement.standard[used] = self.standard[module, used]
                    else:
                        pending.append((module, used))
        chosen = [statement for statement in self.statements if statement in wanted]
        _check_unique(chosen)
        return chosen


def _check_unique(statements):
    """Two modules may not bind one name to two things: the export has one namespace."""
    owners = {}
    for statement in statements:
        for name in statement.binds:
            if owners.setdefault(name, statement.module) != statement.module:
                raise RuntimeError(
                    "export: %s and %s both define %r" % (owners[name], statement.module, name)
                )
        for name, origin in statement.standard.items():
            if owners.setdefault(name, origin) != origin:
                raise RuntimeError("export: %r is imported as two things" % name)


def _text(node, lines):
    """The statement's source, without decorators, with its comments above it, and with its
    docstring's lines about lists, dim and inplace taken out."""
    first = node.lineno - 1  # a def's line, below its decorators
    decorated = getattr(node, "decorator_list", None)
    start = (decorated[0].lineno - 1) if decorated else first
    while start > 0 and lines[start - 1].lstrip().startswith("#"):
        start -= 1  # the comment that says why the statement is there
    comments = lines[start : (decorated[0].lineno - 1) if decorated else first]
    body = lines[first : node.end_lineno]
    if isinstance(node, ast.FunctionDef) and ast.get_docstring(node) is not None:
        docstring = node.body[0]
        offset = docstring.lineno - 1 - first
        length = docstring.end_lineno - docstring.lineno + 1
        body[offset : offset + length] = _for_one_number(body[offset : offset + length])
    return "".join(comments + body)


def _for_one_number(lines):
    """A docstring's lines for the exported function: the Args about x say what it takes
    there, the ones about dim, keepdim and inplace go, and so do the examples, which call
    the package's functions on lists.  The docstring's last line holds its closing quotes."""
    kept, dropping = [], None  # dropping: the indentation of an entry of Args being left out
    for line in lines[:-1]:
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if dropping is not None and stripped and indent > dropping:
            continue  # the entry goes on
        dropping = None
        if stripped in ("Example:", "Examples:"):
            break
        if stripped.startswith(("dim:", "keepdim:", "inplace:")):
            dropping = indent
            continue
        for package, exported in ONE_NUMBER:
            if stripped == package:
                line = line.replace(package, exported)
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return kept + lines[-1:]


def _bound_names(node):
    """The names a top-level statement binds: a def's or class's name, assignment targets."""
    if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        return {node.name}
    names = set()
    for child in ast.walk(node):
        if isinstance(child, ast.Name) and isinstance(child.ctx, ast.Store):
            names.add(child.id)
        elif isinstance(child, (ast.FunctionDef, ast.ClassDef)):
            names.add(child.name)
        elif isinstance(child, ast.alias):
            names.add(child.asname or child.name)
    return names


def _free_names(node):
    """The names a statement reads and does not bind itself; a def's decorators, which are
    the package's declarations and not the function's code, are left out."""
    parts = [node.args] + node.body if isinstance(node, ast.FunctionDef) else [node]
    loads, bound = set(), set()
    for part in parts:
        for child in ast.walk(part):
            if isinstance(child, ast.Name):
                (loads if isinstance(child.ctx, ast.Load) else bound).add(child.id)
            elif isinstance(child, ast.arg):
                bound.add(child.arg)
    return loads - bound

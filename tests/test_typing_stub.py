"""The type stub (src/activations/__init__.pyi) says what the functions take at runtime."""

import ast
import inspect
import os

import activations

STUB = os.path.join(os.path.dirname(activations.__file__), "__init__.pyi")


def stub_signatures():
    """{name: [(parameter, has a default), ...] for every overload}, and the aliases."""
    with open(STUB, encoding="utf-8") as stub:
        tree = ast.parse(stub.read())
    signatures, aliases = {}, {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            arguments = node.args.args
            with_default = len(node.args.defaults)
            listed = [
                (a.arg, index >= len(arguments) - with_default) for index, a in enumerate(arguments)
            ]
            signatures.setdefault(node.name, []).append(listed)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Name):
            aliases[node.targets[0].id] = node.value.id
    return signatures, aliases


def runtime_signature(function):
    return [
        (name, parameter.default is not inspect.Parameter.empty)
        for name, parameter in inspect.signature(function).parameters.items()
    ]


def test_every_public_function_is_in_the_stub_with_its_parameters():
    signatures, aliases = stub_signatures()
    for name in activations.__all__:
        function = getattr(activations, name)
        if function.__name__ != name:
            assert aliases.get(name) == function.__name__, name
            continue
        assert name in signatures, name
        for overload in signatures[name]:
            assert overload == runtime_signature(function), name
    assert set(signatures) | set(aliases) == set(activations.__all__)

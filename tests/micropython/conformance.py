"""The shared case table (tests/cases.py), run on MicroPython by run.mjs.

Also runs exported.py, the export of the four a course starts with and
their derivatives, on every case of theirs that takes one number, where it
must give what the package gives.  Prints each failing case and a closing
count, and raises if any case failed, so that run.mjs exits with status 1.
"""

import sys

import exported

import activations

from cases import ERRORS, VALUES, same


def check_value(name, x, kwargs, expected):
    result = getattr(activations, name)(x, **kwargs)
    if not same(result, expected):
        return "%s(%r, **%r) gave %r, expected %r" % (name, x, kwargs, result, expected)


def check_error(name, x, kwargs, error, message):
    try:
        result = getattr(activations, name)(x, **kwargs)
    except Exception as raised:
        if type(raised).__name__ != error or str(raised) != message:
            return "%s(%r) raised %s: %s, expected %s: %s" % (
                name,
                x,
                type(raised).__name__,
                raised,
                error,
                message,
            )
        return None
    return "%s(%r) gave %r, expected %s: %s" % (name, x, result, error, message)


def check_exported(name, x, kwargs, expected):
    result = getattr(exported, name)(x, **kwargs)
    if not same(result, getattr(activations, name)(x, **kwargs)):
        return "exported %s(%r, **%r) gave %r, expected %r" % (name, x, kwargs, result, expected)


def check_generator_and_no_mutation():
    numbers = [-1.0, [2.0, -3]]
    result = activations.relu(v for v in numbers)
    if result != [0.0, [2.0, 0]] or numbers != [-1.0, [2.0, -3]]:
        return "relu of a generator gave %r and left %r" % (result, numbers)


def main():
    checks = [(check_value, case) for case in VALUES] + [(check_error, case) for case in ERRORS]
    checks += [
        (check_exported, case)
        for case in VALUES
        if hasattr(exported, case[0])
        and (type(case[1]) is float or type(case[1]) is int and abs(case[1]) < 2**53)
    ]
    checks.append((check_generator_and_no_mutation, ()))
    failed = 0
    for check, case in checks:
        try:
            problem = check(*case)
        except Exception as raised:
            problem = "%r raised %s: %s" % (case, type(raised).__name__, raised)
        if problem:
            failed += 1
            print("FAIL " + problem)
    print(
        "%s %s: %d passed, %d failed"
        % (
            sys.implementation.name,
            ".".join(str(n) for n in sys.implementation.version[:3]),
            len(checks) - failed,
            failed,
        )
    )
    if failed:
        raise AssertionError("%d conformance cases failed on MicroPython" % failed)

"""``python -m activations``: every function and derivative on the integers -5..5."""

import activations


def format_table(functions, inputs, digits=4):
    """An aligned table: a row per input, a column per function, a header row."""
    header = ["x"] + [function.__name__ for function in functions]
    rows = [[_format_number(x, digits)] + [_format_number(function(x), digits) for function in functions] for x in inputs]
    widths = [max(len(row[column]) for row in [header] + rows) for column in range(len(header))]
    return "\n".join("  ".join(cell.rjust(width) for cell, width in zip(row, widths)) for row in [header] + rows)


def main():
    functions = [getattr(activations, name) for name in activations.__all__]
    print(format_table(functions, range(-5, 6)))


def _format_number(value, digits):
    if isinstance(value, float):
        return "%.*g" % (digits, value)
    return str(value)


if __name__ == "__main__":
    main()

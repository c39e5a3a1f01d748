"""Lets the examples run from a checkout of the repository without installing the package.

Each example imports this module first; once the package is installed (``pip install .``),
it does nothing.
"""

import os
import sys

try:
    import activations  # noqa: F401
except ImportError:
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "src"))
